package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.cases.Case;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipantsImportTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void transcripts() throws IOException {
        project = TempProjects.empty(dir);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("01-marloes.txt"), "I: Hoe was het?\n\nR: Goed.\n");
        Files.writeString(in.resolve("02-henk.txt"), "I: En bij u?\n\nR: Wisselend.\n");
        Files.writeString(in.resolve("04-duo.txt"), "I: Vertel.\n\nKarin: Ik begin.\n\nMoeder: Dan ik.\n\nI: Dank jullie.\n");
        project.importer().importFiles(List.of(in), ImportOptions.DEFAULT, Progress.NONE);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        project.close();
    }

    private ImportReport applySheet(Path sheet) {
        return project.importer().importFiles(List.of(), new ImportOptions(null, sheet), Progress.NONE);
    }

    private Path csv(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path csv(String name, String text) throws IOException {
        return csv(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Case caseNamed(String name) {
        return project.cases().findByName(name).orElseThrow();
    }

    private Map<String, AttributeType> attributeTypes() {
        return project.cases().attributes().stream().collect(java.util.stream.Collectors.toMap(Attribute::name, Attribute::type));
    }

    @Test
    void commaSeparatedWithTypesInferred() throws IOException {
        ImportReport report = applySheet(csv("deelnemers.csv",
                "transcript,geslacht,leeftijd,nog contact,cijfer,start\n"
                        + "01-marloes,vrouw,47,ja,\"7,5\",14-3-2024\n"
                        + "02-henk,man,71,nee,5,2023-11-02\n"));
        assertThat(report.refused()).isEmpty();
        assertThat(attributeTypes()).containsEntry("geslacht", AttributeType.TEXT).containsEntry("leeftijd", AttributeType.NUMBER)
                .containsEntry("nog contact", AttributeType.BOOLEAN).containsEntry("cijfer", AttributeType.NUMBER)
                .containsEntry("start", AttributeType.DATE);
        Case marloes = caseNamed("01-marloes");
        assertThat(marloes.attributes()).containsEntry("geslacht", "vrouw").containsEntry("leeftijd", 47L)
                .containsEntry("nog contact", true).containsEntry("cijfer", 7.5).containsEntry("start", LocalDate.of(2024, 3, 14));
        assertThat(caseNamed("02-henk").attributes()).containsEntry("nog contact", false).containsEntry("start", LocalDate.of(2023, 11, 2));
    }

    @Test
    void semicolonsWithBomAndDutchDecimalComma() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "transcript;cijfer;rol\n01-marloes;8,25;oud-JIM\n02-henk;5;oud-JIM\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        assertThat(applySheet(csv("deelnemers.csv", bytes)).refused()).isEmpty();
        assertThat(caseNamed("01-marloes").attributes()).containsEntry("cijfer", 8.25).containsEntry("rol", "oud-JIM");
    }

    @Test
    void aWindows1252SheetFromDutchExcel() throws IOException {
        applySheet(csv("deelnemers.csv", "transcript;woonplaats\n01-marloes;Zoëterwoude\n".getBytes(Charset.forName("windows-1252"))));
        assertThat(caseNamed("01-marloes").attributes()).containsEntry("woonplaats", "Zoëterwoude");
    }

    @Test
    void anXlsxSheetWithNumberDateAndBooleanCells() throws IOException {
        Path sheet = dir.resolve("deelnemers.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(sheet)) {
            XSSFSheet s = workbook.createSheet("Deelnemers");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            Row header = s.createRow(0);
            String[] names = {"transcript", "leeftijd", "cijfer", "start", "eindgesprek", "rol"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("01-marloes");
            r.createCell(1).setCellValue(47);
            r.createCell(2).setCellValue(7.25);
            r.createCell(3).setCellValue(LocalDate.of(2024, 3, 14));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellValue(true);
            r.createCell(5).setCellValue("oud-JIM");
            workbook.write(out);
        }
        assertThat(applySheet(sheet).refused()).isEmpty();
        assertThat(caseNamed("01-marloes").attributes()).containsEntry("leeftijd", 47L).containsEntry("cijfer", 7.25)
                .containsEntry("start", LocalDate.of(2024, 3, 14)).containsEntry("eindgesprek", true).containsEntry("rol", "oud-JIM");
    }

    @Test
    void aPairedInterviewBecomesTwoCasesWithLinkedSpeakers() throws IOException {
        ImportReport report = applySheet(csv("deelnemers.csv",
                "transcript,casus,spreker,rol\n04-duo,04-karin,Karin,oud-JIM\n04-duo,04-moeder,Moeder,ouder\n01-marloes,,,oud-JIM\n"));
        assertThat(report.refused()).isEmpty();
        Transcript duo = project.transcripts().find("04-duo").orElseThrow();
        Case karin = caseNamed("04-karin");
        Case moeder = caseNamed("04-moeder");
        assertThat(project.cases().speakerCases(duo.id())).containsExactly(Map.entry("Karin", karin.id()), Map.entry("Moeder", moeder.id()));
        // The transcript, and so the interviewer's turns, count for the first row's case.
        assertThat(duo.caseId()).isEqualTo(karin.id());
        assertThat(karin.attributes()).containsEntry("rol", "oud-JIM");
        assertThat(moeder.attributes()).containsEntry("rol", "ouder");
        assertThat(project.cases().findByName("04-duo")).as("the case made at import is no longer used").isEmpty();
        assertThat(caseNamed("01-marloes").attributes()).containsEntry("rol", "oud-JIM");
    }

    @Test
    void wrongOrDuplicateColumnsAreRefusedAndChangeNothing() throws IOException {
        List<Case> before = project.cases().cases();
        ImportReport noTranscript = applySheet(csv("a.csv", "naam,leeftijd\n01-marloes,47\n"));
        ImportReport duplicate = applySheet(csv("b.csv", "transcript,leeftijd,Leeftijd\n01-marloes,47,48\n"));
        ImportReport emptyName = applySheet(csv("c.csv", "transcript,,leeftijd\n01-marloes,x,47\n"));
        assertThat(noTranscript.refused().getFirst().reason()).isEqualTo("participants sheet a.csv needs a column named transcript that names each row's transcript");
        assertThat(duplicate.refused().getFirst().reason()).isEqualTo("participants sheet b.csv has the column \"Leeftijd\" twice");
        assertThat(emptyName.refused().getFirst().reason()).isEqualTo("participants sheet c.csv has a column without a name");
        assertThat(project.cases().cases()).isEqualTo(before);
        assertThat(project.cases().attributes()).isEmpty();
    }

    @Test
    void aValueThatDoesNotFitAnExistingAttributeChangesNothing() throws IOException {
        applySheet(csv("a.csv", "transcript,leeftijd\n01-marloes,47\n"));
        List<Case> before = project.cases().cases();
        ImportReport report = applySheet(csv("b.csv", "transcript,leeftijd,rol\n02-henk,71,oud-JIM\n01-marloes,onbekend,oud-JIM\n"));
        assertThat(report.refused()).singleElement().extracting(ImportReport.Refused::reason)
                .isEqualTo("participants sheet b.csv: the value \"onbekend\" in column \"leeftijd\" is not a number, as earlier values of this attribute are; nothing was changed");
        assertThat(project.cases().cases()).isEqualTo(before);
        assertThat(project.cases().attributes()).extracting(Attribute::name).containsExactly("leeftijd");
    }

    @Test
    void pairedRowsNeedACasusAndASpreker() throws IOException {
        ImportReport noCase = applySheet(csv("a.csv", "transcript,casus,spreker,rol\n04-duo,,Karin,oud-JIM\n"));
        ImportReport twice = applySheet(csv("b.csv", "transcript,rol\n04-duo,oud-JIM\n04-duo,ouder\n"));
        assertThat(noCase.refused().getFirst().reason()).contains("row 2 names speaker \"Karin\" but no casus");
        assertThat(twice.refused().getFirst().reason()).contains("several rows for transcript \"04-duo\"");
        assertThat(project.cases().attributes()).isEmpty();
    }

    @Test
    void rowsNamingNoKnownTranscriptAreNotedAndTheRestApplied() throws IOException {
        ImportReport report = applySheet(csv("a.csv", "transcript,casus,spreker,rol\n99-onbekend,,,x\n,,,y\n01-marloes,,,oud-JIM\n04-duo,04-karin,Karn,oud-JIM\n"));
        assertThat(report.refused()).isEmpty();
        assertThat(report.notes()).containsExactly(
                "participants sheet: no transcript named \"99-onbekend\"; row left out",
                "participants sheet: row 3 names no transcript; row left out",
                "participants sheet: speaker \"Karn\" does not occur in transcript \"04-duo\"; linked anyway");
        assertThat(caseNamed("01-marloes").attributes()).containsEntry("rol", "oud-JIM");
    }

    @Test
    void applyingTheSameSheetTwiceChangesNothingMore() throws IOException {
        Path sheet = csv("a.csv", "transcript,casus,spreker,leeftijd\n04-duo,04-karin,Karin,43\n04-duo,04-moeder,Moeder,42\n");
        applySheet(sheet);
        List<Case> once = project.cases().cases();
        applySheet(sheet);
        assertThat(project.cases().cases()).isEqualTo(once);
    }
}
