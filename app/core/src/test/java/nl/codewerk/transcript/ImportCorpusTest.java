package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.codewerk.testsupport.Corpus;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports every file of the real-world corpus ({@code ../shared/corpus/import}) into a fresh
 * project and checks it against {@code expected.json}: snippets that must (not) be in the text
 * after collapsing whitespace, cue and speaker counts, and clean refusals of the bad files.
 */
class ImportCorpusTest {

    @TempDir
    Path dir;

    /** A user's clone has no ../shared: the test is then reported as skipped. */
    static boolean corpusPresent() {
        return Corpus.folder("import").isPresent();
    }

    static Stream<Arguments> files() throws IOException {
        Path corpus = Corpus.folder("import").orElseThrow();
        JsonNode expected = new ObjectMapper().readTree(corpus.resolve("expected.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode entry : expected.get("files")) {
            out.add(Arguments.of(entry.get("file").asText(), corpus.resolve(entry.get("file").asText()), entry));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    @EnabledIf("corpusPresent")
    void importsAsExpected(String name, Path file, JsonNode expected) {
        try (Project project = TempProjects.empty(dir)) {
            ImportReport report = project.importer().importFiles(List.of(file), ImportOptions.DEFAULT, Progress.NONE);
            boolean recovered = expected.path("recoverable").asBoolean(false) && !report.imported().isEmpty();
            if (expected.get("should_import").asBoolean() || recovered) {
                assertThat(report.refused()).as("refusals").isEmpty();
                assertThat(report.imported()).hasSize(1);
                Transcript t = project.transcripts().get(report.imported().getFirst().id()).orElseThrow();
                checkText(t, expected, recovered);
                checkTurns(t, expected.path("turns"));
                checkTurnsInsideText(t);
            } else {
                assertThat(report.imported()).as("imported").isEmpty();
                assertThat(report.refused()).hasSize(1);
                String reason = report.refused().getFirst().reason();
                assertThat(reason).as("one clear line").isNotBlank().doesNotContain("\n").doesNotContain("Exception").doesNotContain("import.");
                assertThat(project.transcripts().count()).isZero();
            }
        }
    }

    private static void checkText(Transcript t, JsonNode expected, boolean recovered) {
        String text = collapse(t.text());
        JsonNode must = recovered ? expected.get("must_contain_if_recovered") : expected.get("must_contain");
        for (JsonNode snippet : must) {
            assertThat(text).as("must contain").contains(collapse(snippet.asText()));
        }
        for (JsonNode snippet : expected.get("must_not_contain")) {
            String s = snippet.asText();
            assertThat(t.text()).as("must not contain").doesNotContain(s);
            if (!collapse(s).isEmpty()) {
                assertThat(text).as("must not contain").doesNotContain(collapse(s));
            }
        }
        assertThat(t.text()).doesNotContain("\uFFFD").doesNotContain("\r").doesNotContain("\u0000");
    }

    private static void checkTurns(Transcript t, JsonNode turns) {
        if (turns.isMissingNode()) {
            return;
        }
        Set<String> speakers = new LinkedHashSet<>();
        t.turns().stream().map(Turn::speaker).filter(Objects::nonNull).forEach(speakers::add);
        Set<String> expectedSpeakers = new LinkedHashSet<>();
        turns.path("speakers").forEach(s -> expectedSpeakers.add(s.asText()));
        assertThat(speakers).as("speakers").containsExactlyInAnyOrderElementsOf(expectedSpeakers);
        if (turns.has("cues")) {
            assertThat(t.turns()).as("one turn per cue").hasSize(turns.get("cues").asInt());
            t.turns().forEach(turn -> assertThat(turn.timestamp()).isNotNull());
        }
        if (turns.has("voice_cues")) {
            assertThat(t.turns().stream().filter(turn -> turn.speaker() != null)).hasSize(turns.get("voice_cues").asInt());
        }
        if (turns.has("count")) {
            assertThat(t.turns().stream().filter(turn -> turn.speaker() != null)).as("labelled turns").hasSize(turns.get("count").asInt());
        }
    }

    /** Offsets are UTF-16 indices into the stored text; a turn never covers its own label. */
    private static void checkTurnsInsideText(Transcript t) {
        int previousEnd = 0;
        for (Turn turn : t.turns()) {
            assertThat(turn.labelStart()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(turn.end()).isLessThanOrEqualTo(t.text().length());
            assertThat(t.turnText(turn)).isNotBlank().isEqualTo(t.turnText(turn).strip());
            if (turn.speaker() != null && turn.start() > turn.labelStart()) {
                assertThat(t.text().substring(turn.labelStart(), turn.start())).doesNotContain("\n\n");
            }
            previousEnd = turn.end();
        }
    }

    /** The corpus's matching rule: every run of whitespace (incl. NBSP) becomes one space. */
    static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
