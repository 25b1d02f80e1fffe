package nl.codewerk.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.project.Backups;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiseCommandTest {

    @TempDir
    Path dir;

    Path file;
    Path map;

    @BeforeEach
    void project() throws Exception {
        file = dir.resolve("test.cwk");
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            TempProjects.addTranscript(project, "gesprek Sanne", "Woon je in Utrecht, Sanne?", "Ja, SANNE woont in Utrecht.");
            TempProjects.addTranscript(project, "gesprek Bas", "En Bas?", "Bas niet.");
        }
        map = Files.writeString(dir.resolve("map.csv"), "original,replacement\nSanne,[jongere]\nUtrecht,[woonplaats]\n");
    }

    private String allText() {
        try (Project project = Project.openReadOnly(file)) {
            StringBuilder all = new StringBuilder();
            for (TranscriptSummary t : project.transcripts().list()) {
                all.append(t.name()).append('\n').append(project.transcripts().get(t.id()).orElseThrow().text()).append('\n');
            }
            return all.toString();
        }
    }

    @Test
    void previewShowsEveryPlaceAndChangesNothing() {
        String before = allText();
        CommandRun run = CommandRun.of(new PseudonymiseCommand(), file.toString(), "--map", map.toString(), "--preview");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Preview for the whole project: 6 replacements from 2 pseudonyms", "gesprek Sanne: 4 in the text, 6 in all", "file names: 1",
                "in Utrecht, [Sanne → [jongere]]?", "[SANNE → [jongere]] woont", "undo history");
        assertThat(run.out()).doesNotContain("gesprek Bas:");
        assertThat(allText()).isEqualTo(before);
    }

    @Test
    void previewAsJson() throws Exception {
        CommandRun run = CommandRun.of(new PseudonymiseCommand(), file.toString(), "--map", map.toString(), "--preview", "--json", "--transcript", "gesprek Sanne");
        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("preview").asBoolean()).isTrue();
        assertThat(json.get("scope").get("transcript").get("name").asText()).isEqualTo("gesprek Sanne");
        assertThat(json.get("total").asInt()).isEqualTo(6);
        assertThat(json.get("pseudonyms").get(0).get("count").asInt()).as("text twice, name, file name").isEqualTo(4);
        assertThat(json.get("transcripts")).hasSize(1);
        assertThat(json.get("counts").get("text").asInt()).isEqualTo(4);
        assertThat(json.get("places").get(0).get("found").asText()).isEqualTo("Utrecht");
    }

    @Test
    void applyReplacesEverywhereAndNamesNoOriginal() throws Exception {
        CommandRun run = CommandRun.of(new PseudonymiseCommand(), file.toString(), "--map", map.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Pseudonymised the whole project: 6 replacements in 1 transcripts", "gesprek [jongere]",
                "Backup of the state before", "undo history is empty");
        assertThat(run.out()).doesNotContain("Sanne", "SANNE", "Utrecht");
        assertThat(allText()).doesNotContain("Sanne", "SANNE", "Utrecht").contains("[woonplaats], [jongere]?", "Bas niet.");
        assertThat(Backups.list(file)).singleElement().satisfies(b -> assertThat(b.reason()).isEqualTo("before-pseudonymise"));

        CommandRun json = CommandRun.of(new PseudonymiseCommand(), file.toString(), "--map", map.toString(), "--json");
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.get("total").asInt()).isZero();
        assertThat(result.get("undoHistoryCleared").asBoolean()).isTrue();
        assertThat(result.get("backup").asText()).contains("before-pseudonymise");
        assertThat(result.get("savedPseudonyms").asInt()).isEqualTo(2);
    }

    @Test
    void refusedRowsAreReportedAndTheRestIsDone() throws Exception {
        Path partly = Files.writeString(dir.resolve("partly.csv"), "Sanne;[jongere]\nBas;\n");
        CommandRun run = CommandRun.of(new PseudonymiseCommand(), file.toString(), "--map", partly.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip().lines()).singleElement().satisfies(l -> assertThat(l).contains("partly.csv line 2", "\"Bas\"", "empty"));
        assertThat(allText()).doesNotContain("Sanne").contains("Bas");
    }

    @Test
    void unusableInputExitsTwo() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "original,replacement\n");
        CommandRun run = CommandRun.of(new PseudonymiseCommand(), file.toString(), "--map", empty.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("empty");
        CommandRun unknown = CommandRun.of(new PseudonymiseCommand(), file.toString(), "--map", map.toString(), "--transcript", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        CommandRun missingMap = CommandRun.of(new PseudonymiseCommand(), file.toString(), "--map", dir.resolve("none.csv").toString());
        assertThat(missingMap.exit()).isEqualTo(2);
        assertThat(missingMap.noStackTrace()).isTrue();
        assertThat(Backups.list(file)).isEmpty();
    }
}
