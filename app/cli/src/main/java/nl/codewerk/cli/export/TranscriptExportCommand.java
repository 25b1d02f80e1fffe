package nl.codewerk.cli.export;

import java.nio.file.Path;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.transcript.TranscriptDocx;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "transcript", description = "A coded transcript for reading on paper: the turns beside the codes applied in them, to FILE.docx.")
public final class TranscriptExportCommand extends ExportCommand {

    @Parameters(index = "1", paramLabel = "TRANSCRIPT", description = "The transcript's id or name.")
    String transcript;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx", description = "The Word file to write.")
    Path out;

    @Override
    int export(ProjectSnapshot snapshot) {
        new TranscriptDocx(snapshot, transcript, filter(null), Messages.locale()).write(out, Progress.NONE);
        out().println(message("export.cli.wrote", out));
        return OK;
    }
}
