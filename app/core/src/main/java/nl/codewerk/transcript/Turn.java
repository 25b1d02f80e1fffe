package nl.codewerk.transcript;

/**
 * A speaker turn: the spoken words {@code [start, end)} in the transcript text (UTF-16 offsets,
 * end exclusive), without the label and timestamp that precede them from {@code labelStart}.
 * {@code speaker} and {@code timestamp} are null where the document gives none.
 */
public record Turn(int ordinal, int labelStart, int start, int end, String speaker, String timestamp) {

    public Turn {
        if (labelStart < 0 || start < labelStart || end < start) {
            throw new IllegalArgumentException("Turn offsets out of order: " + labelStart + ", " + start + ", " + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int from, int to) {
        return from < end && to > start;
    }
}
