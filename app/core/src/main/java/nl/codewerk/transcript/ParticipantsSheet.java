package nl.codewerk.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The cells of a participants sheet as text: a .csv (comma, semicolon or tab; UTF-8 with or
 * without BOM, or the Windows-1252 Excel writes on Dutch Windows) or the first sheet of an .xlsx,
 * whose date cells become ISO dates and whose numbers keep their full precision.
 */
final class ParticipantsSheet {

    private ParticipantsSheet() {
    }

    static List<List<String>> read(Path sheet) {
        String name = sheet.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            byte[] bytes = Files.readAllBytes(sheet);
            if (name.endsWith(".xlsx")) {
                ZipGuard.check(bytes, "XLSX", Set.of());
                return readWorkbook(bytes);
            }
            if (name.endsWith(".xls")) {
                return readWorkbook(bytes);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                return readCsv(bytes);
            }
        } catch (ImportRefusedException e) {
            throw new ImportRefusedException(e, "participants.unreadable", sheet.getFileName(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new ImportRefusedException(e, "participants.unreadable", sheet.getFileName(), String.valueOf(e.getMessage()));
        }
        throw new ImportRefusedException("participants.unknownFormat", sheet.getFileName());
    }

    private static List<List<String>> readCsv(byte[] bytes) throws IOException {
        String text = TextDecoding.decode(bytes, null).text();
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';'
                : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> readWorkbook(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet first = workbook.getSheetAt(0);
            for (Row row : first) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(cellText(row.getCell(c), formatter));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                return date.toString();
            }
            // The displayed form may round (7.25 shown as 7.3); the stored number is what was meant.
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
