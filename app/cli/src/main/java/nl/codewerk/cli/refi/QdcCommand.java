package nl.codewerk.cli.refi;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.codewerk.coding.CodingService;
import nl.codewerk.refi.QdcService;
import nl.codewerk.refi.RefiReport;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qdc export PROJECT OUT.qdc} and {@code qdc import IN.qdc PROJECT}: REFI-QDA codebook exchange. */
@Command(name = "qdc", description = "Exchange codebooks with other QDA software (REFI-QDA .qdc).",
        subcommands = {QdcCommand.Export.class, QdcCommand.Import.class})
public final class QdcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return RefiOutput.UNUSABLE;
    }

    @Command(name = "export", description = "Write the project's codebook as a .qdc file. Exit 1 when the codebook is empty.")
    public static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
        Path project;

        @Parameters(index = "1", paramLabel = "OUT.qdc", description = "The codebook file to write (replaced if it exists).")
        Path out;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Override
        public Integer call() {
            return RefiOutput.run(spec, () -> {
                RefiReport report;
                try (Project p = Project.openReadOnly(project)) {
                    report = new QdcService(p).exportCodebook(out);
                }
                RefiOutput.print(spec, json, "refi.cli.codebookExported", out, report);
                return RefiOutput.OK;
            });
        }
    }

    @Command(name = "import", description = "Add a .qdc codebook to a project: codes already there (same GUID, else same name path) are merged,"
            + " new ones added. One undoable action. Exit 1 when something was left out or the file was refused.")
    public static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "IN.qdc", description = "The codebook file.")
        Path in;

        @Parameters(index = "1", paramLabel = "PROJECT", description = "The project file.")
        Path project;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Override
        public Integer call() {
            return RefiOutput.run(spec, () -> {
                RefiReport report;
                try (Project p = Project.open(project)) {
                    report = new QdcService(p).importCodebook(in, CodingService.defaultCoder());
                }
                RefiOutput.print(spec, json, "refi.cli.codebookImported", in, report);
                return report.notImported().isEmpty() ? RefiOutput.OK : RefiOutput.REFUSED;
            });
        }
    }
}
