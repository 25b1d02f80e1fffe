package nl.codewerk.cli;

import java.io.PrintWriter;
import nl.codewerk.i18n.LocalizedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and its exit code: a person running a command gets
 * a sentence they can act on, never a stack trace.
 */
final class Problems implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        return report(ex, command.getErr(), command.getCommand() instanceof BaseCommand base ? base : null);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        command.getErr().println(CliText.get("cli.usageProblem", ex.getMessage(), command.getCommandSpec().qualifiedName()));
        return BaseCommand.UNUSABLE;
    }

    /** Prints the problem's one line; the command (when known) says what a LocalizedException's exit code is. */
    static int report(Exception ex, PrintWriter err, BaseCommand command) {
        if (ex instanceof LocalizedException localized) {
            err.println(localized.getMessage());
            return command == null ? BaseCommand.UNUSABLE : command.exitCode(localized);
        }
        err.println(CliText.get("cli.unexpected", ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage())));
        return BaseCommand.UNUSABLE;
    }
}
