package nl.codewerk.cli.refi;

import java.nio.file.Path;
import nl.codewerk.refi.PositionUnit;
import nl.codewerk.refi.RefiExportService;
import nl.codewerk.refi.RefiImportOptions;
import nl.codewerk.refi.RefiImportService;
import nl.codewerk.refi.RefiReport;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code refi export PROJECT OUT.qdpx} and {@code refi import IN.qdpx NEW.cwk}: REFI-QDA project
 * exchange. Not a command of its own: without export or import picocli reports the missing one.
 */
@Command(name = "refi", description = "Exchange whole projects with other QDA software (REFI-QDA .qdpx: NVivo, ATLAS.ti, MAXQDA, QualCoder...).",
        subcommands = {RefiCommand.Export.class, RefiCommand.Import.class})
public final class RefiCommand {

    @Command(name = "export", description = "Write the project as a .qdpx file: transcripts as UTF-8 text, codes, codings (positions in code points),"
            + " cases and attributes, memos. Exit 0 when written.")
    public static final class Export extends ExchangeCommand {

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
        Path project;

        @Parameters(index = "1", paramLabel = "OUT.qdpx", description = "The exchange file to write (replaced if it exists).")
        Path out;

        @Override
        protected int run() {
            RefiReport report;
            try (Project p = Project.openReadOnly(project)) {
                report = new RefiExportService(p).exportProject(out, Progress.NONE);
            }
            printReport("refi.cli.exported", out, report);
            return OK;
        }
    }

    @Command(name = "import", description = "Make a new project from a .qdpx (or .qde) file. Whatever the project cannot hold is listed."
            + " Exit 1 when something was left out or the file was refused.")
    public static final class Import extends ExchangeCommand {

        @Parameters(index = "0", paramLabel = "IN.qdpx", description = "The exchange file.")
        Path in;

        @Parameters(index = "1", paramLabel = "NEW.cwk", description = "The project to create (must not exist).")
        Path project;

        @Option(names = "--positions", paramLabel = "auto|codepoint|utf16", defaultValue = "auto",
                description = "What selection positions count: Unicode code points (the standard), UTF-16 units (NVivo),"
                        + " or auto (UTF-16 for NVivo files or when code points do not fit; the report says which). Default: ${DEFAULT-VALUE}.")
        String positions;

        @Override
        protected int run() {
            RefiImportOptions options = RefiImportOptions.DEFAULT.withPositions(PositionUnit.parse(positions));
            RefiReport report = new RefiImportService(options).importProject(in, project, Progress.NONE);
            printReport("refi.cli.imported", project, report);
            return report.notImported().isEmpty() ? OK : REFUSED;
        }
    }
}
