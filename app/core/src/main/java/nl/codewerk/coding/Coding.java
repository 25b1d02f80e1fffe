package nl.codewerk.coding;

import java.time.Instant;

/** A code applied by a coder to {@code [start, end)} of a transcript's text (UTF-16 offsets). */
public record Coding(long id, long transcriptId, int start, int end, String codeId, String coder, Instant createdAt,
        String comment, String guid) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(int from, int to) {
        return from < end && to > start;
    }
}
