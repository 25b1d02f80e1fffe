package nl.codewerk.export.freq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.codewerk.codebook.Code;
import nl.codewerk.export.Settings;
import nl.codewerk.export.table.Table;
import nl.codewerk.i18n.Messages;

/**
 * Lays a frequency table out as {@link Table}s: for a workbook one sheet per table (all
 * cases; per group; per coder), for a CSV file all columns side by side in one table.
 */
public final class FrequencyTables {

    /** A column: its group label (null: none), header, kind, how a row fills it, and whether it is shaded by value. */
    private record Col(String group, String header, Table.Kind kind, Function<FrequencyTable.Row, Object> value, boolean heat) {

        Col(String group, String header, Table.Kind kind, Function<FrequencyTable.Row, Object> value) {
            this(group, header, kind, value, false);
        }
    }

    private final FrequencyTable table;
    private final Locale locale;

    public FrequencyTables(FrequencyTable table, Locale locale) {
        this.table = table;
        this.locale = locale;
    }

    /** The sheets of a workbook: all cases, then per group and per coder when asked for. */
    public List<Table> sheets() {
        List<Table> sheets = new ArrayList<>();
        sheets.add(build(text("export.sheet.frequencies"), mainColumns()));
        if (!table.groups().isEmpty()) {
            sheets.add(build(groupSheetName(), groupColumns()));
        }
        if (!table.coders().isEmpty()) {
            sheets.add(build(text("export.sheet.byCoder"), coderColumns()));
        }
        return sheets;
    }

    /** Everything in one table, for CSV. */
    public Table flat() {
        List<Col> columns = new ArrayList<>(mainColumns());
        columns.addAll(groupColumns());
        columns.addAll(coderColumns());
        return build(text("export.sheet.frequencies"), columns);
    }

    /** The settings sheet: the scope, the breakdown and what each number means. */
    public Settings settings() {
        Settings settings = table.scope().describe(locale);
        settings.add("grouping", switch (table.options().grouping()) {
            case NONE -> text("export.grouping.none");
            case CASE -> text("export.grouping.case");
            case TRANSCRIPT -> text("export.grouping.transcript");
            case ATTRIBUTE -> table.options().attribute();
        });
        if (!table.coders().isEmpty()) {
            settings.add("perCoder", String.join(", ", table.coders()));
        }
        settings.add("definitionCases", text("export.definition.cases"));
        settings.add("definitionPercent", text("export.definition.percent"));
        settings.add("definitionCodings", text("export.definition.codings"));
        settings.add("definitionWords", text("export.definition.words"));
        settings.add("definitionSubtree", text("export.definition.subtree"));
        return settings;
    }

    private List<Col> mainColumns() {
        List<Col> cols = new ArrayList<>();
        cols.add(new Col(null, text("export.column.level"), Table.Kind.TEXT, r -> r.code() == null ? "" : level(r.code())));
        String own = text("export.group.own");
        String subtree = text("export.group.subtree");
        cols.addAll(measures(own, r -> r.counts().own()));
        cols.addAll(measures(subtree, r -> r.counts().subtree()));
        cols.add(new Col(null, text("export.column.codePath"), Table.Kind.TEXT, FrequencyTable.Row::codePath));
        cols.add(new Col(null, text("export.column.codeId"), Table.Kind.TEXT, r -> r.code() == null ? "" : r.code().id()));
        return cols;
    }

    private List<Col> measures(String group, Function<FrequencyTable.Row, Counts> counts) {
        return List.of(
                new Col(group, text("export.column.cases"), Table.Kind.INTEGER, r -> counts.apply(r).cases()),
                new Col(group, text("export.column.percentCases"), Table.Kind.DECIMAL, r -> counts.apply(r).percentRounded(), true),
                new Col(group, text("export.column.codings"), Table.Kind.INTEGER, r -> counts.apply(r).codings()),
                new Col(group, text("export.column.words"), Table.Kind.INTEGER, r -> counts.apply(r).words()));
    }

    /** Per case or transcript: codings only (a matrix); per attribute value: all four numbers. */
    private List<Col> groupColumns() {
        List<Col> cols = new ArrayList<>();
        switch (table.options().grouping()) {
            case NONE -> {
            }
            case CASE, TRANSCRIPT -> {
                String own = text("export.group.ownCodings");
                String subtree = text("export.group.subtreeCodings");
                for (FrequencyTable.Group g : table.groups()) {
                    cols.add(new Col(own, g.label(locale), Table.Kind.INTEGER, r -> r.group(g.key()).own().codings(), true));
                }
                for (FrequencyTable.Group g : table.groups()) {
                    cols.add(new Col(subtree, g.label(locale), Table.Kind.INTEGER, r -> r.group(g.key()).subtree().codings(), true));
                }
            }
            case ATTRIBUTE -> {
                String attribute = table.options().attribute();
                for (FrequencyTable.Group g : table.groups()) {
                    cols.addAll(measures(Messages.get(locale, "export.group.value", attribute, g.label(locale), g.cases()),
                            r -> r.group(g.key()).own()));
                }
                for (FrequencyTable.Group g : table.groups()) {
                    cols.addAll(measures(Messages.get(locale, "export.group.valueSubtree", attribute, g.label(locale), g.cases()),
                            r -> r.group(g.key()).subtree()));
                }
            }
        }
        return cols;
    }

    private List<Col> coderColumns() {
        List<Col> cols = new ArrayList<>();
        for (String coder : table.coders()) {
            cols.addAll(measures(coder, r -> r.coder(coder).own()));
        }
        for (String coder : table.coders()) {
            cols.addAll(measures(Messages.get(locale, "export.group.coderSubtree", coder), r -> r.coder(coder).subtree()));
        }
        return cols;
    }

    private Table build(String name, List<Col> cols) {
        Table out = new Table(name);
        out.column(text("export.column.code"), Table.Kind.TEXT);
        for (int i = 0; i < cols.size(); ) {
            String group = cols.get(i).group();
            int span = 1;
            while (group != null && i + span < cols.size() && group.equals(cols.get(i + span).group())) {
                span++;
            }
            if (group != null) {
                out.group(group, span);
            }
            for (int j = i; j < i + span; j++) {
                if (cols.get(j).heat() && (j == i || !cols.get(j - 1).heat())) {
                    int run = 1;
                    while (j + run < i + span && cols.get(j + run).heat()) {
                        run++;
                    }
                    out.colourScale(run);
                }
                out.column(cols.get(j).header(), cols.get(j).kind());
            }
            i += span;
        }
        int pathColumn = cols.stream().map(Col::header).toList().indexOf(text("export.column.codePath"));
        if (pathColumn >= 0) {
            // The code path and id are for sorting and scripts; a printed table stops before them.
            out.printedColumns(pathColumn + 1);
        }
        for (FrequencyTable.Row row : table.rows()) {
            out.row(row.depth(), false, cells(row, row.code().name(), cols));
        }
        out.row(0, true, cells(table.total(), text("export.total"), cols));
        return out;
    }

    private static List<Object> cells(FrequencyTable.Row row, String name, List<Col> cols) {
        List<Object> cells = new ArrayList<>(cols.size() + 1);
        cells.add(name);
        for (Col col : cols) {
            cells.add(col.value().apply(row));
        }
        return cells;
    }

    private String groupSheetName() {
        return switch (table.options().grouping()) {
            case CASE -> text("export.sheet.byCase");
            case TRANSCRIPT -> text("export.sheet.byTranscript");
            case ATTRIBUTE -> Messages.get(locale, "export.sheet.byAttribute", table.options().attribute());
            case NONE -> throw new IllegalStateException();
        };
    }

    private String level(Code code) {
        return text("export.level." + code.level().dbName());
    }

    private String text(String key) {
        return Messages.get(locale, key);
    }
}
