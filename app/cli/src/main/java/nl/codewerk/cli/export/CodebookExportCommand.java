package nl.codewerk.cli.export;

import java.nio.file.Path;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.codebook.CodebookExport;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code codebook PROJECT --out FILE.docx|FILE.xlsx}: the codebook for a thesis appendix. */
@Command(name = "codebook", description = "Export the codebook (tree, definitions, when to use, use counts) to FILE.docx or FILE.xlsx.")
public final class CodebookExportCommand extends ExportCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.docx or FILE.xlsx.")
    Path out;

    @Override
    int export(ProjectSnapshot snapshot) {
        new CodebookExport(snapshot, filter(null), Messages.locale(), Progress.NONE).write(out, Progress.NONE);
        out().println(message("export.cli.wrote", out));
        return OK;
    }
}
