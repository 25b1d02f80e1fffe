package nl.codewerk.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.codewerk.export.Settings;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes tables to an .xlsx workbook, one sheet each, and a last sheet with the settings:
 * numbers as numbers, a bold frozen header with an autofilter, column widths fitted to the
 * content, the first column indented by tree depth. Streams rows, so a sheet of tens of
 * thousands of fragments needs little memory.
 */
public final class TableXlsx {

    private static final int MAX_INDENT = 15;
    /** Width of wrapped text columns in characters, fixed so row heights can be set as rows stream out. */
    private static final int LONG_TEXT_WIDTH = 70;
    private static final float LINE_HEIGHT = 15f;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Set<String> sheetNames = new HashSet<>();
    private Font bold;

    private TableXlsx() {
    }

    /** Writes the tables and the settings sheet; the caller closes {@code out}. */
    public static void write(List<Table> tables, Settings settings, OutputStream out, Progress progress) throws IOException {
        TableXlsx xlsx = new TableXlsx();
        try {
            long total = tables.stream().mapToLong(t -> t.rows().size()).sum();
            long done = 0;
            for (Table table : tables) {
                done = xlsx.sheet(table, progress, done, total);
            }
            if (settings != null) {
                xlsx.settingsSheet(settings);
            }
            progress.checkCancelled();
            xlsx.workbook.write(out);
        } finally {
            xlsx.workbook.close();
        }
    }

    private long sheet(Table table, Progress progress, long done, long total) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(table.name()));
        List<Table.Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        int rowIndex = 0;
        if (!table.groups().isEmpty()) {
            Row groupRow = sheet.createRow(rowIndex++);
            for (int c = 0; c < columns.size(); c++) {
                groupRow.createCell(c).setCellStyle(style("group"));
            }
            for (Table.Group g : table.groups()) {
                groupRow.getCell(g.first()).setCellValue(g.label());
                if (g.span() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, g.first(), g.first() + g.span() - 1));
                }
                // A group label wider than its columns would be cut off: share the width out.
                int share = (g.label().length() + g.span() - 1) / g.span();
                for (int c = g.first(); c < g.first() + g.span(); c++) {
                    widths[c] = Math.max(widths[c], share);
                }
            }
        }
        int headerRow = rowIndex;
        Row header = sheet.createRow(rowIndex++);
        int headerLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Table.Column column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(style(column.kind() == Table.Kind.TEXT || column.kind() == Table.Kind.LONG_TEXT ? "header" : "headerNumber"));
            widths[c] = Math.max(widths[c], Math.min(column.header().length(), column.maxWidth() > 0 ? column.maxWidth() - 2 : 30));
            int wrapAt = column.maxWidth() > 0 ? column.maxWidth() : column.kind() == Table.Kind.LONG_TEXT ? LONG_TEXT_WIDTH : 32;
            headerLines = Math.max(headerLines, wrappedLines(column.header(), wrapAt * 6 / 5));
        }
        if (headerLines > 1) {
            header.setHeightInPoints(Math.min(5, headerLines) * LINE_HEIGHT);
        }
        for (Table.Row data : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                Object value = data.cells().get(c);
                Table.Kind kind = columns.get(c).kind();
                Cell cell = row.createCell(c);
                int indent = c == 0 ? Math.min(data.indent(), MAX_INDENT) : 0;
                cell.setCellStyle(cellStyle(kind, data.bold(), indent));
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    widths[c] = Math.max(widths[c], kind == Table.Kind.DECIMAL ? String.format("%.1f", n.doubleValue()).length() : n.toString().length());
                } else if (value != null) {
                    String text = value.toString();
                    cell.setCellValue(text);
                    if (kind == Table.Kind.LONG_TEXT) {
                        // Text is narrower than the digit '0' that column widths are measured in.
                        lines = Math.max(lines, wrappedLines(text, LONG_TEXT_WIDTH * 6 / 5));
                    } else {
                        widths[c] = Math.max(widths[c], longestLine(text) + indent * 2);
                    }
                }
            }
            if (lines > 1) {
                // Streamed rows cannot be measured afterwards, and LibreOffice does not grow them itself.
                row.setHeightInPoints(Math.min(409, lines * LINE_HEIGHT));
            }
            if (++done % 500 == 0) {
                progress.checkCancelled();
                progress.update(done, total, table.name());
            }
        }
        int printedWidth = 0;
        for (int c = 0; c < columns.size(); c++) {
            int max = columns.get(c).maxWidth() > 0 ? columns.get(c).maxWidth() : 50;
            int width = columns.get(c).kind() == Table.Kind.LONG_TEXT ? LONG_TEXT_WIDTH : Math.max(6, Math.min(max, widths[c] + 2));
            sheet.setColumnWidth(c, width * 256);
            if (c < table.printedColumns()) {
                printedWidth += width;
            }
        }
        sheet.createFreezePane(Math.min(table.frozenColumns(), columns.size()), headerRow + 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rowIndex - 1), 0, columns.size() - 1));
        }
        colourScales(sheet, table, headerRow + 1);
        printSetup(sheet, headerRow, printedWidth);
        if (table.printedColumns() < columns.size()) {
            workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, table.printedColumns() - 1, 0, Math.max(headerRow, rowIndex - 1));
        }
        return done;
    }

    /** Shades the cells of matrix columns from white to blue by value, rows of totals left out. */
    private static void colourScales(SXSSFSheet sheet, Table table, int firstRow) {
        int lastRow = firstRow + (int) table.rows().stream().filter(r -> !r.bold()).count() - 1;
        if (table.colourScales().isEmpty() || lastRow < firstRow) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        for (int[] columns : table.colourScales()) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
            ColorScaleFormatting scale = rule.getColorScaleFormatting();
            scale.setNumControlPoints(2);
            scale.getThresholds()[0].setRangeType(ConditionalFormattingThreshold.RangeType.MIN);
            scale.getThresholds()[1].setRangeType(ConditionalFormattingThreshold.RangeType.MAX);
            scale.setColors(new Color[] {new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}),
                    new XSSFColor(new byte[] {(byte) 0x5B, (byte) 0x9B, (byte) 0xD5})});
            formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, columns[0], columns[1])}, rule);
        }
    }

    /** Printed: A4, landscape when wide, as wide as one page, the header repeated on every page. */
    private static void printSetup(SXSSFSheet sheet, int headerRow, int printedWidth) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(printedWidth > 100);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
    }

    private void settingsSheet(Settings settings) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(Messages.get(settings.locale(), "export.sheet.settings")));
        int labelWidth = 10;
        int valueWidth = 10;
        for (Settings.Entry entry : settings.entries()) {
            labelWidth = Math.max(labelWidth, entry.label().length());
            valueWidth = Math.max(valueWidth, longestLine(entry.value()));
        }
        labelWidth = Math.min(40, labelWidth + 2);
        valueWidth = Math.min(90, valueWidth + 2);
        int r = 0;
        for (Settings.Entry entry : settings.entries()) {
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(entry.label());
            label.setCellStyle(style("label"));
            Cell value = row.createCell(1);
            value.setCellValue(entry.value());
            value.setCellStyle(style("wrap"));
            int lines = wrappedLines(entry.value(), valueWidth - 2);
            if (lines > 1) {
                row.setHeightInPoints(lines * LINE_HEIGHT);
            }
        }
        sheet.setColumnWidth(0, labelWidth * 256);
        sheet.setColumnWidth(1, valueWidth * 256);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** How many lines text takes when wrapped at {@code width} characters (a word-wrap estimate). */
    static int wrappedLines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int used = 0;
            int count = 1;
            for (String word : line.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length > width) {
                    count++;
                    used = length;
                } else {
                    used += (used > 0 ? 1 : 0) + length;
                }
                while (used > width) {
                    count++;
                    used -= width;
                }
            }
            lines += count;
        }
        return Math.max(1, lines);
    }

    private String sheetName(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; sheetNames.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private CellStyle cellStyle(Table.Kind kind, boolean bold, int indent) {
        String key = kind + "/" + bold + "/" + indent;
        CellStyle style = styles.get(key);
        if (style == null) {
            style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (bold) {
                style.setFont(boldFont());
                style.setBorderTop(BorderStyle.THIN);
            }
            switch (kind) {
                case INTEGER -> style.setDataFormat(workbook.createDataFormat().getFormat("0"));
                case DECIMAL -> style.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
                case LONG_TEXT -> style.setWrapText(true);
                case TEXT -> {
                    // Excel and LibreOffice apply an indent only to left-aligned cells.
                    style.setAlignment(HorizontalAlignment.LEFT);
                    style.setIndention((short) indent);
                }
                case NUMBER -> {
                    // General: 38 stays 38 and 2.5 stays 2.5.
                }
            }
            styles.put(key, style);
        }
        return style;
    }

    private CellStyle style(String name) {
        return styles.computeIfAbsent(name, n -> {
            CellStyle style = workbook.createCellStyle();
            switch (n) {
                case "header", "headerNumber", "group" -> {
                    style.setFont(boldFont());
                    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    style.setBorderBottom(BorderStyle.THIN);
                    style.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    style.setWrapText(true);
                    style.setAlignment(n.equals("group") ? HorizontalAlignment.CENTER
                            : n.equals("headerNumber") ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
                }
                case "label" -> {
                    style.setFont(boldFont());
                    style.setVerticalAlignment(VerticalAlignment.TOP);
                }
                default -> {
                    style.setWrapText(true);
                    style.setVerticalAlignment(VerticalAlignment.TOP);
                }
            }
            return style;
        });
    }

    private Font boldFont() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }
}
