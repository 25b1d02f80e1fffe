package nl.codewerk.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speaker turns in text: a paragraph starting with a label and a colon ({@code I:},
 * {@code Interviewer:}, {@code Moeder:}, a name), optionally with a timestamp before or after
 * the label. A paragraph without a label becomes a turn of its own without a speaker, so no
 * text is ever dropped.
 */
final class TurnDetector {

    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?";
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:[\\[(](?<t1>" + TIME + ")[\\])]\\s*|(?<t2>" + TIME + ")\\s+)?"
                    + "(?<label>[\\p{L}][\\p{L}\\p{M}0-9 .'’-]{0,30}?)\\s*:\\s+"
                    + "(?:[\\[(](?<t3>" + TIME + ")[\\])]\\s*|(?<t4>" + TIME + ")\\s+)?");

    private TurnDetector() {
    }

    static List<Turn> detect(String text) {
        List<Turn> turns = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            int end = lineEnd < 0 ? n : lineEnd;
            int contentStart = i;
            while (contentStart < end && Character.isWhitespace(text.charAt(contentStart))) {
                contentStart++;
            }
            int contentEnd = end;
            while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentEnd > contentStart) {
                Matcher m = LABELLED.matcher(text).region(contentStart, contentEnd);
                if (m.lookingAt() && m.end() < contentEnd && words(m.group("label")) <= 3) {
                    String time = firstNonNull(m.group("t1"), m.group("t2"), m.group("t3"), m.group("t4"));
                    turns.add(new Turn(turns.size(), contentStart, m.end(), contentEnd, m.group("label").strip(), time));
                } else {
                    turns.add(new Turn(turns.size(), contentStart, contentStart, contentEnd, null, null));
                }
            }
            i = end + 1;
        }
        return turns;
    }

    private static int words(String label) {
        return label.strip().split("\\s+").length;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
