package nl.codewerk.transcript;

import java.util.List;

/**
 * What an edit of a transcript's text did: the edits made (offsets of the text before them),
 * how many codings moved or changed size, which codings lost all their text (each kept as a
 * memo on the transcript) and what happened to the turns.
 */
public record EditResult(long transcriptId, String transcriptName, List<TextEdit> edits, int codingsShifted,
        int codingsResized, List<RemovedCoding> codingsRemoved, int turnsChanged, int turnsRemoved, int oldLength,
        int newLength) {

    /** A coding whose whole text was deleted; its details live on in memo {@code memoId}. */
    public record RemovedCoding(long codingId, String codeId, String codeName, String coder, int start, int end,
            String text, long memoId) {
    }

    public EditResult {
        edits = List.copyOf(edits);
        codingsRemoved = List.copyOf(codingsRemoved);
    }

    public int replacements() {
        return edits.size();
    }
}
