package nl.codewerk.agreement.review;

import java.time.Instant;
import java.util.List;
import nl.codewerk.agreement.Segment;

/**
 * A logged review decision: who decided what for which unit, and when.
 *
 * @param spans for an edit, the consensus spans the supervisor gave; empty otherwise
 */
public record ReviewLogEntry(long id, String codeId, long transcriptId, int unitStart, int unitEnd, Decision decision,
        String decidedBy, Instant decidedAt, String note, String unit, String coderA, String coderB, String consensus,
        List<Segment> spans) {

    public ReviewLogEntry {
        spans = List.copyOf(spans);
    }
}
