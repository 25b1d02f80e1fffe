package nl.codewerk.export.fragments;

/** Finds where N words before or after a passage begin or end, without crossing a limit. */
final class ContextWindow {

    private ContextWindow() {
    }

    /** The offset where the {@code words}-th word before {@code from} starts, not before {@code limit}. */
    static int before(String text, int from, int limit, int words) {
        int i = Math.min(from, text.length());
        int found = 0;
        while (found < words && i > limit) {
            while (i > limit && !isWord(text.charAt(i - 1))) {
                i--;
            }
            if (i == limit) {
                break;
            }
            while (i > limit && isWord(text.charAt(i - 1))) {
                i--;
            }
            found++;
        }
        // Do not begin the context with the spaces and punctuation before its first word.
        while (i < from && !isWord(text.charAt(i)) && found > 0) {
            i++;
        }
        return found == 0 ? from : i;
    }

    /** The offset where the {@code words}-th word after {@code from} ends, not after {@code limit}. */
    static int after(String text, int from, int limit, int words) {
        int end = Math.min(limit, text.length());
        int i = from;
        int found = 0;
        int lastWordEnd = from;
        while (found < words && i < end) {
            while (i < end && !isWord(text.charAt(i))) {
                i++;
            }
            if (i == end) {
                break;
            }
            while (i < end && isWord(text.charAt(i))) {
                i++;
            }
            found++;
            lastWordEnd = i;
        }
        // Keep a full stop or comma right after the last word.
        while (lastWordEnd < end && found > 0 && ".,;:!?…'\"’”)".indexOf(text.charAt(lastWordEnd)) >= 0) {
            lastWordEnd++;
        }
        return lastWordEnd;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || Character.isSurrogate(c);
    }
}
