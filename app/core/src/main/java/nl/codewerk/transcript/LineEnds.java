package nl.codewerk.transcript;

/** Normalises CRLF and CR-only line ends to LF and says what it found. */
final class LineEnds {

    record Normalised(String text, String found) {
    }

    private LineEnds() {
    }

    static Normalised normalise(String text) {
        if (text.indexOf('\r') < 0) {
            // Nearly every file: nothing to change, so no copy of a text that may be long.
            return new Normalised(text, text.indexOf('\n') < 0 ? "none" : "LF");
        }
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
                out.append('\n');
            } else {
                if (c == '\n') {
                    lf++;
                }
                out.append(c);
            }
        }
        int kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
        String found = kinds == 0 ? "none" : kinds > 1 ? "mixed" : crlf > 0 ? "CRLF" : cr > 0 ? "CR" : "LF";
        return new Normalised(out.toString(), found);
    }
}
