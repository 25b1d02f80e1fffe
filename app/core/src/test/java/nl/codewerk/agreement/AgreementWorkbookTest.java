package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.codewerk.testsupport.CodedTranscripts;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementWorkbookTest {

    @TempDir
    Path dir;

    private AgreementResult result(Project project) {
        long t = CodedTranscripts.add(project, "interview", AgreementAnalysisTest.T0, AgreementAnalysisTest.T1,
                AgreementAnalysisTest.T2, AgreementAnalysisTest.T3);
        String positief = project.codebook().codebook().require("Ervaring/Positief").id();
        String contact = project.codebook().codebook().require("Contact").id();
        CodedTranscripts.code(project, t, AgreementAnalysisTest.T1, positief, "Anna");
        CodedTranscripts.code(project, t, "Dat hielp echt.", positief, "Anna");
        CodedTranscripts.code(project, t, "We zagen elkaar elke week.", contact, "Anna");
        CodedTranscripts.code(project, t, "Mijn tante belde.", positief, "Bram");
        CodedTranscripts.code(project, t, AgreementAnalysisTest.T3, contact, "Bram");
        CodedTranscripts.code(project, t, "begon", contact, "Bram");
        return new AgreementAnalysis(project).run(new AgreementAnalysis.Request(List.of("Anna", "Bram"),
                UnitOfComparison.parse("turn"), List.of(), List.of()), Progress.NONE);
    }

    @Test
    void summaryAndDisagreementSheets() throws Exception {
        Path file = dir.resolve("agreement.xlsx");
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            AgreementWorkbook.write(project, result(project), file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("turn");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Anna, Bram");
            Row header = summary.getRow(5);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Both");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Only Anna");
            Row pooled = summary.getRow(6);
            assertThat(pooled.getCell(0).getStringCellValue()).isEqualTo("(all codes pooled)");
            assertThat(List.of(pooled.getCell(2).getNumericCellValue(), pooled.getCell(3).getNumericCellValue(),
                    pooled.getCell(4).getNumericCellValue(), pooled.getCell(5).getNumericCellValue(),
                    pooled.getCell(6).getNumericCellValue())).containsExactly(8.0, 2.0, 1.0, 1.0, 4.0);
            int cohen = headerIndex(header, "Cohen's kappa");
            assertThat(pooled.getCell(cohen).getNumericCellValue()).isCloseTo(14.0 / 30, within(1e-12));
            assertThat(summary.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Ervaring/Positief");
            assertThat(summary.getRow(8).getCell(1).getStringCellValue()).isEqualTo("Contact");

            Sheet disagreements = workbook.getSheet("Disagreements");
            assertThat(disagreements.getLastRowNum()).isEqualTo(2);
            assertThat(disagreements.getRow(1).getCell(5).getStringCellValue()).isEqualTo(AgreementAnalysisTest.T3);
            assertThat(disagreements.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Anna");
            assertThat(disagreements.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Bram");
            assertThat(disagreements.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Contact");
            assertThat(disagreements.getRow(2).getCell(5).getStringCellValue()).isEqualTo(AgreementAnalysisTest.T0);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".writing-"));
        }
    }

    @Test
    void jsonCarriesCountsValuesIntervalsAndReasons() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            Map<String, Object> json = AgreementJson.of(result(project));
            assertThat(json).containsKeys("unit", "coders", "pooled", "codes");
            assertThat(json.get("unit")).isEqualTo("turn");
            @SuppressWarnings("unchecked")
            Map<String, Object> first = ((List<Map<String, Object>>) json.get("codes")).getFirst();
            assertThat(first).containsEntry("codePath", java.util.List.of("Ervaring", "Positief")).containsEntry("units", 4L)
                    .containsEntry("both", 1L).containsEntry("onlyA", 1L).containsEntry("onlyB", 0L).containsEntry("neither", 2L);
            assertThat((Double) first.get("percent")).isCloseTo(0.75, within(1e-12));
            assertThat(first).containsKeys("cohen", "scott", "fleiss", "alpha", "bp", "ac1", "ci95", "reasons");
        }
    }

    private static int headerIndex(Row header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
