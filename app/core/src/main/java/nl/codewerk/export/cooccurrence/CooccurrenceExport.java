package nl.codewerk.export.cooccurrence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.export.ExportTarget;
import nl.codewerk.export.OutputKind;
import nl.codewerk.export.Settings;
import nl.codewerk.export.table.Table;
import nl.codewerk.export.table.TableCsv;
import nl.codewerk.export.table.TableXlsx;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;

/** Writes a co-occurrence matrix to .xlsx (with a settings sheet) or .csv. */
public final class CooccurrenceExport {

    private CooccurrenceExport() {
    }

    public static Table table(CooccurrenceMatrix matrix, Locale locale) {
        Table table = new Table(Messages.get(locale, "export.sheet.cooccurrence"));
        table.column(Messages.get(locale, "export.column.code"), Table.Kind.TEXT);
        table.colourScale(matrix.codes().size());
        for (Code code : matrix.codes()) {
            table.column(code.name(), Table.Kind.INTEGER, 12);
        }
        table.printedColumns(matrix.codes().size() + 1);
        table.column(Messages.get(locale, "export.column.codePath"), Table.Kind.TEXT);
        var codebook = matrix.scope().snapshot().codebook();
        for (int i = 0; i < matrix.codes().size(); i++) {
            Code code = matrix.codes().get(i);
            List<Object> cells = new ArrayList<>();
            cells.add(code.name());
            for (int j = 0; j < matrix.codes().size(); j++) {
                cells.add(matrix.count(i, j));
            }
            cells.add(CodePath.format(codebook.path(code.id())));
            table.row(codebook.depth(code.id()), false, cells);
        }
        return table;
    }

    public static Settings settings(CooccurrenceMatrix matrix, Locale locale) {
        Settings settings = matrix.scope().describe(locale);
        settings.add("unit", Messages.get(locale, "export.unit." + matrix.unit().id()));
        settings.add("definitionCell", Messages.get(locale, "export.definition.cooccurrence." + matrix.unit().id()));
        settings.add("definitionDiagonal", Messages.get(locale, "export.definition.diagonal." + matrix.unit().id()));
        return settings;
    }

    public static void write(CooccurrenceMatrix matrix, Path file, Locale locale, Progress progress) {
        Table table = table(matrix, locale);
        switch (OutputKind.of(file, OutputKind.XLSX, OutputKind.CSV)) {
            case XLSX -> ExportTarget.write(file, out -> TableXlsx.write(List.of(table), settings(matrix, locale), out, progress));
            case CSV -> ExportTarget.write(file, out -> TableCsv.write(table, out, TableCsv.Separator.COMMA, false));
            default -> throw new IllegalStateException("not an allowed kind");
        }
    }

    public static void csv(CooccurrenceMatrix matrix, Path file, TableCsv.Separator separator, boolean byteOrderMark, Locale locale) {
        Table table = table(matrix, locale);
        ExportTarget.write(file, out -> TableCsv.write(table, out, separator, byteOrderMark));
    }
}
