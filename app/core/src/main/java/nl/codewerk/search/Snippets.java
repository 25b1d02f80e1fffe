package nl.codewerk.search;

/** The context shown around a hit in a keyword-in-context list. */
final class Snippets {

    /** Characters of context on each side, cut back to whole words. */
    static final int CONTEXT = 60;
    static final String CUT = "…";

    record Parts(String before, String match, String after) {
    }

    private Snippets() {
    }

    /** Context within the turn text around {@code [start, end)} (offsets into the turn text). */
    static Parts of(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        boolean cutBefore = from > 0;
        if (cutBefore) {
            // Start at a whole word: skip the word the window cut into.
            while (from < start && !Character.isWhitespace(text.charAt(from - 1))) {
                from++;
            }
        }
        int to = Math.min(text.length(), end + CONTEXT);
        boolean cutAfter = to < text.length();
        if (cutAfter) {
            while (to > end && !Character.isWhitespace(text.charAt(to))) {
                to--;
            }
        }
        String before = collapse(text.substring(from, start)).stripLeading();
        String after = collapse(text.substring(end, to)).stripTrailing();
        return new Parts((cutBefore ? CUT : "") + before, collapse(text.substring(start, end)), after + (cutAfter ? CUT : ""));
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
