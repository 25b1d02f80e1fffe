package nl.codewerk.agreement;

import java.util.List;
import nl.codewerk.transcript.Turn;

/**
 * Cuts a transcript into units of comparison that are spans of its text: turns, sentences or
 * paragraphs. The units of one transcript are sorted and do not overlap, and none is empty
 * (an empty unit could never be coded and would only add agreement on absence).
 */
public interface SpanUnits {

    /**
     * @param text  the stored transcript text (may be null for units that need only the turns)
     * @param turns the transcript's turns in order
     */
    List<Segment> units(String text, List<Turn> turns);

    /** Whether {@link #units} reads the text, so the caller knows to load it. */
    boolean needsText();

    static SpanUnits of(UnitOfComparison.Kind kind) {
        return switch (kind) {
            case TURN -> new TurnUnits();
            case SENTENCE -> new SentenceUnits();
            case PARAGRAPH -> new ParagraphUnits();
            case CHARACTER, OVERLAP -> throw new IllegalArgumentException(kind.id() + " units are not spans of a transcript");
        };
    }
}
