package nl.codewerk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.codewerk.cases.Case;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "list", description = "List the transcripts of a project.")
final class ListCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @Override
    protected int run() {
        try (Project project = Project.openReadOnly(file)) {
            Map<Long, Case> cases = project.cases().cases().stream().collect(Collectors.toMap(Case::id, Function.identity()));
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (TranscriptSummary t : project.transcripts().list()) {
                Case c = t.caseId() == null ? null : cases.get(t.caseId());
                rows.add(Json.obj("id", t.id(), "name", t.name(), "file", t.fileName(), "format", t.format(), "words", t.words(),
                        "turns", t.turns(), "speakers", t.speakers(), "case", CaseJson.of(c)));
                lines.add(text("list.line", t.id(), t.name(), t.words(), t.turns(),
                        t.speakers().isEmpty() ? "-" : String.join(", ", t.speakers()), c == null ? "-" : c.name()));
            }
            print(rows, lines.isEmpty() ? text("list.none") : String.join(System.lineSeparator(), lines));
        }
        return OK;
    }
}
