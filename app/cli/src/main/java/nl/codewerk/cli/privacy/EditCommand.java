package nl.codewerk.cli.privacy;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.transcript.EditResult;
import nl.codewerk.transcript.TextEdit;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edit PROJECT TRANSCRIPT --start S --end E --text NEW [--json]}: one undoable change of a transcript's text. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Replaces the text from --start to --end (UTF-16 offsets, end exclusive) of a transcript with --text.",
                "Codings and turns follow the edit; a coding whose words are all deleted is kept as a memo.",
                "The edit is one entry in the undo log."})
public final class EditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Project open = Project.open(project)) {
            Output.cloudWarning(open, err);
            Transcript target = open.transcripts().find(transcript)
                    .orElseThrow(() -> new LocalizedException("edit.noTranscript", transcript));
            EditResult result = open.edits().edit(target.id(), start, end, text, CodingService.defaultCoder());
            if (json) {
                Output.json(out, describe(result));
            } else {
                print(out, result);
            }
            return 0;
        } catch (LocalizedException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static void print(PrintWriter out, EditResult result) {
        TextEdit edit = result.edits().getFirst();
        String delta = edit.delta() > 0 ? "+" + edit.delta() : edit.delta() == 0 ? "±0" : String.valueOf(edit.delta());
        out.println(Messages.get("edit.cli.done", result.transcriptName(), edit.start(), edit.end(), edit.replacement().length(), delta));
        out.println(Messages.get("edit.cli.codings", result.codingsShifted(), result.codingsResized(), result.codingsRemoved().size()));
        for (EditResult.RemovedCoding removed : result.codingsRemoved()) {
            out.println(Messages.get("edit.cli.removed", removed.codingId(), removed.codeName(), removed.coder(), removed.text(),
                    removed.memoId()));
        }
        out.println(Messages.get("edit.cli.turns", result.turnsChanged(), result.turnsRemoved()));
    }

    static Map<String, Object> describe(EditResult result) {
        TextEdit edit = result.edits().getFirst();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("transcript", Map.of("id", result.transcriptId(), "name", result.transcriptName()));
        out.put("start", edit.start());
        out.put("end", edit.end());
        out.put("newEnd", edit.newEnd());
        out.put("delta", edit.delta());
        out.put("length", result.newLength());
        out.put("codingsShifted", result.codingsShifted());
        out.put("codingsResized", result.codingsResized());
        List<Map<String, Object>> removed = new ArrayList<>();
        for (EditResult.RemovedCoding r : result.codingsRemoved()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.codingId());
            m.put("code", r.codeId());
            m.put("codeName", r.codeName());
            m.put("coder", r.coder());
            m.put("start", r.start());
            m.put("end", r.end());
            m.put("text", r.text());
            m.put("memo", r.memoId());
            removed.add(m);
        }
        out.put("codingsRemoved", removed);
        out.put("turnsChanged", result.turnsChanged());
        out.put("turnsRemoved", result.turnsRemoved());
        return out;
    }
}
