package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {

    @TempDir
    Path dir;

    @Test
    void countsWhatTheProjectHolds() {
        Path project = Fixtures.importedProject(dir);
        Cli.run("code", project, "--transcript", "gesprek", "--start", "0", "--end", "4", "--code", "Steun", "--coder", "Lotte");
        Cli.run("memo", project, "add", "--on", "project", "--text", "Eerste indruk.");

        Cli.Result result = Cli.run("info", project, "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(Cli.keys(json)).containsExactly("name", "file", "schemaVersion", "created", "counts", "coders");
        assertThat(json.get("name").asText()).isEqualTo("p");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(nl.codewerk.project.ProjectFile.currentSchemaVersion());
        JsonNode counts = json.get("counts");
        assertThat(Cli.keys(counts)).containsExactly("transcripts", "turns", "cases", "codes", "codings", "coders", "memos");
        assertThat(counts.get("transcripts").asInt()).isEqualTo(2);
        assertThat(counts.get("turns").asInt()).isEqualTo(6);
        assertThat(counts.get("cases").asInt()).isEqualTo(3);
        assertThat(counts.get("codes").asInt()).isEqualTo(4);
        assertThat(counts.get("codings").asInt()).isEqualTo(1);
        assertThat(counts.get("coders").asInt()).isEqualTo(1);
        assertThat(counts.get("memos").asInt()).isEqualTo(1);
        assertThat(json.get("coders")).extracting(JsonNode::asText).containsExactly("Lotte");
    }

    @Test
    void printsReadableText() {
        Path project = Cli.projectWithTestCodebook(dir);

        Cli.Result result = Cli.run("info", project);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Project:", "p.cwk", "Codes:       4", "Coders:      -");
    }

    @Test
    void readsAProjectThatIsOpenForWritingElsewhere() {
        Path project = Cli.projectWithTestCodebook(dir);
        try (var open = nl.codewerk.workspace.Project.open(project)) {
            open.codebook().add(nl.codewerk.codebook.CodebookService.NewCode.named("Nieuw", null), "test");

            Cli.Result result = Cli.run("info", project, "--json");

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.json().get("counts").get("codes").asInt()).isEqualTo(5);
        }
    }
}
