package nl.codewerk.export.freq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.codewerk.export.ExportException;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.table.TableCsv;
import nl.codewerk.testsupport.CodedStudy;
import nl.codewerk.testsupport.IndependentCounts;
import nl.codewerk.util.CancelledException;
import nl.codewerk.util.Progress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FrequencyExportTest {

    @TempDir
    Path dir;

    CodedStudy study;
    ProjectSnapshot snapshot;

    @BeforeEach
    void setUp() {
        study = CodedStudy.create(dir);
        snapshot = ProjectSnapshot.load(study.project);
    }

    @AfterEach
    void tearDown() {
        study.close();
    }

    private FrequencyTable count(FrequencyOptions options) {
        return new FrequencyCounter(snapshot).count(options, Progress.NONE);
    }

    @Test
    void theWorkbookHoldsTheJsonNumbersRowForRow() throws Exception {
        FrequencyTable table = count(FrequencyOptions.by("attribute:nog contact").withPerCoder(true));
        Path file = dir.resolve("freq.xlsx");
        FrequencyExport.xlsx(table, file, Locale.ENGLISH, Progress.NONE);
        JsonNode json = new ObjectMapper().readTree(FrequencyJson.toJson(table));
        IndependentCounts independent = new IndependentCounts(study.project);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(sheetNames(workbook)).containsExactly("Frequencies", "By nog contact", "By coder", "Settings");
            XSSFSheet sheet = workbook.getSheet("Frequencies");
            // Group labels above, column headers below: bold, frozen, filtered.
            assertThat(text(sheet.getRow(0), 2)).isEqualTo("Own codings");
            List<String> headers = headers(sheet.getRow(1));
            assertThat(headers).startsWith("Code", "Level", "Cases (n)", "% of cases", "Codings", "Words coded", "Cases (n)");
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(20 * 256);

            int pathColumn = headers.indexOf("Code path");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + json.size() + 1);
            for (int i = 0; i < json.size(); i++) {
                JsonNode code = json.get(i);
                Row row = sheet.getRow(2 + i);
                java.util.List<String> names = new java.util.ArrayList<>();
                code.get("codePath").forEach(n -> names.add(n.asText()));
                assertThat(text(row, pathColumn)).isEqualTo(nl.codewerk.codebook.CodePath.format(names));
                assertThat(row.getCell(0).getCellStyle().getIndention()).isEqualTo((short) code.get("depth").asInt());
                for (int c = 2; c < 10; c++) {
                    assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
                }
                assertThat(number(row, 2)).isEqualTo(code.get("cases").asDouble());
                assertThat(number(row, 3)).isCloseTo(code.get("percentCases").asDouble(), within(0.05));
                assertThat(number(row, 4)).isEqualTo(code.get("codings").asDouble());
                assertThat(number(row, 5)).isEqualTo(code.get("words").asDouble());
                assertThat(number(row, 6)).isEqualTo(code.at("/subtree/cases").asDouble());
                assertThat(number(row, 8)).isEqualTo(code.at("/subtree/codings").asDouble());
                assertThat(number(row, 9)).isEqualTo(code.at("/subtree/words").asDouble());
                // And the same numbers straight from the database.
                List<IndependentCounts.Row> own = independent.select(r -> r.code().equals(code.get("code").asText()));
                assertThat((int) number(row, 4)).isEqualTo(IndependentCounts.codings(own));
                assertThat((int) number(row, 2)).isEqualTo(IndependentCounts.cases(own));
                assertThat((long) number(row, 5)).isEqualTo(independent.words(own));
            }
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(text(total, 0)).isEqualTo("Total");
            assertThat(number(total, 4)).isEqualTo(independent.rows().size());

            XSSFSheet byValue = workbook.getSheet("By nog contact");
            assertThat(text(byValue.getRow(0), 1)).isEqualTo("nog contact = yes (n=4)");
            for (int i = 0; i < json.size(); i++) {
                JsonNode yes = json.get(i).at("/byValue/true");
                Row row = byValue.getRow(2 + i);
                assertThat(number(row, 1)).isEqualTo(yes.get("cases").asDouble());
                assertThat(number(row, 2)).isCloseTo(yes.get("percentCases").asDouble(), within(0.05));
                assertThat(number(row, 3)).isEqualTo(yes.get("codings").asDouble());
                assertThat(number(row, 4)).isEqualTo(yes.get("words").asDouble());
                assertThat(number(row, 5)).isEqualTo(json.get(i).at("/byValue/false/cases").asDouble());
            }
            XSSFSheet settings = workbook.getSheet("Settings");
            List<String> labels = new ArrayList<>();
            settings.forEach(r -> labels.add(text(r, 0)));
            assertThat(labels).contains("Project", "Coder", "Cases in scope", "Broken down by", "Cases (n)", "Words coded");
        }
    }

    @Test
    void thePerCaseSheetIsAMatrixWithAColourScale() throws Exception {
        FrequencyTable table = count(FrequencyOptions.by("case"));
        Path file = dir.resolve("per-case.xlsx");
        FrequencyExport.xlsx(table, file, Locale.ENGLISH, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("By case");
            assertThat(headers(sheet.getRow(1))).containsSubsequence("Code", "01-tante-anja", "02-buurman-kees", "03-ria", "03-vader", "04-oom-jan");
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(2);
            FrequencyTable.Row welContact = FrequencyCounterTest.row(table, CodedStudy.WEL_CONTACT);
            Row row = sheet.getRow(2 + table.rows().indexOf(welContact));
            assertThat(text(row, 0)).isEqualTo("Wel contact");
            assertThat(number(row, 1)).isEqualTo(2);
            assertThat(number(row, 4)).isEqualTo(1);
        }
    }

    @Test
    void csvForDutchExcelHasSemicolonsDecimalCommasAndAByteOrderMark() throws Exception {
        FrequencyTable table = count(FrequencyOptions.DEFAULT);
        Path file = dir.resolve("freq.csv");
        FrequencyExport.csv(table, file, TableCsv.Separator.SEMICOLON, true, Locale.of("nl"));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String content = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(content)).getRecords();
        assertThat(records.getFirst().get(0)).isEqualTo("Code");
        assertThat(records.getFirst().get(3)).isEqualTo("Eigen coderingen: % casussen");
        CSVRecord welContact = records.stream().filter(r -> r.get(0).equals("Wel contact")).findFirst().orElseThrow();
        assertThat(welContact.get(2)).isEqualTo("4");
        assertThat(welContact.get(3)).isEqualTo("80,0");
        assertThat(records).hasSize(1 + 41 + 1);

        FrequencyExport.csv(table, file, TableCsv.Separator.COMMA, false, Locale.ENGLISH);
        String plain = Files.readString(file);
        assertThat(plain).startsWith("Code,Level,Own codings: Cases (n)");
        assertThat(plain).contains("Wel contact,open,4,80.0,5,39,");
    }

    @Test
    void theChartIsWellFormedSvgOfTheTopCodes() throws Exception {
        FrequencyTable table = count(FrequencyOptions.DEFAULT);
        Path file = dir.resolve("chart.svg");
        FrequencyExport.svg(table, file, Locale.ENGLISH);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        List<FrequencyTable.Row> top = BarChartSvg.topRows(table, FrequencyExport.CHART_CODES);
        assertThat(top.getFirst().code().id()).isEqualTo(CodedStudy.WEL_CONTACT);
        assertThat(top).allMatch(r -> r.counts().own().codings() > 0);
        // One bar per code plus the white background.
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(top.size() + 1);
        assertThat(Files.readString(file)).contains("Wel contact").contains("n=4 (80.0%), 5 codings");
    }

    @Test
    void theTextTableListsEveryCode() {
        String text = FrequencyText.render(count(FrequencyOptions.DEFAULT), Locale.ENGLISH);
        assertThat(text.lines()).hasSize(1 + 41 + 1 + 1);
        assertThat(text).contains("\n  Wel contact  ").contains("5 cases in scope, 25 codings.");
    }

    @Test
    void writesByExtensionAndRefusesOthers() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT);
        FrequencyExport.write(table, dir.resolve("a.CSV"), Locale.ENGLISH, Progress.NONE);
        assertThat(dir.resolve("a.CSV")).exists();
        assertThatThrownBy(() -> FrequencyExport.write(table, dir.resolve("a.pdf"), Locale.ENGLISH, Progress.NONE))
                .isInstanceOf(ExportException.class).hasMessageContaining(".xlsx, .csv, .svg");
    }

    @Test
    void aCancelledWorkbookIsNotWritten() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT);
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> FrequencyExport.xlsx(table, dir.resolve("x.xlsx"), Locale.ENGLISH, cancelled))
                .isInstanceOf(CancelledException.class);
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> headers(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }
}
