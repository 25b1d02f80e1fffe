package nl.codewerk.transcript;

import java.util.Objects;

/**
 * One change to a transcript's text: {@code [start, end)} (UTF-16 offsets of the old text)
 * replaced by {@code replacement}; an insertion when start equals end, a deletion when the
 * replacement is empty. It also states where every offset of the old text lands in the new
 * one, so codings and turns keep covering the words they covered:
 * <ul>
 * <li>a span wholly before the edit stays, wholly after it moves by {@link #delta()};</li>
 * <li>a span that contains the edit grows or shrinks with it;</li>
 * <li>a span that overlaps the edit only partly keeps its part outside the edit and takes as
 *     many characters of the replacement (from its start or end) as it had of the replaced
 *     text, at most all of it and never half an emoji;</li>
 * <li>a span that lies wholly inside the replaced text covers the whole replacement, or
 *     disappears ({@link #mapCoding} returns null) when the replacement is empty.</li>
 * </ul>
 * Text inserted exactly at a coding's start or end stays outside the coding (typing next to a
 * coded passage does not code the new words), but inside a turn: turns tile the text and
 * typing at the start or end of someone's words adds to those words.
 */
public record TextEdit(int start, int end, String replacement) {

    /** Where a span of the old text lies in the new text. */
    public record Span(int start, int end) {

        public boolean isEmpty() {
            return end <= start;
        }
    }

    /** What an edit did to one coding. */
    public enum Effect { UNCHANGED, SHIFTED, RESIZED, REMOVED }

    public TextEdit {
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Edit offsets out of order: " + start + ", " + end);
        }
    }

    /**
     * An edit as a person or the command line asks for it: line ends in the new text become LF,
     * as in every stored transcript.
     */
    public static TextEdit of(int start, int end, String replacement) {
        return new TextEdit(start, end, replacement.replace("\r\n", "\n").replace('\r', '\n'));
    }

    public int removedLength() {
        return end - start;
    }

    /** New length minus old length. */
    public int delta() {
        return replacement.length() - (end - start);
    }

    /** Where the replacement ends in the new text. */
    public int newEnd() {
        return start + replacement.length();
    }

    /**
     * Refuses an edit that does not fit the text: outside it, cutting a character made of two
     * UTF-16 units (an emoji) in half, or bringing in such a half.
     */
    public void checkAgainst(String text) {
        if (end > text.length()) {
            throw new TextEditException("edit.outside", start, end, text.length());
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            throw new TextEditException("edit.splitsCharacter", start, end);
        }
        if (!wellFormed(replacement)) {
            throw new TextEditException("edit.badReplacement");
        }
        if (start == end && replacement.isEmpty()) {
            throw new TextEditException("edit.nothing");
        }
    }

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** The coding {@code [a, b)} after the edit, or null when all of its text was deleted. */
    public Span mapCoding(int a, int b) {
        if (b <= start) {
            return new Span(a, b);
        }
        if (a >= end) {
            return new Span(a + delta(), b + delta());
        }
        if (start <= a && b <= end) {
            return replacement.isEmpty() ? null : new Span(start, newEnd());
        }
        return new Span(mapStart(a), mapEnd(b));
    }

    /** How {@link #mapCoding} treats the coding {@code [a, b)}. */
    public Effect effectOn(int a, int b) {
        if (b <= start) {
            return Effect.UNCHANGED;
        }
        if (a >= end) {
            return delta() == 0 ? Effect.UNCHANGED : Effect.SHIFTED;
        }
        if (start <= a && b <= end && replacement.isEmpty()) {
            return Effect.REMOVED;
        }
        return Effect.RESIZED;
    }

    /**
     * Where an offset that begins something (a turn's words, its label) lands; text inserted
     * exactly there comes after it.
     */
    public int mapStart(int p) {
        if (p <= start) {
            return p;
        }
        if (p >= end) {
            return p + delta();
        }
        return start + charStart(Math.max(replacement.length() - (end - p), 0));
    }

    /** Where an offset that ends something lands; text inserted exactly there comes before it. */
    public int mapEnd(int p) {
        if (p >= end) {
            return p + delta();
        }
        if (p <= start) {
            return p;
        }
        return start + charEnd(Math.min(p - start, replacement.length()));
    }

    /** {@code i}, or one less when it falls inside an emoji of the replacement. */
    private int charStart(int i) {
        return splitsPair(replacement, i) ? i - 1 : i;
    }

    /** {@code i}, or one more when it falls inside an emoji of the replacement. */
    private int charEnd(int i) {
        return splitsPair(replacement, i) ? i + 1 : i;
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
