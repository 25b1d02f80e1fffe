package nl.codewerk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** Runs one command class on its own, as its tests see it, and keeps what it printed. */
public record CommandRun(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Arguments are passed as their {@code toString()}, so paths and numbers can be given as they are. */
    public static CommandRun of(Object command, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exit = cli.execute(Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
        return new CommandRun(exit, out.toString(), err.toString());
    }

    public JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + out, e);
        }
    }

    /** Problems are told in lines, never as a stack trace. */
    public boolean noStackTrace() {
        return !err.contains("\tat ") && !err.contains("Exception");
    }
}
