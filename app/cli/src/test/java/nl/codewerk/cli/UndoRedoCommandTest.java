package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndoRedoCommandTest {

    @TempDir
    Path dir;

    @Test
    void undoAndRedoACoding() {
        Path project = Fixtures.importedProject(dir);
        Cli.run("code", project, "--transcript", "duo", "--start", 0, "--end", 6, "--code", "Steun", "--coder", "Lotte");

        Cli.Result undo = Cli.run("undo", project, "--json");
        JsonNode afterUndo = Cli.run("codings", project, "--json").json();
        Cli.Result redo = Cli.run("redo", project, "--json");
        JsonNode afterRedo = Cli.run("codings", project, "--json").json();

        assertThat(undo.exit()).as(undo.err()).isZero();
        assertThat(Cli.keys(undo.json())).containsExactly("undone");
        assertThat(undo.json().get("undone").asText()).isEqualTo("apply code Steun");
        assertThat(afterUndo).isEmpty();
        assertThat(redo.json().get("redone").asText()).isEqualTo("apply code Steun");
        assertThat(afterRedo).hasSize(1);
    }

    @Test
    void nothingToUndoIsNotAnError() {
        Path project = Cli.projectWithTestCodebook(dir);

        Cli.Result undo = Cli.run("undo", project);
        Cli.Result undoJson = Cli.run("undo", project, "--json");
        Cli.Result redo = Cli.run("redo", project);

        assertThat(undo.exit()).isZero();
        assertThat(undo.out().strip()).isEqualTo("Nothing to undo.");
        assertThat(undoJson.json().get("undone").isNull()).isTrue();
        assertThat(redo.out().strip()).isEqualTo("Nothing to redo.");
    }

    @Test
    void printsWhatWasUndone() {
        Path project = Cli.projectWithTestCodebook(dir);
        Cli.run("codebook", project, "add", "Nieuw");

        assertThat(Cli.run("undo", project).out().strip()).isEqualTo("Undone: add code Nieuw");
        assertThat(Cli.run("redo", project).out().strip()).isEqualTo("Redone: add code Nieuw");
    }

    @Test
    void saysItInDutch() {
        Path project = Cli.projectWithTestCodebook(dir);

        assertThat(Cli.run("undo", project, "--lang", "nl").out().strip()).isEqualTo("Er is niets om ongedaan te maken.");
    }
}
