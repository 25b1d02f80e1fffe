package nl.codewerk.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.coding.Coding;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditCommandTest {

    @TempDir
    Path dir;

    Path file;
    long transcript;
    Coding coded;

    @BeforeEach
    void project() {
        file = dir.resolve("test.cwk");
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            transcript = TempProjects.addTranscript(project, "gesprek", "Hoe was het in Utrect?", "Fijn. Echt fijn.");
            String text = project.transcripts().get(transcript).orElseThrow().text();
            String pos = project.codebook().codebook().resolve("Ervaring/Positief").orElseThrow().id();
            coded = project.codings().apply(transcript, text.indexOf("Echt"), text.indexOf("Echt") + 10, pos, "Lotte");
        }
    }

    private String text() {
        try (Project project = Project.openReadOnly(file)) {
            return project.transcripts().get(transcript).orElseThrow().text();
        }
    }

    @Test
    void fixesATypoAndSaysWhatMoved() {
        int at = text().indexOf("Utrect");
        CommandRun run = CommandRun.of(new EditCommand(), file.toString(), "gesprek", "--start", String.valueOf(at), "--end", String.valueOf(at + 6),
                "--text", "Utrecht");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Edited \"gesprek\"", "replaced by 7 characters (+1)", "Codings: 1 moved, 0 resized, 0 removed");
        assertThat(text()).contains("in Utrecht?");
        try (Project project = Project.openReadOnly(file)) {
            Coding moved = project.codings().get(coded.id()).orElseThrow();
            assertThat(text().substring(moved.start(), moved.end())).isEqualTo("Echt fijn.");
            assertThat(project.undoLog().nextUndo().orElseThrow().label()).isEqualTo("edit text of gesprek");
        }
    }

    @Test
    void jsonListsACodingWhoseWordsAreGone() throws Exception {
        int at = text().indexOf(" Echt fijn.");
        CommandRun run = CommandRun.of(new EditCommand(), file.toString(), String.valueOf(transcript), "--start", String.valueOf(at), "--end",
                String.valueOf(at + 11), "--text", "", "--json");
        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("transcript").get("name").asText()).isEqualTo("gesprek");
        assertThat(json.get("delta").asInt()).isEqualTo(-11);
        assertThat(json.get("newEnd").asInt()).isEqualTo(at);
        JsonNode removed = json.get("codingsRemoved");
        assertThat(removed).hasSize(1);
        assertThat(removed.get(0).get("id").asLong()).isEqualTo(coded.id());
        assertThat(removed.get(0).get("text").asText()).isEqualTo("Echt fijn.");
        assertThat(removed.get(0).get("codeName").asText()).isEqualTo("Positief");
        assertThat(removed.get(0).get("memo").asLong()).isPositive();
        assertThat(json.has("turnsChanged")).isTrue();
    }

    @Test
    void refusalsAreOneLineAndExitTwo() {
        CommandRun outside = CommandRun.of(new EditCommand(), file.toString(), "gesprek", "--start", "0", "--end", "999", "--text", "x");
        assertThat(outside.exit()).isEqualTo(2);
        assertThat(outside.err().strip()).doesNotContain("\n").contains("outside the text");
        assertThat(outside.noStackTrace()).isTrue();

        CommandRun unknown = CommandRun.of(new EditCommand(), file.toString(), "nope", "--start", "0", "--end", "1", "--text", "x");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("No transcript \"nope\"");

        CommandRun missing = CommandRun.of(new EditCommand(), dir.resolve("missing.cwk").toString(), "gesprek", "--start", "0", "--end", "1", "--text", "x");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.noStackTrace()).isTrue();

        CommandRun usage = CommandRun.of(new EditCommand(), file.toString(), "gesprek", "--start", "0", "--text", "x");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("--end");

        try (Project open = Project.open(file)) {
            CommandRun locked = CommandRun.of(new EditCommand(), file.toString(), "gesprek", "--start", "0", "--end", "1", "--text", "x");
            assertThat(locked.exit()).isEqualTo(2);
            assertThat(locked.err()).contains("open in another Codewerk");
        }
        assertThat(text()).startsWith("I: Hoe was het in Utrect?");
    }
}
