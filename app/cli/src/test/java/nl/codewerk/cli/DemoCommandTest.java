package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.demo.DemoProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    private static boolean contentPresent() {
        return DemoProject.available() && DemoCommandTest.class.getResource("/codewerk/codebook/jim-codebook.json") != null;
    }

    @Test
    void buildsTheDemoOrSaysTheContentIsMissing() {
        Path target = dir.resolve("demo.cwk");

        Cli.Result result = Cli.run("demo", target, "--json");

        if (contentPresent()) {
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Cli.keys(result.json())).containsExactly("file", "transcripts", "codings", "memos");
            assertThat(result.json().get("codings").asInt()).isPositive();
            assertThat(Cli.run("codings", target, "--json").json()).hasSize(result.json().get("codings").asInt());
        } else {
            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.errLines()).singleElement().asString().contains("demo content is missing");
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void neverOverwrites() throws Exception {
        Path existing = Cli.write(dir.resolve("demo.cwk"), "mine");

        Cli.Result result = Cli.run("demo", existing);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }
}
