package nl.codewerk.export.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.codewerk.export.ExportException;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.testsupport.CodedStudy;
import nl.codewerk.util.Progress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptDocxTest {

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

    private XWPFDocument export(String transcript, ExportFilter filter) throws Exception {
        Path file = dir.resolve("transcript.docx");
        new TranscriptDocx(snapshot, transcript, filter, Locale.ENGLISH).write(file, Progress.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void eachTurnSitsBesideItsCodes() throws Exception {
        try (XWPFDocument doc = export("01-tante-anja", ExportFilter.ALL)) {
            XWPFTable table = doc.getTables().getFirst();
            int turns = study.project.transcripts().turns(study.anja).size();
            // Header row, the header line of the interview, then one row per turn.
            assertThat(table.getNumberOfRows()).isEqualTo(1 + 1 + turns);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Interview met tante Anja, maart");
            XWPFTableRow tasks = row(table, "Vooral luisteren");
            assertThat(tasks.getCell(0).getText()).isEqualTo(
                    "R: 1,2Vooral luisteren en meegaan naar gesprekken op school. 3Soms belde ik de mentor als het weer misging met haar rooster.");
            assertThat(tasks.getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("1  Taken JIM · Lotte", "2  Taken JIM · Daan", "3  Taken JIM · Lotte");
            // Daan's coding from the question into the answer is listed again beside the answer.
            assertThat(row(table, "Ja, elke week wel").getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("4  Wel contact · Daan · continued", "5  Wel contact · Lotte");
            // Coded text is shaded; the speaker label is not.
            List<XWPFRun> runs = tasks.getCell(0).getParagraphs().getFirst().getRuns();
            assertThat(runs.getFirst().getStyle()).isEqualTo("Speaker");
            assertThat(runs.stream().filter(r -> r.text().startsWith("Vooral")).findFirst().orElseThrow().getCTR().getRPr().sizeOfShdArray()).isOne();
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("Case: 01-tante-anja (geslacht: vrouw, leeftijd: 52, nog contact: yes)");
        }
    }

    @Test
    void oneCoderOnlyAndBothCasesOfAPairedInterview() throws Exception {
        try (XWPFDocument doc = export("03-duo-ria-en-vader", ExportFilter.ALL.withCoder("Daan"))) {
            XWPFTable table = doc.getTables().getFirst();
            assertThat(row(table, "Sara noemt haar").getCell(1).getText()).isEqualTo("1  Wel contact");
            assertThat(row(table, "Ja hoor").getCell(1).getText()).isEmpty();
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Case: 03-ria (geslacht: vrouw, leeftijd: 44, nog contact: yes)", "Coder: Daan", "1 coding. Shaded text is coded; a number marks where a coding starts and refers to the code beside it.");
        }
        assertThatThrownBy(() -> export("99-onbekend", ExportFilter.ALL)).isInstanceOf(ExportException.class).hasMessageContaining("99-onbekend");
    }

    private static XWPFTableRow row(XWPFTable table, String text) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().contains(text)).findFirst().orElseThrow();
    }
}
