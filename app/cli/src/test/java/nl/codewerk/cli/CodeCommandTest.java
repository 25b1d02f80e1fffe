package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {

    @TempDir
    Path dir;

    private Path project;

    private Cli.Result code(Object... more) {
        Object[] args = new Object[6 + more.length];
        args[0] = "code";
        args[1] = project;
        args[2] = "--transcript";
        args[3] = "duo";
        args[4] = "--coder";
        args[5] = "Lotte";
        System.arraycopy(more, 0, args, 6, more.length);
        return Cli.run(args);
    }

    @Test
    void codesByNamePathAndPrintsTheCodingAsCodingsDoes() {
        project = Fixtures.importedProject(dir);
        int start = Fixtures.DUO.indexOf("Zij helpt");

        Cli.Result result = code("--start", start, "--end", start + 9, "--code", "Contact/Wel contact", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode coding = result.json();
        assertThat(Cli.keys(coding)).containsExactly("id", "transcript", "transcriptName", "start", "end", "code", "codePath", "coder",
                "text", "comment", "created");
        assertThat(coding.get("text").asText()).isEqualTo("Zij helpt");
        assertThat(coding.get("code").asText()).isEqualTo("proef.contact.wel");
        assertThat(coding.get("codePath")).extracting(JsonNode::asText).containsExactly("Contact", "Wel contact");
        assertThat(coding.get("coder").asText()).isEqualTo("Lotte");
        assertThat(coding.get("transcriptName").asText()).isEqualTo("duo");
        assertThat(Cli.run("codings", project, "--json").json().get(0)).isEqualTo(coding);
    }

    @Test
    void codesByIdAndPrintsALine() {
        project = Fixtures.importedProject(dir);

        int start = Fixtures.DUO.indexOf("Vertel");

        Cli.Result result = code("--start", start, "--end", start + 6, "--code", "proef.steun");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("Coded #1 duo " + start + "-" + (start + 6) + " Steun (Lotte): Vertel");
    }

    @Test
    void aSpanOutsideTheTextIsRefused() {
        project = Fixtures.importedProject(dir);

        Cli.Result result = code("--start", 10, "--end", 500, "--code", "Steun");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("10-500 ");
        assertThat(Cli.run("codings", project, "--json").json()).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefused() {
        project = Fixtures.importedProject(dir);

        Cli.Result result = code("--start", 0, "--end", 6, "--code", "Contact/Misschien");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().isEqualTo("No code \"Contact/Misschien\" in this project.");
    }

    @Test
    void missingOffsetsAreAUsageError() {
        project = Fixtures.importedProject(dir);

        Cli.Result result = code("--code", "Steun");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("--start");
    }

    @Test
    void escapedSlashesNameCodesWithASlash() {
        project = Fixtures.importedProject(dir);
        Cli.run("codebook", project, "add", "Prioriteit/houding", "--parent", "Contact");

        Cli.Result result = code("--start", 0, "--end", 6, "--code", "Contact/Prioriteit\\/houding", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.json().get("codePath").get(1).asText()).isEqualTo("Prioriteit/houding");
    }
}
