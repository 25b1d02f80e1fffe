package nl.codewerk.export.cooccurrence;

import java.util.Locale;
import nl.codewerk.export.ExportException;

/** What counts as two codes occurring together. */
public enum CooccurrenceUnit {
    /** Both codes are applied somewhere in the same speaker turn; a cell counts turns. */
    TURN,
    /** Both codes cover the same text; a cell counts the separate stretches of text they share. */
    OVERLAP;

    public static CooccurrenceUnit parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExportException("export.badUnit", text);
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
