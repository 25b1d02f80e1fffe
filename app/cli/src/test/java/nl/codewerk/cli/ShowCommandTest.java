package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

    @TempDir
    Path dir;

    @Test
    void showsTextAndTurnsWithTheCaseEachTurnCountsFor() {
        Path project = Fixtures.importedProject(dir);
        JsonNode cases = Cli.run("list", project, "--json").json();
        long jim = cases.get(0).get("case").get("id").asLong();

        Cli.Result result = Cli.run("show", project, "duo", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(Cli.keys(json)).containsExactly("id", "name", "file", "format", "case", "text", "turns");
        assertThat(json.get("text").asText()).isEqualTo(Fixtures.DUO);
        JsonNode turns = json.get("turns");
        assertThat(Cli.keys(turns.get(0))).containsExactly("start", "end", "speaker", "timestamp", "case");
        assertThat(turns).extracting(t -> t.get("speaker").asText()).containsExactly("I", "JIM", "Moeder");
        String text = json.get("text").asText();
        assertThat(text.substring(turns.get(2).get("start").asInt(), turns.get(2).get("end").asInt())).isEqualTo("Zij helpt ons echt veel.");
        assertThat(turns.get(0).get("case").asLong()).as("interviewer counts for the transcript's case").isEqualTo(jim);
        assertThat(turns.get(1).get("case").asLong()).isEqualTo(jim);
        assertThat(turns.get(2).get("case").asLong()).isNotEqualTo(jim);
        assertThat(turns.get(0).get("timestamp").isNull()).isTrue();
    }

    @Test
    void aParagraphWithoutLabelHasNoSpeaker() {
        Path project = Fixtures.importedProject(dir);
        long id = Cli.run("list", project, "--json").json().get(1).get("id").asLong();

        JsonNode turns = Cli.run("show", project, String.valueOf(id), "--json").json().get("turns");

        assertThat(turns).hasSize(3);
        assertThat(turns.get(2).get("speaker").isNull()).isTrue();
    }

    @Test
    void printsTurnsWithOffsets() {
        Path project = Fixtures.importedProject(dir);
        int start = Fixtures.DUO.indexOf("Zij helpt");

        Cli.Result result = Cli.run("show", project, "duo");

        assertThat(result.out()).contains(start + "-" + (start + "Zij helpt ons echt veel.".length()) + "\tMoeder: Zij helpt ons echt veel.");
    }

    @Test
    void anUnknownTranscriptIsRefused() {
        Cli.Result result = Cli.run("show", Fixtures.importedProject(dir), "trio");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().isEqualTo("No transcript trio in this project.");
    }
}
