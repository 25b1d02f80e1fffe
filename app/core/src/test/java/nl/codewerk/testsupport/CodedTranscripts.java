package nl.codewerk.testsupport;

import java.util.ArrayList;
import java.util.List;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;

/**
 * Transcripts with hand-made codings for agreement, merge and review tests: turns "I: ...",
 * "R: ..." separated by blank lines, each transcript counting for a case of its own name (as an
 * import does), and codings placed by the words they cover.
 */
public final class CodedTranscripts {

    private CodedTranscripts() {
    }

    /** Stores a transcript of the given turns, alternating I and R, with a case of the same name. */
    public static long add(Project project, String name, String... turnTexts) {
        StringBuilder text = new StringBuilder();
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < turnTexts.length; i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            String label = i % 2 == 0 ? "I" : "R";
            int labelStart = text.length();
            text.append(label).append(": ");
            int start = text.length();
            text.append(turnTexts[i]);
            turns.add(new Turn(i, labelStart, start, text.length(), label, null));
        }
        ImportedText imported = new ImportedText(text.toString(), turns, "txt", "UTF-8", "LF");
        return project.database().unrecorded("import", tx -> {
            long caseId = project.cases().ensureCase(tx, name);
            return project.transcripts().insert(tx, name, name + ".txt", imported, Ids.sha256(name + text), caseId);
        });
    }

    /** Codes the first occurrence of {@code words} in the transcript. */
    public static Coding code(Project project, long transcriptId, String words, String codeId, String coder) {
        Transcript t = project.transcripts().get(transcriptId).orElseThrow();
        int at = t.text().indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in " + t.name());
        }
        return project.codings().apply(transcriptId, at, at + words.length(), codeId, coder);
    }
}
