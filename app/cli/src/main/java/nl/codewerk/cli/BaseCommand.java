package nl.codewerk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every command shares: {@code --json}, the output streams and printing. */
abstract class BaseCommand implements Callable<Integer> {

    static final int OK = 0;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code value} as JSON with {@code --json}, otherwise the text lines. */
    void print(Object value, String text) {
        if (json) {
            out().println(Json.write(value));
        } else if (!text.isEmpty()) {
            out().println(text);
        }
    }

    static String text(String key, Object... args) {
        return CliText.get(key, args);
    }
}
