package nl.codewerk.export.codebook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ExportTarget;
import nl.codewerk.export.OutputKind;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.Settings;
import nl.codewerk.export.freq.FrequencyCounter;
import nl.codewerk.export.freq.FrequencyOptions;
import nl.codewerk.export.freq.FrequencyTable;
import nl.codewerk.export.freq.RowCounts;
import nl.codewerk.export.table.Table;
import nl.codewerk.export.table.TableXlsx;
import nl.codewerk.export.word.WordDocument;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The codebook for a thesis appendix: the tree with each code's definition, when (not) to use
 * it, an example, and how often it was used, as .docx (an overview table, then a section per
 * code) or .xlsx (one row per code).
 */
public final class CodebookExport {

    private final FrequencyTable counts;
    private final Locale locale;

    public CodebookExport(ProjectSnapshot snapshot, ExportFilter filter, Locale locale, Progress progress) {
        this.counts = new FrequencyCounter(snapshot).count(FrequencyOptions.DEFAULT.withFilter(filter), progress);
        this.locale = locale;
    }

    public void write(Path file, Progress progress) {
        switch (OutputKind.of(file, OutputKind.DOCX, OutputKind.XLSX)) {
            case DOCX -> ExportTarget.write(file, this::docx);
            case XLSX -> ExportTarget.write(file, out -> TableXlsx.write(List.of(table()), settings(), out, progress));
            default -> throw new IllegalStateException("not an allowed kind");
        }
    }

    public Settings settings() {
        Settings settings = counts.scope().describe(locale);
        settings.add("definitionCases", text("export.definition.cases"));
        settings.add("definitionCodings", text("export.definition.codings"));
        settings.add("definitionSubtree", text("export.definition.subtree"));
        return settings;
    }

    public Table table() {
        Table table = new Table(text("export.sheet.codebook"));
        table.column(text("export.column.code"), Table.Kind.TEXT);
        table.column(text("export.column.level"), Table.Kind.TEXT);
        table.column(text("export.column.codings"), Table.Kind.INTEGER);
        table.column(text("export.column.cases"), Table.Kind.INTEGER);
        table.column(text("export.column.subtreeCodings"), Table.Kind.INTEGER);
        table.column(text("export.column.subtreeCases"), Table.Kind.INTEGER);
        table.column(text("export.column.definition"), Table.Kind.LONG_TEXT);
        table.printedColumns(7);
        table.column(text("export.column.whenToUse"), Table.Kind.LONG_TEXT);
        table.column(text("export.column.whenNotToUse"), Table.Kind.LONG_TEXT);
        table.column(text("export.column.example"), Table.Kind.LONG_TEXT);
        table.column(text("export.column.active"), Table.Kind.TEXT);
        table.column(text("export.column.core"), Table.Kind.TEXT);
        table.column(text("export.column.colour"), Table.Kind.TEXT);
        table.column(text("export.column.nameEn"), Table.Kind.TEXT);
        table.column(text("export.column.codePath"), Table.Kind.TEXT);
        table.column(text("export.column.codeId"), Table.Kind.TEXT);
        for (FrequencyTable.Row row : counts.rows()) {
            Code code = row.code();
            RowCounts c = row.counts();
            List<Object> cells = new ArrayList<>(List.of(code.name(), level(code)));
            cells.add(c.own().codings());
            cells.add(c.own().cases());
            cells.add(c.subtree().codings());
            cells.add(c.subtree().cases());
            cells.add(code.definition());
            cells.add(code.whenToUse());
            cells.add(code.whenNotToUse());
            cells.add(code.example());
            cells.add(AttributeValues.display(code.active(), locale));
            cells.add(AttributeValues.display(code.core(), locale));
            cells.add(code.color());
            cells.add(code.nameEn());
            cells.add(row.codePath());
            cells.add(code.id());
            table.row(row.depth(), false, cells);
        }
        return table;
    }

    private void docx(OutputStream out) throws IOException {
        String title = text("export.codebook.title");
        try (WordDocument doc = new WordDocument(title, locale)) {
            doc.paragraph("Title", title);
            doc.paragraph("Subtitle", counts.scope().snapshot().projectName());
            long roots = counts.rows().stream().filter(r -> r.depth() == 0).count();
            doc.paragraph("Meta", Messages.get(locale, "export.codebook.summary", counts.rows().size(), roots));
            for (Settings.Entry entry : counts.scope().describe(locale).entries()) {
                doc.labelled("Meta", entry.label(), entry.value());
            }
            doc.heading(1, text("export.codebook.overview"));
            overview(doc);
            for (FrequencyTable.Row row : counts.rows()) {
                code(doc, row);
            }
            doc.write(out);
        }
    }

    /** The tree at a glance: indented names, level and use. */
    private void overview(WordDocument doc) {
        int w = WordDocument.TEXT_WIDTH;
        XWPFTable table = doc.table(counts.rows().size() + 1, w - 3 * 1650, 1650, 1650, 1650);
        String[] headers = {text("export.column.code"), text("export.column.level"), text("export.column.codings"), text("export.column.cases")};
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headers.length; c++) {
            header.getCell(c).setColor("D9E2F3");
            XWPFParagraph p = WordDocument.firstParagraph(header.getCell(c), "TableText");
            WordDocument.run(p, headers[c], "Label");
        }
        int r = 1;
        for (FrequencyTable.Row row : counts.rows()) {
            XWPFTableRow tableRow = table.getRow(r++);
            XWPFParagraph name = WordDocument.firstParagraph(tableRow.getCell(0), "TableText");
            name.setIndentationLeft(row.depth() * 280);
            WordDocument.run(name, row.code().name(), row.depth() == 0 ? "Label" : null);
            WordDocument.text(WordDocument.firstParagraph(tableRow.getCell(1), "TableText"), level(row.code()));
            number(tableRow, 2, row.counts().own().codings());
            number(tableRow, 3, row.counts().own().cases());
        }
    }

    private static void number(XWPFTableRow row, int column, long value) {
        XWPFParagraph p = WordDocument.firstParagraph(row.getCell(column), "TableText");
        p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
        WordDocument.text(p, String.valueOf(value));
    }

    private void code(WordDocument doc, FrequencyTable.Row row) {
        Code code = row.code();
        String heading = code.core() ? code.name() + " (" + text("export.codebook.core") + ")" : code.name();
        doc.heading(row.depth() + 1, heading);
        RowCounts c = row.counts();
        String use = Messages.get(locale, "export.codebook.use", level(code), c.own().codings(), c.own().cases());
        if (c.subtree().codings() != c.own().codings()) {
            use += " " + Messages.get(locale, "export.codebook.useSubtree", c.subtree().codings(), c.subtree().cases());
        }
        if (!code.active()) {
            use += " " + text("export.codebook.inactive");
        }
        doc.paragraph("Meta", use);
        labelled(doc, "export.column.definition", code.definition());
        labelled(doc, "export.column.whenToUse", code.whenToUse());
        labelled(doc, "export.column.whenNotToUse", code.whenNotToUse());
        if (code.example() != null && !code.example().isBlank()) {
            XWPFParagraph label = doc.paragraph("CodeDefinition");
            label.setKeepNext(true);
            WordDocument.run(label, text("export.column.example") + ":", "Label");
            doc.paragraph("Quote", code.example());
        }
    }

    private void labelled(WordDocument doc, String key, String value) {
        if (value != null && !value.isBlank()) {
            doc.labelled("Normal", text(key), value);
        }
    }

    private String level(Code code) {
        return text("export.level." + code.level().dbName());
    }

    private String text(String key) {
        return Messages.get(locale, key);
    }
}
