package nl.codewerk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.export.words.WordListExport;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListTest {

    @TempDir
    Path dir;

    Project project;
    long one;
    long two;

    @BeforeEach
    void setUp() {
        project = TempProjects.withSmallCodebook(dir);
        one = TempProjects.addTranscript(project, "Gesprek 1", SearchFixtures.GESPREK_1);
        two = TempProjects.addTranscript(project, "Gesprek 2", SearchFixtures.GESPREK_2);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private WordList words(WordListRequest request) {
        return project.search().wordFrequencies(request, Progress.NONE);
    }

    @Test
    void aTranscriptCountedByHand() {
        // "En je mentor?" "Mijn mentor is top." -- en, je, mijn, is are stop words.
        WordList without = words(WordListRequest.PROJECT.withTranscript(two));
        assertThat(without.totalWords()).isEqualTo(3);
        assertThat(without.words()).extracting(WordCount::word, WordCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mentor", 2), org.assertj.core.groups.Tuple.tuple("top", 1));
        WordList with = words(WordListRequest.PROJECT.withTranscript(two).withStopWords(true));
        assertThat(with.totalWords()).isEqualTo(7);
        assertThat(with.distinctWords()).isEqualTo(6);
        assertThat(with.words().getFirst().share()).isEqualTo(2.0 / 7);
    }

    @Test
    void perSpeakerAndForTheWholeProject() {
        // Interviewer turns: "Hoe ging het gesprek met je mentor?", "Wat deed je JIM-moeder precies?", "En je mentor?"
        WordList interviewer = words(WordListRequest.PROJECT.withSpeaker("i"));
        assertThat(interviewer.words()).extracting(WordCount::word, WordCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mentor", 2),
                org.assertj.core.groups.Tuple.tuple("deed", 1), org.assertj.core.groups.Tuple.tuple("gesprek", 1),
                org.assertj.core.groups.Tuple.tuple("ging", 1), org.assertj.core.groups.Tuple.tuple("jim", 1),
                org.assertj.core.groups.Tuple.tuple("moeder", 1), org.assertj.core.groups.Tuple.tuple("precies", 1));
        WordList project = words(WordListRequest.PROJECT.withTop(2));
        // "Mentoren" is another word than "mentor" here: word lists count forms, not stems.
        assertThat(project.words()).extracting(WordCount::word).containsExactly("mentor", "gesprek");
        assertThat(project.words().getFirst().count()).isEqualTo(5);
        assertThat(project.words().getFirst().transcripts()).isEqualTo(2);
    }

    @Test
    void formsWithAndWithoutDiacriticsCountAsOneWord() {
        long id = TempProjects.addTranscript(project, "Tweemaal", "Geïnterviewd, geinterviewd en nog eens geïnterviewd.");
        WordList list = words(WordListRequest.PROJECT.withTranscript(id));
        assertThat(list.words().getFirst()).isEqualTo(new WordCount("geïnterviewd", 3, 1, 3.0 / 3));
    }

    @Test
    void exportsToCsvAndXlsx() throws Exception {
        WordList list = words(WordListRequest.PROJECT.withTranscript(two));
        Path csv = dir.resolve("woorden.csv");
        WordListExport.writeCsv(list, csv, ';', true);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).startsWith("\uFEFFword;count;transcripts;share (%)\r\nmentor;2;1;66,67\r\ntop;1;1;33,33\r\n");

        Path xlsx = dir.resolve("woorden.xlsx");
        WordListExport.write(list, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("mentor");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("top");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void anExportThatCannotBeWrittenLeavesTheOldFileAsItWasAndNothingBeside() throws Exception {
        WordList list = words(WordListRequest.PROJECT.withTranscript(two));
        Path csv = dir.resolve("woorden.csv");
        Files.writeString(csv, "oud");
        // Excel leaves this lock file beside a workbook it has open.
        Files.writeString(dir.resolve("~$woorden.csv"), "");
        assertThatThrownBy(() -> WordListExport.write(list, csv)).isInstanceOf(nl.codewerk.i18n.LocalizedException.class);
        assertThat(Files.readString(csv)).isEqualTo("oud");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).isEmpty();
        }
    }
}
