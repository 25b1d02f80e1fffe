package nl.codewerk.cli.refi;

import java.nio.file.Path;
import nl.codewerk.coding.CodingService;
import nl.codewerk.refi.QdcService;
import nl.codewerk.refi.RefiReport;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code qdc export PROJECT OUT.qdc} and {@code qdc import IN.qdc PROJECT}: REFI-QDA codebook
 * exchange. Not a command of its own: without export or import picocli reports the missing one.
 */
@Command(name = "qdc", description = "Exchange codebooks with other QDA software (REFI-QDA .qdc).",
        subcommands = {QdcCommand.Export.class, QdcCommand.Import.class})
public final class QdcCommand {

    @Command(name = "export", description = "Write the project's codebook as a .qdc file. Exit 1 when the codebook is empty.")
    public static final class Export extends ExchangeCommand {

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
        Path project;

        @Parameters(index = "1", paramLabel = "OUT.qdc", description = "The codebook file to write (replaced if it exists).")
        Path out;

        @Override
        protected int run() {
            RefiReport report;
            try (Project p = Project.openReadOnly(project)) {
                report = new QdcService(p).exportCodebook(out);
            }
            printReport("refi.cli.codebookExported", out, report);
            return OK;
        }
    }

    @Command(name = "import", description = "Add a .qdc codebook to a project: codes already there (same GUID, else same name path) are merged,"
            + " new ones added. One undoable action. Exit 1 when something was left out or the file was refused.")
    public static final class Import extends ExchangeCommand {

        @Parameters(index = "0", paramLabel = "IN.qdc", description = "The codebook file.")
        Path in;

        @Parameters(index = "1", paramLabel = "PROJECT", description = "The project file.")
        Path project;

        @Override
        protected int run() {
            RefiReport report;
            try (Project p = Project.open(project)) {
                report = new QdcService(p).importCodebook(in, CodingService.defaultCoder());
            }
            printReport("refi.cli.codebookImported", in, report);
            return report.notImported().isEmpty() ? OK : REFUSED;
        }
    }
}
