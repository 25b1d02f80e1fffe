package nl.codewerk.codebook;

import java.util.Locale;

/** Typed relations between codes for axial coding. */
public enum RelationType {
    CAUSE, CONDITION, CONSEQUENCE, PART_OF, ASSOCIATED;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RelationType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new CodebookException("codebook.badRelationType", text);
        }
    }
}
