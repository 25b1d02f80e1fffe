package nl.codewerk.agreement;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.codewerk.transcript.Turn;

/**
 * Sentences within turns, as Java's Dutch sentence {@link BreakIterator} finds them (a sentence
 * never crosses a turn, so a speaker change always ends one). White space around a sentence is
 * not part of it.
 */
public final class SentenceUnits implements SpanUnits {

    private static final Locale DUTCH = Locale.of("nl");

    @Override
    public List<Segment> units(String text, List<Turn> turns) {
        List<Segment> out = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(DUTCH);
        for (Turn turn : turns) {
            if (turn.length() == 0) {
                continue;
            }
            String words = text.substring(turn.start(), turn.end());
            sentences.setText(words);
            int from = sentences.first();
            for (int to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
                int start = from;
                int end = to;
                while (start < end && Character.isWhitespace(words.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(words.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    out.add(new Segment(turn.start() + start, turn.start() + end));
                }
            }
        }
        out.sort(null);
        return out;
    }

    @Override
    public boolean needsText() {
        return true;
    }
}
