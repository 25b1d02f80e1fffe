package nl.codewerk.codebook;

import java.util.Locale;

/** Where a code sits in grounded-theory coding: open codes, axial categories, the selective core. */
public enum CodeLevel {
    OPEN, AXIAL, SELECTIVE;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CodeLevel parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CodebookException("codebook.badLevel", text);
        }
    }
}
