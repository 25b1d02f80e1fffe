package nl.codewerk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Locale;
import nl.codewerk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code codewerk}: the command line. Every subcommand opens the project, calls core, prints
 * the result as text or, with {@code --json}, as JSON, and exits 0 (done), 1 (some input
 * refused, the rest done) or 2 (wrong usage or unusable project).
 */
@Command(name = "codewerk", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class, sortOptions = false,
        description = "Codewerk: qualitative analysis of interview transcripts. Without a command the workbench opens.",
        subcommands = {CommandLine.HelpCommand.class, NewCommand.class, InfoCommand.class, ImportCommand.class, ListCommand.class,
                ShowCommand.class, CodeCommand.class, CodingsCommand.class, UndoCommand.class, RedoCommand.class,
                CodebookCommand.class, MemoCommand.class, DemoCommand.class,
                nl.codewerk.cli.agreement.AgreementCommand.class, nl.codewerk.cli.agreement.MergeCommand.class,
                nl.codewerk.cli.agreement.PackageCommand.class,
                nl.codewerk.cli.refi.RefiCommand.class, nl.codewerk.cli.refi.QdcCommand.class,
                nl.codewerk.cli.privacy.EditCommand.class, nl.codewerk.cli.privacy.PseudonymiseCommand.class,
                nl.codewerk.cli.privacy.BackupCommand.class,
                nl.codewerk.cli.export.FreqCommand.class, nl.codewerk.cli.export.CooccurrenceCommand.class,
                nl.codewerk.cli.export.FragmentsCommand.class, nl.codewerk.cli.export.TranscriptExportCommand.class,
                nl.codewerk.cli.search.SearchCommand.class, nl.codewerk.cli.search.AutocodeCommand.class,
                nl.codewerk.cli.search.WordsCommand.class, nl.codewerk.cli.search.IndexCommand.class},
        footer = {"", "Exit status: 0 done, 1 some input refused (the rest done), 2 wrong usage or unusable project."})
public final class CodewerkCommand {

    public enum Lang { nl, en }

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "nl|en",
            description = "Language of messages (default: the system language).")
    void setLang(Lang lang) {
        Messages.setLocale(Locale.of(lang.name()));
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line with the process's standard streams; returns the exit code. */
    public static int execute(String[] args) {
        quietLibraries();
        // JSON is escaped to ASCII (see Json), so the console's own encoding is right for everything.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        return execute(args, out, err);
    }

    /** Runs a command line writing to the given streams; tests call this in-process. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Locale before = Messages.locale();
        Messages.setLocale(Messages.defaultLocale());
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
            Messages.setLocale(before);
        }
    }

    /**
     * Libraries (sqlite-jdbc, Tika) log through SLF4J, which has no backend here on purpose; without
     * this it warns about that on stderr, where only our one-line problems belong.
     */
    public static void quietLibraries() {
        nl.codewerk.util.QuietLibraries.apply();
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new CodewerkCommand());
        Problems problems = new Problems();
        cli.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(problems)
                .setParameterExceptionHandler(problems);
        return cli;
    }
}
