package nl.codewerk.cli;

import nl.codewerk.i18n.LocalizedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and exit code 2: a person running a command gets
 * a sentence they can act on, never a stack trace.
 */
final class Problems implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int REFUSED = 1;
    static final int UNUSABLE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        String message = ex instanceof LocalizedException localized
                ? localized.getMessage()
                : CliText.get("cli.unexpected", ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        command.getErr().println(message);
        return UNUSABLE;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        command.getErr().println(CliText.get("cli.usageProblem", ex.getMessage(), command.getCommandSpec().qualifiedName()));
        return UNUSABLE;
    }
}
