package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodewerkCommandTest {

    @TempDir
    Path dir;

    @Test
    void versionNamesTheBuild() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Codewerk ").doesNotContain("${").doesNotContain("unknown");
    }

    @Test
    void helpListsEveryCommand() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("new", "info", "import", "list", "show", "code", "codings", "undo", "redo", "codebook",
                "memo", "demo", "--lang");
    }

    @Test
    void subcommandHelpWorks() {
        Cli.Result result = Cli.run("codebook", "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("PROJECT", "add", "rename", "move", "merge", "delete", "relate", "recolor", "level",
                "deactivate", "activate", "core");
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() {
        Cli.Result result = Cli.run("frobnicate");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("frobnicate").contains("codewerk --help");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void missingArgumentIsAUsageError() {
        Cli.Result result = Cli.run("show", dir.resolve("p.cwk"));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("TRANSCRIPT").contains("codewerk show --help");
    }

    @Test
    void problemsAreInDutchWithLangNlBeforeOrAfterTheCommand() {
        Path missing = dir.resolve("weg.cwk");

        Cli.Result before = Cli.run("--lang", "nl", "info", missing);
        Cli.Result after = Cli.run("info", missing, "--lang", "nl");
        Cli.Result english = Cli.run("info", missing, "--lang", "en");

        assertThat(before.exit()).isEqualTo(2);
        assertThat(before.errLines()).singleElement().asString().startsWith("Project ").contains("niet gevonden");
        assertThat(after.err()).isEqualTo(before.err());
        assertThat(english.errLines()).singleElement().asString().contains("not found");
    }

    @Test
    void theLanguageIsNotLeftBehind() {
        Cli.run("--lang", "nl", "info", dir.resolve("weg.cwk"));

        assertThat(nl.codewerk.i18n.Messages.locale().getLanguage()).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Cli.Result result = Cli.run("--lang", "fr", "info", dir.resolve("weg.cwk"));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("fr");
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedWithoutAStackTrace() {
        Path notAProject = Cli.write(dir.resolve("notes.cwk"), "just some notes");

        Cli.Result result = Cli.run("list", notAProject, "--json");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().isEqualTo("notes.cwk is not a Codewerk project.");
        assertThat(result.out()).isEmpty();
    }
}
