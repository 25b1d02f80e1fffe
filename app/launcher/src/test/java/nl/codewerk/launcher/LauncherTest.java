package nl.codewerk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the launcher in a JVM of its own, as {@code java -jar codewerk.jar ARGS} does. */
class LauncherTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run launch(String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Duser.language=en", "-verbose:class", "-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void commandsRunWithoutLoadingJavaFx() throws Exception {
        String project = dir.resolve("x.cwk").toString();

        Run created = launch("new", project, "--codebook", "empty");
        Run info = launch("info", project, "--json");

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(info.exit()).as(info.err()).isZero();
        assertThat(created.err() + info.err()).as("nothing but problems goes to stderr").isEmpty();
        assertThat(info.out()).contains("\"schemaVersion\"").contains("[class,load] nl.codewerk.cli.InfoCommand ");
        assertThat(created.out() + info.out()).doesNotContain("[class,load] javafx.").doesNotContain("[class,load] nl.codewerk.ui.");
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() throws Exception {
        Run run = launch("info");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString().contains("PROJECT");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = launch("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("import", "codings", "codebook", "demo");
    }
}
