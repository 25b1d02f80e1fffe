package nl.codewerk.cli.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.testsupport.CodedTranscripts;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round trip on the command line: package for a coder, the coder codes, merge back twice. */
class MergeCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] TURNS = {"Hoe begon het?", "Mijn tante belde. Ze vroeg of ik wilde helpen."};

    @TempDir
    Path dir;
    Path supervisor;
    String positief;

    @BeforeEach
    void supervisorProject() throws Exception {
        Files.createDirectories(dir.resolve("sup"));
        try (Project project = TempProjects.withSmallCodebook(dir.resolve("sup"))) {
            CodedTranscripts.add(project, "interview", TURNS);
            positief = project.codebook().codebook().require("Ervaring/Positief").id();
            supervisor = project.file();
        }
    }

    Path packageFor(String name) {
        Path file = dir.resolve(name + ".cwk");
        CommandRun run = CommandRun.of(new PackageCommand(), supervisor.toString(), file.toString(), "--no-codings", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        return file;
    }

    @Test
    void secondMergeAddsNothing() throws Exception {
        Path bram = packageFor("bram");
        try (Project project = Project.open(bram)) {
            long t = project.transcripts().find("interview").orElseThrow().id();
            CodedTranscripts.code(project, t, "Mijn tante belde.", positief, "Bram");
            CodedTranscripts.code(project, t, "begon", positief, "Bram");
        }
        CommandRun first = CommandRun.of(new MergeCommand(), supervisor.toString(), bram.toString(), "--json");
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode json = JSON.readTree(first.out());
        assertThat(json.get("added").asInt()).isEqualTo(2);
        assertThat(json.get("skipped").asInt()).isZero();
        assertThat(json.get("conflicts").size()).isZero();
        CommandRun second = CommandRun.of(new MergeCommand(), supervisor.toString(), bram.toString(), "--json");
        assertThat(second.exit()).isZero();
        assertThat(JSON.readTree(second.out()).get("added").asInt()).isZero();
        assertThat(JSON.readTree(second.out()).get("skipped").asInt()).isEqualTo(2);
        try (Project project = Project.openReadOnly(supervisor)) {
            assertThat(project.codings().coders()).containsExactly("Bram");
        }
    }

    @Test
    void conflictsAreListedAndExitOne() throws Exception {
        Path bram = packageFor("bram");
        try (Project project = Project.open(bram)) {
            long t = CodedTranscripts.add(project, "eigen", "Een vraag?", "Een eigen antwoord.");
            CodedTranscripts.code(project, t, "Een eigen antwoord.", positief, "Bram");
        }
        CommandRun run = CommandRun.of(new MergeCommand(), supervisor.toString(), bram.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode conflict = JSON.readTree(run.out()).get("conflicts").get(0);
        assertThat(conflict.get("kind").asText()).isEqualTo("transcript-missing");
        assertThat(conflict.get("subject").asText()).isEqualTo("eigen");
        assertThat(conflict.get("codings").asInt()).isEqualTo(1);
        assertThat(conflict.get("message").asText()).contains("eigen");
    }

    @Test
    void unusableInputIsExitTwo() {
        CommandRun missing = CommandRun.of(new MergeCommand(), supervisor.toString(), dir.resolve("none.cwk").toString(), "--json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("none.cwk").doesNotContain("\n");
        CommandRun self = CommandRun.of(new MergeCommand(), supervisor.toString(), supervisor.toString());
        assertThat(self.exit()).isEqualTo(2);
    }
}
