package nl.codewerk.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.testsupport.CodedStudy;
import nl.codewerk.testsupport.IndependentCounts;
import nl.codewerk.workspace.Project;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandsTest {

    @TempDir
    Path dir;

    Path project;

    /** What a command printed and returned. */

    @BeforeEach
    void setUp() {
        try (CodedStudy study = CodedStudy.create(dir)) {
            project = study.project.file();
        }
    }

    private static CommandRun run(Callable<Integer> command, Object... args) {
        return CommandRun.of(command, args);
    }

    @Test
    void freqJsonHasTheKeysOfTheIssueAndMatchesTheDatabase() throws Exception {
        CommandRun run = run(new FreqCommand(), project, "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(41);
        JsonNode first = json.get(0);
        assertThat(first.fieldNames()).toIterable().contains("code", "codePath", "cases", "percentCases", "codings", "words", "subtree");
        try (Project opened = Project.openReadOnly(project)) {
            IndependentCounts independent = new IndependentCounts(opened);
            int inScope = independent.casesInScope().size();
            for (JsonNode code : json) {
                List<IndependentCounts.Row> own = independent.select(r -> r.code().equals(code.get("code").asText()));
                assertThat(code.get("codings").asInt()).isEqualTo(own.size());
                assertThat(code.get("cases").asInt()).isEqualTo(IndependentCounts.cases(own));
                assertThat(code.get("words").asLong()).isEqualTo(independent.words(own));
                assertThat(code.get("percentCases").asDouble()).isCloseTo(100.0 * IndependentCounts.cases(own) / inScope, within(1e-9));
            }
        }
    }

    @Test
    void theXlsxFrequencySheetHoldsWhatFreqJsonPrints() throws Exception {
        Path xlsx = dir.resolve("freq.xlsx");
        CommandRun run = run(new FreqCommand(), project, "--by", "attribute:nog contact", "--out", xlsx, "--json");
        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get(0).get("byValue").fieldNames()).toIterable().containsExactly("true", "false");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFSheet byValue = workbook.getSheetAt(1);
            int pathColumn = 10;
            assertThat(sheet.getRow(1).getCell(pathColumn).getStringCellValue()).isEqualTo("Code path");
            for (int i = 0; i < json.size(); i++) {
                JsonNode code = json.get(i);
                Row row = sheet.getRow(2 + i);
                java.util.List<String> names = new java.util.ArrayList<>();
                code.get("codePath").forEach(n -> names.add(n.asText()));
                assertThat(row.getCell(pathColumn).getStringCellValue()).isEqualTo(nl.codewerk.codebook.CodePath.format(names));
                assertThat(row.getCell(pathColumn + 1).getStringCellValue()).isEqualTo(code.get("code").asText());
                double[] sheetNumbers = {row.getCell(2).getNumericCellValue(), row.getCell(3).getNumericCellValue(),
                        row.getCell(4).getNumericCellValue(), row.getCell(5).getNumericCellValue()};
                double[] jsonNumbers = {code.get("cases").asDouble(), code.get("percentCases").asDouble(), code.get("codings").asDouble(),
                        code.get("words").asDouble()};
                assertThat(sheetNumbers[0]).isEqualTo(jsonNumbers[0]);
                assertThat(sheetNumbers[1]).isCloseTo(jsonNumbers[1], within(0.05));
                assertThat(sheetNumbers[2]).isEqualTo(jsonNumbers[2]);
                assertThat(sheetNumbers[3]).isEqualTo(jsonNumbers[3]);
                Row values = byValue.getRow(2 + i);
                int column = 1;
                for (String value : List.of("true", "false")) {
                    JsonNode counts = code.get("byValue").get(value);
                    assertThat(values.getCell(column).getNumericCellValue()).isEqualTo(counts.get("cases").asDouble());
                    assertThat(values.getCell(column + 1).getNumericCellValue()).isCloseTo(counts.get("percentCases").asDouble(), within(0.05));
                    assertThat(values.getCell(column + 2).getNumericCellValue()).isEqualTo(counts.get("codings").asDouble());
                    assertThat(values.getCell(column + 3).getNumericCellValue()).isEqualTo(counts.get("words").asDouble());
                    column += 4;
                }
            }
        }
    }

    @Test
    void freqPrintsATextTableOrWritesCsvForDutchExcel() throws Exception {
        CommandRun text = run(new FreqCommand(), project, "--coder", "Daan");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Wel contact").contains("5 cases in scope, 8 codings.");
        Path csv = dir.resolve("freq.csv");
        Path svg = dir.resolve("chart.svg");
        CommandRun written = run(new FreqCommand(), project, "--out", csv, "--separator", "semicolon", "--bom", "--chart", svg);
        assertThat(written.exit()).isZero();
        assertThat(written.out()).contains("freq.csv written.").contains("chart.svg written.");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Wel contact;open;4;80,0;5;39");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");
    }

    @Test
    void problemsAreOneLineAndExitTwo() {
        CommandRun coder = run(new FreqCommand(), project, "--coder", "Piet");
        assertThat(coder.exit()).isEqualTo(2);
        assertThat(coder.err().lines()).containsExactly("No coder \"Piet\" in this project (coders: Daan, Lotte).");
        CommandRun format = run(new FreqCommand(), project, "--out", dir.resolve("freq.pdf"));
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains(".xlsx, .csv, .svg");
        CommandRun missing = run(new CodebookExportCommand(), dir.resolve("nope.cwk"), "--out", dir.resolve("c.docx"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(1);
        CommandRun separator = run(new FreqCommand(), project, "--out", dir.resolve("f.csv"), "--separator", "tab");
        assertThat(separator.exit()).isEqualTo(2);
        assertThat(separator.err().lines()).containsExactly("Separate CSV columns with comma or semicolon, not \"tab\".");
        CommandRun by = run(new FreqCommand(), project, "--by", "gender");
        assertThat(by.exit()).isEqualTo(2);
        assertThat(by.err()).contains("gender");
    }

    @Test
    void cooccurrenceWritesAMatrix() throws Exception {
        Path xlsx = dir.resolve("co.xlsx");
        CommandRun run = run(new CooccurrenceCommand(), project, "--unit", "overlap", "--out", xlsx);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("co.xlsx written: 9 codes");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(9);
        }
        Path csv = dir.resolve("co.csv");
        assertThat(run(new CooccurrenceCommand(), project, "--out", csv).exit()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(10);
        assertThat(run(new CooccurrenceCommand(), project, "--unit", "sentence", "--out", csv).exit()).isEqualTo(2);
    }

    @Test
    void fragmentsLeaveOutUnknownCodesAndExitOne() throws Exception {
        Path docx = dir.resolve("fragmenten.docx");
        CommandRun run = run(new FragmentsCommand(), project, "--codes", CodedStudy.WEL_CONTACT + ",jim.bestaat-niet", "--coder", "Lotte",
                "--template", "({geslacht})", "--out", docx);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("No code \"jim.bestaat-niet\" in this project.");
        assertThat(run.out()).contains("fragmenten.docx written: 3 fragments.");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> "Attribution".equals(r.getStyle())).map(r -> r.text().strip()).toList())
                    .containsExactly("(vrouw) — 01-tante-anja", "(vrouw) — 03-duo-ria-en-vader", "(man) — 04-oom-jan");
        }
        assertThat(run(new FragmentsCommand(), project, "--codes", "jim.bestaat-niet", "--out", docx).exit()).isEqualTo(2);
        Path xlsx = dir.resolve("fragmenten.xlsx");
        CommandRun all = run(new FragmentsCommand(), project, "--where", "nog contact=nee", "--out", xlsx);
        assertThat(all.exit()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
        CommandRun template = run(new FragmentsCommand(), project, "--template", "({gender})", "--out", docx);
        assertThat(template.exit()).isEqualTo(2);
        assertThat(template.err()).contains("gender");
    }

    @Test
    void codebookAndTranscript() throws Exception {
        Path codebook = dir.resolve("codeboek.xlsx");
        assertThat(run(new CodebookExportCommand(), project, "--out", codebook).exit()).isZero();
        try (InputStream in = Files.newInputStream(codebook); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(41);
        }
        assertThat(run(new CodebookExportCommand(), project, "--out", dir.resolve("codeboek.docx")).exit()).isZero();
        Path transcript = dir.resolve("anja.docx");
        CommandRun run = run(new TranscriptExportCommand(), project, "01-tante-anja", "--coder", "Lotte", "--out", transcript);
        assertThat(run.exit()).isZero();
        try (InputStream in = Files.newInputStream(transcript); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().getFirst().getText()).contains("Taken JIM").doesNotContain("Daan");
        }
        CommandRun unknown = run(new TranscriptExportCommand(), project, "99", "--out", transcript);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().lines()).containsExactly("No transcript \"99\" in this project.");
    }

    @Test
    void aFileOpenInLibreOfficeIsRefusedWithoutTouchingIt() throws Exception {
        Path xlsx = dir.resolve("freq.xlsx");
        Files.writeString(xlsx, "old");
        Files.writeString(dir.resolve(".~lock.freq.xlsx#"), "");
        CommandRun run = run(new FreqCommand(), project, "--out", xlsx);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("freq.xlsx is open in another program");
        assertThat(xlsx).hasContent("old");
    }
}
