package nl.codewerk.cli.privacy;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs one command as the command line would, catching what it prints. */
record Run(int exit, String out, String err) {

    static Run of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Problems are told in lines, never as a stack trace. */
    boolean noStackTrace() {
        return !err.contains("\tat ") && !err.contains("Exception");
    }
}
