package nl.codewerk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show a transcript's turns with their offsets (for 'code').")
final class ShowCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @Parameters(index = "1", paramLabel = "TRANSCRIPT", description = "The transcript's id or name.")
    String transcript;

    @Override
    protected int run() {
        try (Project project = Project.openReadOnly(file)) {
            Transcript t = Lookup.transcript(project, transcript);
            Map<String, Long> speakerCases = project.cases().speakerCases(t.id());
            List<Map<String, Object>> turns = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            lines.add(text("show.header", t.name(), t.id(), t.turns().size()));
            for (Turn turn : t.turns()) {
                // A speaker linked to a case of their own (paired interview) counts for it.
                Long caseId = turn.speaker() != null && speakerCases.containsKey(turn.speaker()) ? speakerCases.get(turn.speaker()) : t.caseId();
                turns.add(Json.obj("start", turn.start(), "end", turn.end(), "speaker", turn.speaker(), "timestamp", turn.timestamp(),
                        "case", caseId));
                String who = (turn.timestamp() == null ? "" : "[" + turn.timestamp() + "] ") + (turn.speaker() == null ? "" : turn.speaker() + ": ");
                lines.add(text("show.turn", turn.start(), turn.end(), who, t.turnText(turn)));
            }
            print(Json.obj("id", t.id(), "name", t.name(), "file", t.fileName(), "format", t.format(), "case", t.caseId(),
                    "text", t.text(), "turns", turns), String.join(System.lineSeparator(), lines));
        }
        return OK;
    }
}
