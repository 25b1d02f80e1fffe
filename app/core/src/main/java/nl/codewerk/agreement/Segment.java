package nl.codewerk.agreement;

/** A span {@code [start, end)} of a transcript's text in UTF-16 offsets, as codings and turns use. */
public record Segment(int start, int end) implements Comparable<Segment> {

    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: " + start + "-" + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** Characters both spans cover. */
    public int overlap(Segment other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    @Override
    public int compareTo(Segment other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
