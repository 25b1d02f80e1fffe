package nl.codewerk.export.freq;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.codewerk.export.OutputKind;
import nl.codewerk.export.ExportTarget;
import nl.codewerk.export.table.Table;
import nl.codewerk.export.table.TableCsv;
import nl.codewerk.export.table.TableXlsx;
import nl.codewerk.util.Progress;

/** Writes a frequency table to .xlsx, .csv or (its chart) .svg, whole or not at all. */
public final class FrequencyExport {

    /** How many codes the chart shows. */
    public static final int CHART_CODES = 15;

    private FrequencyExport() {
    }

    public static void xlsx(FrequencyTable table, Path file, Locale locale, Progress progress) {
        FrequencyTables tables = new FrequencyTables(table, locale);
        List<Table> sheets = tables.sheets();
        ExportTarget.write(file, out -> TableXlsx.write(sheets, tables.settings(), out, progress));
    }

    public static void csv(FrequencyTable table, Path file, TableCsv.Separator separator, boolean byteOrderMark, Locale locale) {
        Table flat = new FrequencyTables(table, locale).flat();
        ExportTarget.write(file, out -> TableCsv.write(flat, out, separator, byteOrderMark));
    }

    public static void svg(FrequencyTable table, Path file, Locale locale) {
        String svg = BarChartSvg.render(table, CHART_CODES, locale);
        ExportTarget.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Picks the format from the file name: .xlsx, .csv (comma, no BOM) or .svg. */
    public static void write(FrequencyTable table, Path file, Locale locale, Progress progress) {
        switch (OutputKind.of(file, OutputKind.XLSX, OutputKind.CSV, OutputKind.SVG)) {
            case XLSX -> xlsx(table, file, locale, progress);
            case CSV -> csv(table, file, TableCsv.Separator.COMMA, false, locale);
            case SVG -> svg(table, file, locale);
            default -> throw new IllegalStateException("not an allowed kind");
        }
    }
}
