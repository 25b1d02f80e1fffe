package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsAnEmptyProject() {
        Path project = dir.resolve("leeg.cwk");

        Cli.Result result = Cli.run("new", project, "--codebook", "empty", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(Cli.keys(json)).containsExactly("file", "name", "codes");
        assertThat(json.get("file").asText()).isEqualTo(project.toAbsolutePath().toString());
        assertThat(json.get("name").asText()).isEqualTo("leeg");
        assertThat(json.get("codes").asInt()).isZero();
        assertThat(project).exists();
    }

    @Test
    void startsFromACodebookFile() {
        Cli.Result result = Cli.run("new", dir.resolve("p.cwk"), "--codebook", Cli.testCodebook(dir));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("4 codes");
    }

    @Test
    void copiesTheCodebookOfAnotherProject() {
        Path first = Cli.projectWithTestCodebook(dir);
        Cli.run("codebook", first, "add", "Eigen code", "--parent", "Contact");

        Cli.Result result = Cli.run("new", dir.resolve("kopie.cwk"), "--codebook", first, "--json");
        Cli.Result tree = Cli.run("codebook", dir.resolve("kopie.cwk"), "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.json().get("codes").asInt()).isEqualTo(5);
        assertThat(tree.json().get(0).get("children")).extracting(c -> c.get("id").asText())
                .containsExactly("proef.contact.wel", "proef.contact.geen", "user.eigen-code");
        assertThat(tree.json().get(1).get("relations").get(0).get("to").asText()).isEqualTo("proef.contact.wel");
    }

    @Test
    void neverOverwrites() throws Exception {
        Path existing = Cli.write(dir.resolve("p.cwk"), "mine");

        Cli.Result result = Cli.run("new", existing, "--codebook", "empty");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("p.cwk").contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    @Test
    void anUnknownCodebookIsRefusedAndNothingIsCreated() {
        Cli.Result result = Cli.run("new", dir.resolve("p.cwk"), "--codebook", "jimm");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("jimm");
        assertThat(dir.resolve("p.cwk")).doesNotExist();
    }

    @Test
    void theDefaultIsTheBundledJimCodebook() {
        assumeTrue(getClass().getResource("/codewerk/codebook/jim-codebook.json") != null, "JIM codebook not in this build yet");

        Cli.Result result = Cli.run("new", dir.resolve("jim.cwk"), "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.json().get("codes").asInt()).isGreaterThan(10);
    }
}
