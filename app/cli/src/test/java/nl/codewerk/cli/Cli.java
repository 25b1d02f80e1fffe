package nl.codewerk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the command line in-process with captured output, as a test's view of a terminal. */
final class Cli {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exit, String out, String err) {

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + out, e);
            }
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = CodewerkCommand.execute(strings, new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    /** Field names of a JSON object in their order. */
    static List<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A small codebook file: Contact (Wel contact, Geen contact) and Steun. */
    static Path testCodebook(Path dir) {
        Path file = dir.resolve("test-codebook.json");
        try (InputStream in = Cli.class.getResourceAsStream("test-codebook.json")) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A project made with {@code new --codebook} from the test codebook. */
    static Path projectWithTestCodebook(Path dir) {
        Path project = dir.resolve("p.cwk");
        Result created = run("new", project, "--codebook", testCodebook(dir));
        if (created.exit() != 0) {
            throw new AssertionError(created.err());
        }
        return project;
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
