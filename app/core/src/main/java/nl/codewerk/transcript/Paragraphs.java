package nl.codewerk.transcript;

/**
 * Collects the paragraphs of a document (docx, odt, rtf) into the text that is stored:
 * paragraphs separated by one blank line, line ends LF, no control characters. Empty paragraphs
 * hold no text and are left out; nothing else is.
 */
final class Paragraphs {

    private final StringBuilder text = new StringBuilder();

    void add(CharSequence paragraph) {
        String p = clean(paragraph);
        if (p.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(p);
    }

    String text() {
        return text.toString();
    }

    ImportedText imported(String format) {
        String t = text();
        if (t.isBlank()) {
            throw new ImportRefusedException("import.empty");
        }
        return new ImportedText(t, TurnDetector.detect(t), format, null, null);
    }

    /**
     * Line ends to LF (including Word's vertical tab and the Unicode line and paragraph
     * separators), trailing spaces off every line, at most one blank line in a row, no
     * surrounding whitespace, and no invisible control characters (a soft hyphen would split a
     * searched word).
     */
    static String clean(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blankRun = 0;
        int lineStart = 0;
        for (int i = 0; i <= raw.length(); i++) {
            char c = i < raw.length() ? raw.charAt(i) : '\n';
            boolean lineEnd = c == '\n' || c == '\r' || c == '\u000B' || c == '\u2028' || c == '\u2029' || c == '\f';
            if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                i++;
            }
            if (lineEnd) {
                int n = out.length();
                while (n > lineStart && Character.isWhitespace(out.charAt(n - 1))) {
                    n--;
                }
                out.setLength(n);
                if (n == lineStart) {
                    blankRun++;
                } else {
                    blankRun = 0;
                }
                if (blankRun < 2 && i < raw.length()) {
                    out.append('\n');
                }
                lineStart = out.length();
            } else if (c != '\u00AD' && c != '\uFEFF' && (c >= 0x20 || c == '\t')) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
