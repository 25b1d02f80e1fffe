package nl.codewerk.search;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Widens a hit to its sentence, paragraph or turn. Works on the turn's spoken text, so an
 * extended span never takes in a speaker label, a timestamp or another turn.
 */
final class ScopeExtender {

    private static final Locale DUTCH = Locale.of("nl");

    private ScopeExtender() {
    }

    /** The span in turn-text offsets: {@code [start, end)} widened to the scope, trimmed of spaces. */
    static int[] extend(String turnText, int start, int end, AutocodeScope scope) {
        int from;
        int to;
        switch (scope) {
            case HIT -> {
                return new int[] {start, end};
            }
            case SENTENCE -> {
                BreakIterator sentences = BreakIterator.getSentenceInstance(DUTCH);
                sentences.setText(turnText);
                from = sentences.isBoundary(start) ? start : sentences.preceding(start);
                to = end >= turnText.length() || sentences.isBoundary(end) ? end : sentences.following(end);
                if (from == BreakIterator.DONE) {
                    from = 0;
                }
                if (to == BreakIterator.DONE) {
                    to = turnText.length();
                }
            }
            case PARAGRAPH -> {
                int lineStart = turnText.lastIndexOf('\n', Math.max(0, start - 1));
                from = start == 0 ? 0 : lineStart + 1;
                int lineEnd = turnText.indexOf('\n', end);
                to = lineEnd < 0 ? turnText.length() : lineEnd;
            }
            case TURN -> {
                from = 0;
                to = turnText.length();
            }
            default -> throw new IllegalStateException(scope.name());
        }
        while (from < start && Character.isWhitespace(turnText.charAt(from))) {
            from++;
        }
        while (to > end && Character.isWhitespace(turnText.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }
}
