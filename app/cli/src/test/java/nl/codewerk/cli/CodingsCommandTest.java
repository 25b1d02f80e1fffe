package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodingsCommandTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void codeSomeText() {
        project = Fixtures.importedProject(dir);
        int duo = Fixtures.DUO.indexOf("Ik ken haar");
        int single = Fixtures.SINGLE.indexOf("we bellen");
        Cli.run("code", project, "--transcript", "duo", "--start", duo, "--end", duo + 11, "--code", "proef.contact.wel", "--coder", "Lotte");
        Cli.run("code", project, "--transcript", "duo", "--start", duo, "--end", duo + 11, "--code", "Steun", "--coder", "Daan");
        Cli.run("code", project, "--transcript", "gesprek", "--start", single, "--end", single + 9, "--code", "proef.contact.wel",
                "--coder", "Daan");
    }

    @Test
    void listsEveryCodingWithItsText() {
        Cli.Result result = Cli.run("codings", project, "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode rows = result.json();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get("text").asText()).containsExactlyInAnyOrder("Ik ken haar", "Ik ken haar", "we bellen");
        JsonNode first = rows.get(0);
        assertThat(Cli.keys(first)).containsExactly("id", "transcript", "transcriptName", "start", "end", "code", "codePath", "coder",
                "text", "comment", "created");
        assertThat(first.get("comment").isNull()).isTrue();
        assertThat(java.time.Instant.parse(first.get("created").asText())).isNotNull();
    }

    @Test
    void filtersByCoderTranscriptAndCode() {
        assertThat(Cli.run("codings", project, "--coder", "Daan", "--json").json()).hasSize(2);
        assertThat(Cli.run("codings", project, "--transcript", "duo", "--json").json()).hasSize(2);
        assertThat(Cli.run("codings", project, "--code", "Contact/Wel contact", "--json").json()).hasSize(2);
        JsonNode one = Cli.run("codings", project, "--coder", "Daan", "--transcript", "gesprek", "--code", "Wel contact", "--json").json();
        assertThat(one).singleElement().satisfies(c -> assertThat(c.get("text").asText()).isEqualTo("we bellen"));
    }

    @Test
    void printsOneLinePerCoding() {
        Cli.Result result = Cli.run("codings", project, "--coder", "Lotte");

        assertThat(result.out().lines()).singleElement().asString().contains("duo").contains("Contact/Wel contact (Lotte): Ik ken haar");
    }

    @Test
    void anUnknownFilterIsRefused() {
        Cli.Result result = Cli.run("codings", project, "--code", "Nergens", "--json");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
    }
}
