package nl.codewerk.export.cooccurrence;

import static nl.codewerk.testsupport.CodedStudy.NA_AFLOOP;
import static nl.codewerk.testsupport.CodedStudy.NEGATIEF;
import static nl.codewerk.testsupport.CodedStudy.POSITIEF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.codewerk.codebook.Code;
import nl.codewerk.export.ExportException;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.testsupport.CodedStudy;
import nl.codewerk.testsupport.IndependentCounts;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CooccurrenceCounterTest {

    @TempDir
    Path dir;

    CodedStudy study;
    ProjectSnapshot snapshot;
    IndependentCounts independent;

    @BeforeEach
    void setUp() {
        study = CodedStudy.create(dir);
        snapshot = ProjectSnapshot.load(study.project);
        independent = new IndependentCounts(study.project);
    }

    @AfterEach
    void tearDown() {
        study.close();
    }

    @Test
    void perTurnCountsTurnsWithBothCodes() {
        CooccurrenceMatrix matrix = new CooccurrenceCounter(snapshot).count(ExportFilter.ALL, CooccurrenceUnit.TURN, Progress.NONE);
        assertThat(matrix.codes()).hasSize(9);
        for (int i = 0; i < matrix.codes().size(); i++) {
            for (int j = 0; j < matrix.codes().size(); j++) {
                String a = matrix.codes().get(i).id();
                String b = matrix.codes().get(j).id();
                assertThat(matrix.count(i, j)).as(a + " x " + b).isEqualTo(turnsWithBoth(a, b)).isEqualTo(matrix.count(j, i));
            }
        }
        // Anja's and Kees's answers about looking back both carry "na afloop" with an experience code.
        assertThat(matrix.count(index(matrix, NA_AFLOOP), index(matrix, NEGATIEF))).isEqualTo(1);
        assertThat(matrix.count(index(matrix, POSITIEF), index(matrix, NEGATIEF))).isEqualTo(1);
    }

    @Test
    void perOverlapCountsSharedStretchesOfText() {
        CooccurrenceMatrix matrix = new CooccurrenceCounter(snapshot).count(ExportFilter.ALL, CooccurrenceUnit.OVERLAP, Progress.NONE);
        for (int i = 0; i < matrix.codes().size(); i++) {
            for (int j = 0; j < matrix.codes().size(); j++) {
                assertThat(matrix.count(i, j)).isEqualTo(sharedStretches(matrix.codes().get(i).id(), matrix.codes().get(j).id()));
            }
        }
        // "Leuk en soms lastig." coded positive and negative by Daan; no other overlap.
        assertThat(matrix.count(index(matrix, POSITIEF), index(matrix, NEGATIEF))).isEqualTo(1);
        assertThat(matrix.count(index(matrix, NA_AFLOOP), index(matrix, NEGATIEF))).isZero();
        // Two coders on the same passage make one stretch.
        assertThat(matrix.count(index(matrix, NA_AFLOOP), index(matrix, NA_AFLOOP))).isEqualTo(3);
    }

    @Test
    void oneCoderOnly() {
        CooccurrenceMatrix matrix = new CooccurrenceCounter(snapshot).count(ExportFilter.ALL.withCoder("Lotte"), CooccurrenceUnit.OVERLAP, Progress.NONE);
        assertThat(matrix.codes()).extracting(Code::id).contains(POSITIEF, NEGATIEF);
        assertThat(matrix.count(index(matrix, POSITIEF), index(matrix, NEGATIEF))).isZero();
    }

    @Test
    void writesAMatrixSheetWithSettings() throws Exception {
        CooccurrenceMatrix matrix = new CooccurrenceCounter(snapshot).count(ExportFilter.ALL, CooccurrenceUnit.TURN, Progress.NONE);
        Path file = dir.resolve("co.xlsx");
        CooccurrenceExport.write(matrix, file, Locale.ENGLISH, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Co-occurrence");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo(matrix.codes().getFirst().name());
            for (int i = 0; i < matrix.codes().size(); i++) {
                for (int j = 0; j < matrix.codes().size(); j++) {
                    assertThat(sheet.getRow(1 + i).getCell(1 + j).getNumericCellValue()).isEqualTo(matrix.count(i, j));
                }
            }
            assertThat(workbook.getSheet("Settings").getRow(8).getCell(1).getStringCellValue()).isEqualTo("turn");
        }
        assertThatThrownBy(() -> CooccurrenceUnit.parse("sentence")).isInstanceOf(ExportException.class);
    }

    private int index(CooccurrenceMatrix matrix, String codeId) {
        return matrix.codes().stream().map(Code::id).toList().indexOf(codeId);
    }

    private int turnsWithBoth(String a, String b) {
        int count = 0;
        for (var t : study.project.transcripts().list()) {
            for (Turn turn : study.project.transcripts().turns(t.id())) {
                Set<String> codes = new HashSet<>();
                for (IndependentCounts.Row r : independent.rows()) {
                    if (r.transcript() == t.id() && r.start() < turn.end() && r.end() > turn.start()) {
                        codes.add(r.code());
                    }
                }
                if (codes.contains(a) && codes.contains(b)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Runs of characters covered by both codes, found by marking characters. */
    private int sharedStretches(String a, String b) {
        int count = 0;
        for (var t : study.project.transcripts().list()) {
            int length = study.project.transcripts().get(t.id()).orElseThrow().text().length();
            boolean[] inA = marks(t.id(), a, length);
            boolean[] inB = marks(t.id(), b, length);
            for (int i = 0; i < length; i++) {
                if (inA[i] && inB[i] && (i == 0 || !(inA[i - 1] && inB[i - 1]))) {
                    count++;
                }
            }
        }
        return count;
    }

    private boolean[] marks(long transcript, String code, int length) {
        boolean[] marks = new boolean[length];
        List<IndependentCounts.Row> rows = independent.select(r -> r.transcript() == transcript && r.code().equals(code));
        for (IndependentCounts.Row r : rows) {
            for (int i = r.start(); i < r.end(); i++) {
                marks[i] = true;
            }
        }
        return marks;
    }
}
