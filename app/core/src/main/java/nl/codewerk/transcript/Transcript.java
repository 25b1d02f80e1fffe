package nl.codewerk.transcript;

import java.time.Instant;
import java.util.List;

/** An imported transcript with its text and speaker turns. The text never changes silently. */
public record Transcript(
        long id,
        String name,
        String fileName,
        String format,
        String text,
        String fileSha256,
        String textSha256,
        Instant importedAt,
        Long caseId,
        String encoding,
        String lineEnds,
        String guid,
        List<Turn> turns) {

    public Transcript {
        turns = List.copyOf(turns);
    }

    public String turnText(Turn turn) {
        return text.substring(turn.start(), turn.end());
    }
}
