package nl.codewerk.refi;

import nl.codewerk.transcript.ImportedText;

/**
 * A source's plain text as the exchange file holds it ({@code raw}: BOM removed, CR kept) and
 * as we store it ({@code text}: CRLF and lone CR turned into LF, exactly as our importers do), with
 * the mapping of exchange positions onto our UTF-16 offsets in the stored text.
 *
 * <p>A position is read in a unit (code points or UTF-16 units) over a counted text: the raw
 * text when CR and LF count two, the stored text when a line break counts one (a lone CR counts
 * one either way). A position between the CR and the LF of a line break maps to just after the
 * line break.
 */
final class SourceText {

    /** Result of mapping a position that does not fall inside the text. */
    static final int PAST_END = -1;

    private final String raw;
    private final ImportedText imported;
    private final boolean hasCrlf;
    private int[] rawToText;
    private int[] rawCodePoints;
    private int[] textCodePoints;

    /** @param decoded the text with its byte order mark already removed ({@link TextDecoding} does that) */
    SourceText(String decoded, String format, String encoding) {
        this.raw = decoded;
        this.imported = ImportedText.fromPlainText(raw, format, encoding);
        this.hasCrlf = raw.contains("\r\n");
    }

    String raw() {
        return raw;
    }

    /** The text as stored, LF line ends. */
    String text() {
        return imported.text();
    }

    ImportedText imported() {
        return imported;
    }

    boolean hasCrlf() {
        return hasCrlf;
    }

    /** The length of the counted text in the unit. */
    long length(PositionUnit unit, boolean crlfTwo) {
        String counted = counted(crlfTwo);
        return unit == PositionUnit.UTF16 ? counted.length() : codePoints(crlfTwo).length - 1;
    }

    /** The UTF-16 offset in {@link #text()} of a position, or {@link #PAST_END}. */
    int offset(long position, PositionUnit unit, boolean crlfTwo) {
        if (position < 0 || position > length(unit, crlfTwo)) {
            return PAST_END;
        }
        int p = (int) position;
        int index = unit == PositionUnit.UTF16 ? p : codePoints(crlfTwo)[p];
        return crlfTwo && hasCrlf ? rawToText()[index] : index;
    }

    /** Whether a UTF-16 position would fall between the two halves of a surrogate pair. */
    boolean splitsSurrogatePair(long position, boolean crlfTwo) {
        String counted = counted(crlfTwo);
        if (position <= 0 || position >= counted.length()) {
            return false;
        }
        int p = (int) position;
        return Character.isHighSurrogate(counted.charAt(p - 1)) && Character.isLowSurrogate(counted.charAt(p));
    }

    /** Whether a position, CR and LF counted two, falls between a CR and its LF. */
    boolean splitsCrlf(long position, PositionUnit unit) {
        if (!hasCrlf || position <= 0 || position > length(unit, true)) {
            return false;
        }
        int index = unit == PositionUnit.UTF16 ? (int) position : codePoints(true)[(int) position];
        return index > 0 && index < raw.length() && raw.charAt(index - 1) == '\r' && raw.charAt(index) == '\n';
    }

    private String counted(boolean crlfTwo) {
        return crlfTwo ? raw : text();
    }

    private int[] codePoints(boolean crlfTwo) {
        if (crlfTwo && hasCrlf) {
            if (rawCodePoints == null) {
                rawCodePoints = codePointStarts(raw);
            }
            return rawCodePoints;
        }
        if (textCodePoints == null) {
            textCodePoints = codePointStarts(text());
        }
        return textCodePoints;
    }

    /** For each code point index (and the end), its UTF-16 index. */
    private static int[] codePointStarts(String s) {
        int[] starts = new int[s.codePointCount(0, s.length()) + 1];
        int i = 0;
        int cp = 0;
        while (i < s.length()) {
            starts[cp++] = i;
            i += Character.charCount(s.codePointAt(i));
        }
        starts[cp] = s.length();
        return starts;
    }

    /** For each UTF-16 index of the raw text (and the end), the index in the stored text. */
    private int[] rawToText() {
        if (rawToText == null) {
            int n = raw.length();
            int[] map = new int[n + 1];
            int j = 0;
            int i = 0;
            while (i < n) {
                map[i] = j;
                if (raw.charAt(i) == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                    map[i + 1] = j + 1;
                    i += 2;
                } else {
                    i++;
                }
                j++;
            }
            map[n] = j;
            rawToText = map;
        }
        return rawToText;
    }
}
