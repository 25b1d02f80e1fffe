package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.codewerk.codebook.CodebookFile;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/agreement.md: the demo's two coders, Lotte and Daan, on the four
 * interviews both coded (01-04), at turn level. The project is built as the demo builds it (JIM
 * codebook, the sample transcripts, the quotes of demo-coding.json placed at their first
 * occurrence inside one turn), limited to the interviews both coded, which are the only ones
 * compared. The expected counts were found by hand: 291 turns (the non-blank lines of the four
 * files, title lines included); each quote lies in one turn.
 */
class DemoAgreementTest {

    static final List<String> DOUBLE_CODED = List.of("01-oud-jim-tante-marloes", "02-oud-jim-buurman-henk", "03-jongere-sem",
            "04-duo-jim-en-moeder");

    @TempDir
    static Path dir;
    static AgreementResult turns;

    @BeforeAll
    static void codeTheDemo() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : DOUBLE_CODED) {
            Path file = dir.resolve(name + ".txt");
            try (InputStream in = DemoAgreementTest.class.getResourceAsStream("/codewerk/sample-transcripts/" + name + ".txt")) {
                Files.copy(in, file);
            }
            files.add(file);
        }
        JsonNode script;
        try (InputStream in = DemoAgreementTest.class.getResourceAsStream("/codewerk/sample-transcripts/demo-coding.json")) {
            script = new ObjectMapper().readTree(in);
        }
        try (Project project = Project.create(dir.resolve("demo.cwk"), CodebookFile.bundled("jim"))) {
            ImportReport report = project.importer().importFiles(files, ImportOptions.DEFAULT, Progress.NONE);
            assertThat(report.imported()).hasSize(4);
            for (JsonNode coding : script.get("codings")) {
                String transcript = coding.get("transcript").asText();
                if (!Set.copyOf(DOUBLE_CODED).contains(transcript)) {
                    continue;
                }
                Transcript t = project.transcripts().find(transcript).orElseThrow();
                int[] span = locate(t, coding.get("quote").asText());
                project.codings().apply(t.id(), span[0], span[1], coding.get("code").asText(), coding.get("coder").asText());
            }
            turns = new AgreementAnalysis(project).run(new AgreementAnalysis.Request(List.of("Lotte", "Daan"),
                    UnitOfComparison.parse("turn"), List.of(), List.of()), Progress.NONE);
        }
    }

    /** As the demo places a quote: its first occurrence that lies wholly inside one turn. */
    static int[] locate(Transcript t, String quote) {
        for (Turn turn : t.turns()) {
            int at = t.text().indexOf(quote, turn.start());
            if (at >= 0 && at + quote.length() <= turn.end()) {
                return new int[] {at, at + quote.length()};
            }
        }
        throw new AssertionError("quote not found in " + t.name() + ": " + quote);
    }

    static double value(AgreementRow row, AgreementMeasure measure) {
        return row.value(measure).asOptional().orElseThrow();
    }

    @Test
    void theComparedTranscriptsAndCodes() {
        assertThat(turns.transcripts()).extracting(AgreementResult.ComparedTranscript::name).containsExactlyElementsOf(DOUBLE_CODED);
        assertThat(turns.codes()).hasSize(36);
        assertThat(turns.codes()).allSatisfy(row -> assertThat(row.counts().units()).isEqualTo(291));
    }

    // Wel contact: Lotte and Daan both coded turn 53 of 01 and turn 23 of 03 (Daan twice in that turn).
    @Test
    void welContactIsFullAgreement() {
        AgreementRow row = turns.row("jim.duurzaamheid.wel-contact");
        assertThat(row.codePath()).isEqualTo("Duurzaamheid van de relatie/Wel contact");
        assertThat(List.of(row.counts().both(), row.counts().onlyA(), row.counts().onlyB(), row.counts().neither()))
                .containsExactly(2L, 0L, 0L, 289L);
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertThat(value(row, measure)).as(measure.id()).isCloseTo(1.0, within(1e-12));
        }
    }

    // Verandering (relatie gezin): both 4 turns, only Daan 2, neither 285 of 291; the fractions below are worked out in the doc.
    @Test
    void relatieGezinVeranderingByHand() {
        AgreementRow row = turns.row("jim.kwaliteit.relatie-gezin.verandering");
        assertThat(List.of(row.counts().both(), row.counts().onlyA(), row.counts().onlyB(), row.counts().neither()))
                .containsExactly(4L, 0L, 2L, 285L);
        assertThat(value(row, AgreementMeasure.PERCENT)).isCloseTo(289.0 / 291, within(1e-12));
        assertThat(value(row, AgreementMeasure.COHEN)).isCloseTo(2280.0 / 2862, within(1e-12));
        assertThat(value(row, AgreementMeasure.SCOTT)).isCloseTo(4556.0 / 5720, within(1e-12));
        assertThat(value(row, AgreementMeasure.FLEISS)).isCloseTo(4556.0 / 5720, within(1e-12));
        assertThat(value(row, AgreementMeasure.ALPHA)).isCloseTo(1 - 581.0 / 2860, within(1e-12));
        assertThat(value(row, AgreementMeasure.BP)).isCloseTo(287.0 / 291, within(1e-12));
        assertThat(value(row, AgreementMeasure.AC1)).isCloseTo(81239.0 / 81821, within(1e-12));
        assertThat(row.interval(AgreementMeasure.COHEN)).hasValueSatisfying(ci ->
                assertThat(ci.lower()).isLessThan(2280.0 / 2862).isGreaterThan(0.3));
    }

    // Pooled over the 36 codes: the four counts summed, 36 x 291 = 10,476 units.
    @Test
    void pooledByHand() {
        AgreementRow pooled = turns.pooled();
        assertThat(pooled.codes()).isEqualTo(36);
        assertThat(List.of(pooled.counts().both(), pooled.counts().onlyA(), pooled.counts().onlyB(), pooled.counts().neither()))
                .containsExactly(71L, 10L, 10L, 10385L);
        assertThat(value(pooled, AgreementMeasure.PERCENT)).isCloseTo(10456.0 / 10476, within(1e-12));
        assertThat(value(pooled, AgreementMeasure.COHEN)).isCloseTo(737235.0 / 841995, within(1e-12));
        assertThat(turns.disagreements()).hasSize(20);
    }
}
