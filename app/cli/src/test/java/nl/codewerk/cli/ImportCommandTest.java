package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsFilesAndFoldersAndReportsThemAsJson() {
        Path project = Cli.projectWithTestCodebook(dir);

        Cli.Result result = Cli.run("import", project, Fixtures.interviews(dir), "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(Cli.keys(json)).containsExactly("imported", "skipped", "refused", "notes");
        assertThat(json.get("imported")).hasSize(2);
        JsonNode first = json.get("imported").get(0);
        assertThat(Cli.keys(first)).containsExactly("file", "id", "name", "format", "turns", "notes");
        assertThat(first.get("name").asText()).isEqualTo("duo");
        assertThat(first.get("file").asText()).endsWith("duo.txt");
        assertThat(first.get("id").isNumber()).isTrue();
        assertThat(json.get("refused")).isEmpty();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void refusedFilesGiveExitOneAndTheRestIsImported() {
        Path project = Cli.projectWithTestCodebook(dir);
        Path good = Cli.write(dir.resolve("goed.txt"), Fixtures.SINGLE);
        Path pdf = Cli.write(dir.resolve("scan.pdf"), "%PDF-1.4");
        Path empty = Cli.write(dir.resolve("leeg.txt"), "");

        Cli.Result result = Cli.run("import", project, good, pdf, empty, "--json");

        assertThat(result.exit()).isEqualTo(1);
        JsonNode json = result.json();
        assertThat(json.get("imported")).extracting(i -> i.get("name").asText()).containsExactly("goed");
        assertThat(json.get("refused")).hasSize(2);
        assertThat(Cli.keys(json.get("refused").get(0))).containsExactly("file", "reason");
        assertThat(result.errLines()).hasSize(2).allMatch(line -> line.startsWith("Refused "));
        assertThat(result.err()).contains("scan.pdf").contains("unknown format");
    }

    @Test
    void theSameFileTwiceIsSkipped() {
        Path project = Cli.projectWithTestCodebook(dir);
        Path file = Cli.write(dir.resolve("goed.txt"), Fixtures.SINGLE);
        Cli.run("import", project, file);

        Cli.Result again = Cli.run("import", project, file, "--json");

        assertThat(again.exit()).isZero();
        assertThat(again.json().get("skipped").get(0).get("reason").asText()).contains("goed");
    }

    @Test
    void printsAReadableReport() {
        Path project = Cli.projectWithTestCodebook(dir);

        Cli.Result result = Cli.run("import", project, Fixtures.interviews(dir));

        assertThat(result.out()).contains("Imported 2, skipped 0, refused 0.").contains("imported gesprek.txt as \"gesprek\"");
    }

    @Test
    void attachesAParticipantsSheet() {
        Path project = Fixtures.importedProject(dir);

        Cli.Result list = Cli.run("list", project, "--json");

        assertThat(list.json().get(1).get("case").get("attributes").get("leeftijd").asInt()).isEqualTo(19);
    }

    @Test
    void anUnknownEncodingIsAUsageError() {
        Path project = Cli.projectWithTestCodebook(dir);

        Cli.Result result = Cli.run("import", project, Fixtures.interviews(dir), "--encoding", "klingon-8");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("klingon-8");
        assertThat(Cli.run("list", project, "--json").json()).isEmpty();
    }

    @Test
    void readsTheNamedEncoding() {
        Path project = Cli.projectWithTestCodebook(dir);
        Path latin = dir.resolve("latijn.txt");
        try {
            java.nio.file.Files.write(latin, "I: Café?\n\nR: Ja, graag één.\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-1")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        Cli.Result result = Cli.run("import", project, latin, "--encoding", "ISO-8859-1");
        Cli.Result shown = Cli.run("show", project, "latijn", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(shown.json().get("text").asText()).contains("Café").contains("één");
    }
}
