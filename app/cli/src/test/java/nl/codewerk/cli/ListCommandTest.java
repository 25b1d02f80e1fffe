package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import nl.codewerk.testsupport.TempProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTranscriptsWithTypedCaseAttributes() {
        Path project = Fixtures.importedProject(dir);

        Cli.Result result = Cli.run("list", project, "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode rows = result.json();
        assertThat(rows).extracting(r -> r.get("name").asText()).containsExactly("duo", "gesprek");
        JsonNode duo = rows.get(0);
        assertThat(Cli.keys(duo)).containsExactly("id", "name", "file", "format", "words", "turns", "speakers", "case");
        assertThat(duo.get("words").asInt()).isEqualTo(nl.codewerk.util.Words.count(Fixtures.DUO));
        assertThat(duo.get("turns").asInt()).isEqualTo(3);
        assertThat(duo.get("speakers")).extracting(JsonNode::asText).containsExactly("I", "JIM", "Moeder");
        JsonNode c = duo.get("case");
        assertThat(Cli.keys(c)).containsExactly("id", "name", "attributes");
        assertThat(c.get("name").asText()).isEqualTo("duo-jim");
        assertThat(c.get("attributes").get("leeftijd").isNumber()).isTrue();
        assertThat(c.get("attributes").get("leeftijd").asDouble()).isEqualTo(45.0);
        assertThat(c.get("attributes").get("nog contact").isBoolean()).isTrue();
        assertThat(c.get("attributes").get("nog contact").asBoolean()).isTrue();
        JsonNode gesprek = rows.get(1);
        assertThat(gesprek.get("speakers")).extracting(JsonNode::asText).containsExactly("I", "R");
    }

    @Test
    void aTranscriptWithoutCaseHasNull() {
        try (var project = TempProjects.empty(dir)) {
            TempProjects.addTranscript(project, "los", "Vraag?", "Antwoord.");
        }

        Cli.Result result = Cli.run("list", dir.resolve("test.cwk"), "--json");
        assertThat(result.exit()).as(result.err()).isZero();

        assertThat(result.json().get(0).get("case").isNull()).isTrue();
    }

    @Test
    void printsOneLinePerTranscript() {
        Path project = Fixtures.importedProject(dir);

        Cli.Result result = Cli.run("list", project);

        assertThat(result.out().lines()).hasSize(2).anyMatch(l -> l.contains("duo") && l.contains("case: duo-jim"));
    }

    @Test
    void saysSoWhenEmpty() {
        Cli.Result result = Cli.run("list", Cli.projectWithTestCodebook(dir));

        assertThat(result.out().strip()).isEqualTo("No transcripts yet.");
    }
}
