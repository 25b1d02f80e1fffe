package nl.codewerk.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.codewerk.export.Settings;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables to an .xlsx workbook, one sheet each, and a last sheet with the settings:
 * numbers as numbers, a bold frozen header with an autofilter, column widths fitted to the
 * content, the first column indented by tree depth. Streams rows, so a sheet of tens of
 * thousands of fragments needs little memory.
 */
public final class TableXlsx {

    private static final int MAX_INDENT = 15;

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
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(style(columns.get(c).kind() == Table.Kind.TEXT || columns.get(c).kind() == Table.Kind.LONG_TEXT ? "header" : "headerNumber"));
            widths[c] = Math.max(widths[c], Math.min(columns.get(c).header().length(), 30));
        }
        for (Table.Row data : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
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
                    widths[c] = Math.max(widths[c], longestLine(text) + indent * 2);
                }
            }
            if (++done % 500 == 0) {
                progress.checkCancelled();
                progress.update(done, total, table.name());
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            int max = columns.get(c).kind() == Table.Kind.LONG_TEXT ? 80 : 50;
            int width = Math.max(6, Math.min(max, widths[c] + 2));
            sheet.setColumnWidth(c, width * 256);
        }
        sheet.createFreezePane(Math.min(table.frozenColumns(), columns.size()), headerRow + 1);
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rowIndex - 1), 0, columns.size() - 1));
        }
        return done;
    }

    private void settingsSheet(Settings settings) {
        Sheet sheet = workbook.createSheet(sheetName(Messages.get(settings.locale(), "export.sheet.settings")));
        int labelWidth = 10;
        int valueWidth = 10;
        int r = 0;
        for (Settings.Entry entry : settings.entries()) {
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(entry.label());
            label.setCellStyle(style("label"));
            Cell value = row.createCell(1);
            value.setCellValue(entry.value());
            value.setCellStyle(style("wrap"));
            labelWidth = Math.max(labelWidth, entry.label().length());
            valueWidth = Math.max(valueWidth, longestLine(entry.value()));
        }
        sheet.setColumnWidth(0, Math.min(40, labelWidth + 2) * 256);
        sheet.setColumnWidth(1, Math.min(100, valueWidth + 2) * 256);
    }

    private String sheetName(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; sheetNames.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(name.toLowerCase(java.util.Locale.ROOT));
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
                case TEXT -> style.setIndention((short) indent);
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
