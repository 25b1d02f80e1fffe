package nl.codewerk.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import transcripts (files or folders) into a project. Exit 1 if a file was refused.")
final class ImportCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Transcripts: txt, docx, odt, rtf, vtt, srt.")
    List<Path> inputs;

    @Option(names = "--participants", paramLabel = "SHEET", description = "A .csv or .xlsx with one row per transcript and its attributes.")
    Path participants;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Read text files in this encoding instead of detecting it.")
    String encoding;

    @Override
    protected int run() {
        ImportOptions options = new ImportOptions(charset(), participants);
        ImportReport report;
        try (Project target = Project.open(project)) {
            report = target.importer().importFiles(inputs, options, Progress.NONE);
        }
        print(ImportJson.of(report), ImportJson.text(report));
        for (ImportReport.Refused refused : report.refused()) {
            err().println(text("import.refused", refused.file(), refused.reason()));
        }
        return report.anyRefused() ? REFUSED : OK;
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CliException("cli.badEncoding", encoding);
        }
    }
}
