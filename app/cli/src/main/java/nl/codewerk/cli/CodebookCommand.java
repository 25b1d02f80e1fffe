package nl.codewerk.cli;

import java.nio.file.Path;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code codebook PROJECT} prints the code tree; {@code codebook PROJECT ACTION ...} changes it.
 * PROJECT comes before the action so every codebook command reads the same way.
 */
@Command(name = "codebook", description = "Show the codebook, or change it with one of the actions below.",
        subcommands = {CodebookAdd.class, CodebookRename.class, CodebookMove.class, CodebookMerge.class, CodebookDelete.class,
                CodebookRelate.class, CodebookRecolor.class, CodebookLevel.class, CodebookDeactivate.class, CodebookActivate.class,
                CodebookCore.class})
final class CodebookCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @picocli.CommandLine.Option(names = "--out", paramLabel = "FILE.docx|FILE.xlsx",
            description = "Write the codebook (tree, definitions, when to use, counts) for a thesis appendix instead of printing it.")
    Path exportTo;

    @Override
    protected int run() {
        if (exportTo != null) {
            // The export has its own command; reuse its parsing, messages and exit codes.
            return new picocli.CommandLine(new nl.codewerk.cli.export.CodebookExportCommand())
                    .setOut(out()).setErr(err()).setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler())
                    .execute(file.toString(), "--out", exportTo.toString());
        }
        try (Project project = Project.openReadOnly(file)) {
            CodeJson codes = CodebookAction.view(project);
            print(codes.roots(), codes.tree());
        }
        return OK;
    }
}
