package nl.codewerk.export.words;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import nl.codewerk.export.ExportTarget;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.search.WordCount;
import nl.codewerk.search.WordList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a word list for a spreadsheet: CSV (UTF-8, optionally with the byte order mark Excel
 * needs to read UTF-8, comma or semicolon separated) or XLSX with numeric cells. Columns:
 * word, count, transcripts, share (percent).
 */
public final class WordListExport {

    private WordListExport() {
    }

    /** Writes CSV or XLSX by the file's extension; CSV with a BOM and the separator of the language. */
    public static void write(WordList list, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            writeXlsx(list, file);
        } else if (name.endsWith(".csv")) {
            // Dutch Excel expects semicolons, as the decimal separator there is a comma.
            writeCsv(list, file, "nl".equals(Messages.locale().getLanguage()) ? ';' : ',', true);
        } else {
            throw new LocalizedException("words.unknownExportFormat", file.getFileName());
        }
    }

    /** Like every export, written beside the target and moved into place whole (ExportTarget). */
    public static void writeCsv(WordList list, Path file, char delimiter, boolean byteOrderMark) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
        ExportTarget.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(writer, format);
            printer.printRecord(headers());
            for (WordCount word : list.words()) {
                printer.printRecord(word.word(), word.count(), word.transcripts(), percent(word.share(), delimiter == ';'));
            }
            printer.flush();
        });
    }

    public static void writeXlsx(WordList list, Path file) {
        ExportTarget.write(file, out -> writeXlsx(list, out));
    }

    private static void writeXlsx(WordList list, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(Messages.get("words.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            Row header = sheet.createRow(0);
            String[] names = headers();
            for (int i = 0; i < names.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(names[i]);
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (WordCount word : list.words()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(word.word());
                row.createCell(1).setCellValue(word.count());
                row.createCell(2).setCellValue(word.transcripts());
                Cell share = row.createCell(3);
                share.setCellValue(word.share());
                share.setCellStyle(percent);
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(0, 24 * 256);
            book.write(out);
        }
    }

    private static String[] headers() {
        return new String[] {Messages.get("words.word"), Messages.get("words.count"), Messages.get("words.transcripts"), Messages.get("words.share")};
    }

    private static String percent(double share, boolean decimalComma) {
        String text = String.format(Locale.ROOT, "%.2f", share * 100);
        return decimalComma ? text.replace('.', ',') : text;
    }
}
