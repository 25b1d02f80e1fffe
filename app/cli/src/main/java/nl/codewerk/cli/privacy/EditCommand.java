package nl.codewerk.cli.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.codewerk.cli.Json;
import nl.codewerk.cli.JsonCommand;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.transcript.EditResult;
import nl.codewerk.transcript.TextEdit;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edit PROJECT TRANSCRIPT --start S --end E --text NEW [--json]}: one undoable change of a transcript's text. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Replaces the text from --start to --end (UTF-16 offsets, end exclusive) of a transcript with --text.",
                "Codings and turns follow the edit; a coding whose words are all deleted is kept as a memo.",
                "The edit is one entry in the undo log."})
public final class EditCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.cwk)")
    Path project;

    @Parameters(index = "1", paramLabel = "TRANSCRIPT", description = "the transcript's id or name")
    String transcript;

    @Option(names = "--start", required = true, paramLabel = "S", description = "where the text to replace begins")
    int start;

    @Option(names = "--end", required = true, paramLabel = "E", description = "where it ends (exclusive); equal to --start to insert")
    int end;

    @Option(names = "--text", required = true, paramLabel = "NEW", description = "the new text; empty to delete")
    String text;

    @Override
    protected int run() {
        try (Project open = Project.open(project)) {
            Output.cloudWarning(open, err());
            Transcript target = open.transcripts().find(transcript)
                    .orElseThrow(() -> new LocalizedException("edit.noTranscript", transcript));
            EditResult result = open.edits().edit(target.id(), start, end, text, CodingService.defaultCoder());
            print(describe(result), lines(result));
            return OK;
        }
    }

    private static String lines(EditResult result) {
        TextEdit edit = result.edits().getFirst();
        String delta = edit.delta() > 0 ? "+" + edit.delta() : edit.delta() == 0 ? "±0" : String.valueOf(edit.delta());
        List<String> lines = new ArrayList<>();
        lines.add(message("edit.cli.done", result.transcriptName(), edit.start(), edit.end(), edit.replacement().length(), delta));
        lines.add(message("edit.cli.codings", result.codingsShifted(), result.codingsResized(), result.codingsRemoved().size()));
        for (EditResult.RemovedCoding removed : result.codingsRemoved()) {
            lines.add(message("edit.cli.removed", removed.codingId(), removed.codeName(), removed.coder(), removed.text(), removed.memoId()));
        }
        lines.add(message("edit.cli.turns", result.turnsChanged(), result.turnsRemoved()));
        return String.join(System.lineSeparator(), lines);
    }

    static Map<String, Object> describe(EditResult result) {
        TextEdit edit = result.edits().getFirst();
        List<Map<String, Object>> removed = result.codingsRemoved().stream()
                .map(r -> Json.obj("id", r.codingId(), "code", r.codeId(), "codeName", r.codeName(), "coder", r.coder(), "start", r.start(),
                        "end", r.end(), "text", r.text(), "memo", r.memoId()))
                .toList();
        return Json.obj("transcript", Json.obj("id", result.transcriptId(), "name", result.transcriptName()),
                "start", edit.start(), "end", edit.end(), "newEnd", edit.newEnd(), "delta", edit.delta(), "length", result.newLength(),
                "codingsShifted", result.codingsShifted(), "codingsResized", result.codingsResized(), "codingsRemoved", removed,
                "turnsChanged", result.turnsChanged(), "turnsRemoved", result.turnsRemoved());
    }
}
