package nl.codewerk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the output streams, a result printed as text or as JSON (see
 * {@link Json}), sentences in the user's language, and the exit codes. A command does its work in
 * {@link #run()} and throws a {@link LocalizedException} for a problem a person can act on; it
 * becomes one line on stderr (see {@link Problems}). Commands with {@code --json} extend
 * {@link JsonCommand}.
 */
public abstract class BaseCommand implements Callable<Integer> {

    /** Done. */
    public static final int OK = 0;
    /** Some input refused, the rest done. */
    public static final int REFUSED = 1;
    /** Wrong usage or unusable project: nothing done. */
    public static final int UNUSABLE = 2;

    @Spec
    protected CommandSpec spec;

    /** The command's work; returns the exit code. */
    protected abstract int run();

    /**
     * Problems are turned into their line and exit code here as well as in the main command's
     * handler, so a command behaves the same when run on its own (tests, {@code codebook --out}).
     */
    @Override
    public final Integer call() {
        try {
            return run();
        } catch (ParameterException e) {
            throw e; // wrong usage: picocli hands it to the usage handler
        } catch (RuntimeException e) {
            return Problems.report(e, err(), this);
        }
    }

    /** The exit code for a problem this command threw; 2 unless the command knows better. */
    protected int exitCode(LocalizedException problem) {
        return UNUSABLE;
    }

    /** Whether the result is wanted as JSON; only commands with {@code --json} say yes. */
    protected boolean json() {
        return false;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code value} as JSON with {@code --json}, otherwise the text (nothing when empty). */
    protected void print(Object value, String text) {
        if (json()) {
            printJson(value);
        } else if (!text.isEmpty()) {
            out().println(text);
        }
    }

    protected void printJson(Object value) {
        out().println(Json.write(value));
    }

    /** A sentence of the command line's own bundle. */
    protected static String text(String key, Object... args) {
        return CliText.get(key, args);
    }

    /** A sentence of core's bundle (reports core describes, shared with the workbench). */
    protected static String message(String key, Object... args) {
        return Messages.get(key, args);
    }
}
