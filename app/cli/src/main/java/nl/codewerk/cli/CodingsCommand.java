package nl.codewerk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "codings", description = "List codings, optionally of one coder, transcript or code.")
final class CodingsCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings.")
    String coder;

    @Option(names = "--transcript", paramLabel = "T", description = "Only codings in this transcript (id or name).")
    String transcript;

    @Option(names = "--code", paramLabel = "CODE", description = "Only codings with this code (id or name path; not its subcodes).")
    String code;

    @Override
    protected int run() {
        try (Project project = Project.openReadOnly(file)) {
            Codebook codebook = project.codebook().codebook();
            Long transcriptId = transcript == null ? null : Lookup.transcript(project, transcript).id();
            String codeId = code == null ? null : codebook.require(code).id();
            Map<Long, Transcript> transcripts = new HashMap<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (Coding coding : project.codings().list(new CodingFilter(transcriptId, codeId, coder))) {
                Transcript t = transcripts.computeIfAbsent(coding.transcriptId(), id -> project.transcripts().get(id).orElseThrow());
                rows.add(CodingJson.of(coding, t, codebook));
                lines.add(CodingJson.line(coding, t, codebook));
            }
            print(rows, lines.isEmpty() ? text("codings.none") : String.join(System.lineSeparator(), lines));
        }
        return OK;
    }
}
