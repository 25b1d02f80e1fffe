package nl.codewerk.export.fragments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.export.Settings;
import nl.codewerk.export.table.Table;
import nl.codewerk.i18n.Messages;
import nl.codewerk.memo.Memo;
import nl.codewerk.util.Words;

/**
 * Coded fragments as one table, one row per fragment: code path, text, attribution, transcript
 * (the columns that print), then speaker, case and its attributes, coder, context, position,
 * words, memos, code name and id; for sorting and filtering in Excel.
 */
public final class FragmentsXlsx {

    private FragmentsXlsx() {
    }

    public static Table table(FragmentReport report, Locale locale) {
        var snapshot = report.scope().snapshot();
        List<Attribute> attributes = snapshot.attributes();
        boolean context = report.options().contextWords() > 0;
        boolean memos = report.options().includeMemos();
        Table table = new Table(Messages.get(locale, "export.sheet.fragments"));
        table.column(Messages.get(locale, "export.column.codePath"), Table.Kind.TEXT);
        table.column(Messages.get(locale, "export.column.text"), Table.Kind.LONG_TEXT);
        table.column(Messages.get(locale, "export.column.attribution"), Table.Kind.TEXT);
        table.column(Messages.get(locale, "export.column.transcript"), Table.Kind.TEXT);
        table.printedColumns(4);
        table.column(Messages.get(locale, "export.column.speaker"), Table.Kind.TEXT);
        table.column(Messages.get(locale, "export.column.case"), Table.Kind.TEXT);
        for (Attribute a : attributes) {
            table.column(a.name(), a.type() == AttributeType.NUMBER ? Table.Kind.NUMBER : Table.Kind.TEXT);
        }
        table.column(Messages.get(locale, "export.column.coder"), Table.Kind.TEXT);
        if (context) {
            table.column(Messages.get(locale, "export.column.before"), Table.Kind.LONG_TEXT);
            table.column(Messages.get(locale, "export.column.after"), Table.Kind.LONG_TEXT);
        }
        table.column(Messages.get(locale, "export.column.start"), Table.Kind.INTEGER);
        table.column(Messages.get(locale, "export.column.end"), Table.Kind.INTEGER);
        table.column(Messages.get(locale, "export.column.words"), Table.Kind.INTEGER);
        if (memos) {
            table.column(Messages.get(locale, "export.column.memos"), Table.Kind.LONG_TEXT);
        }
        table.column(Messages.get(locale, "export.column.code"), Table.Kind.TEXT);
        table.column(Messages.get(locale, "export.column.codeId"), Table.Kind.TEXT);
        table.frozenColumns(0);
        for (CodeFragments code : report.codes()) {
            String path = CodePath.format(snapshot.codebook().path(code.code().id()));
            for (Fragment f : code.fragments()) {
                List<Object> cells = new ArrayList<>();
                cells.add(path);
                cells.add(f.text().strip());
                cells.add(FragmentsDocx.attribution(report.template(), f, false, locale));
                cells.add(f.transcript());
                cells.add(f.speaker());
                cells.add(f.caseOf() == null ? null : f.caseOf().name());
                for (Attribute a : attributes) {
                    Object value = f.caseOf() == null ? null : f.caseOf().attributes().get(a.name());
                    cells.add(value instanceof Number ? value : value == null ? null : AttributeValues.display(value, locale));
                }
                cells.add(String.join(", ", f.coders()));
                if (context) {
                    cells.add(f.before());
                    cells.add(f.after());
                }
                cells.add(f.start());
                cells.add(f.end());
                cells.add(Words.count(f.text()));
                if (memos) {
                    List<String> notes = new ArrayList<>(f.comments());
                    f.memos().stream().map(Memo::text).forEach(notes::add);
                    cells.add(notes.stream().collect(Collectors.joining("\n")));
                }
                cells.add(code.code().name());
                cells.add(code.code().id());
                table.row(0, false, cells);
            }
        }
        return table;
    }

    public static Settings settings(FragmentReport report, Locale locale) {
        Settings settings = report.scope().describe(locale);
        settings.add("template", report.template().template());
        settings.add("context", report.options().contextWords());
        settings.add("fragments", report.fragmentCount());
        return settings;
    }
}
