package nl.codewerk.util;

/** Counts words the way a reader would: runs of letters or digits, apostrophes inside words. */
public final class Words {

    private Words() {
    }

    public static int count(CharSequence text) {
        return count(text, 0, text.length());
    }

    public static int count(CharSequence text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    || (inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
