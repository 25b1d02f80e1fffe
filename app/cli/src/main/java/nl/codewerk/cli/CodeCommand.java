package nl.codewerk.cli;

import java.nio.file.Path;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", description = "Apply a code to a stretch of a transcript (offsets as 'show' prints them, end exclusive).")
final class CodeCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @Option(names = "--transcript", required = true, paramLabel = "T", description = "The transcript's id or name.")
    String transcript;

    @Option(names = "--start", required = true, paramLabel = "S", description = "Where the coded text starts.")
    int start;

    @Option(names = "--end", required = true, paramLabel = "E", description = "Where it ends (exclusive).")
    int end;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "Code id or name path (Parent/Code, \\/ for a slash in a name).")
    String code;

    @Option(names = "--coder", paramLabel = "NAME", description = "Who codes (default: the system user).")
    String coder;

    @Override
    protected int run() {
        try (Project project = Project.open(file)) {
            Transcript t = Lookup.transcript(project, transcript);
            Codebook codebook = project.codebook().codebook();
            Code target = codebook.require(code);
            Coding coding = project.codings().apply(t.id(), start, end, target.id(), coder);
            print(CodingJson.of(coding, t, codebook), text("code.done", CodingJson.line(coding, t, codebook)));
        }
        return OK;
    }
}
