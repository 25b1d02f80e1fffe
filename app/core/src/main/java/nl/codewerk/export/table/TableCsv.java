package nl.codewerk.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.codewerk.export.ExportException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table as CSV in UTF-8. With {@code ;} as separator decimals get a comma, as Dutch
 * Excel expects; the optional byte order mark makes Excel read the file as UTF-8 instead of
 * the Windows code page, so "geïnterviewde" stays intact.
 */
public final class TableCsv {

    public enum Separator {
        COMMA(','), SEMICOLON(';');

        final char character;

        Separator(char character) {
            this.character = character;
        }

        public static Separator parse(String text) {
            return switch (text.strip()) {
                case ";", "semicolon" -> SEMICOLON;
                case ",", "comma" -> COMMA;
                default -> throw new ExportException("export.badSeparator", text);
            };
        }
    }

    private TableCsv() {
    }

    public static void write(Table table, OutputStream out, Separator separator, boolean byteOrderMark) throws IOException {
        if (byteOrderMark) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator.character).setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            header.add(table.flatHeader(c));
        }
        printer.printRecord(header);
        for (Table.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                cells.add(cell(row.cells().get(c), table.columns().get(c).kind(), separator));
            }
            printer.printRecord(cells);
        }
        printer.flush();
        writer.flush();
    }

    private static String cell(Object value, Table.Kind kind, Separator separator) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            String text = switch (kind) {
                case DECIMAL -> BigDecimal.valueOf(n.doubleValue()).setScale(1, RoundingMode.HALF_UP).toPlainString();
                case NUMBER -> n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString() : n.toString();
                default -> String.valueOf(n.longValue());
            };
            return separator == Separator.SEMICOLON ? text.replace('.', ',') : text;
        }
        return value.toString();
    }
}
