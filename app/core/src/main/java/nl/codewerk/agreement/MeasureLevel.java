package nl.codewerk.agreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Level of measurement of the ratings (Stevens' scale types as used by Krippendorff).
 * It decides how cell values are compared: as labels, as ranks, or as numbers.
 */
public enum MeasureLevel {
    NOMINAL,
    ORDINAL,
    INTERVAL,
    RATIO;

    /** Lower-case name, as the command line spells it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether cells that look like numbers are read as numbers ("1" and "1.0" are one category). */
    boolean readsNumbers() {
        return this != NOMINAL;
    }

    /** Whether every cell must be a number. */
    boolean requiresNumbers() {
        return this == INTERVAL || this == RATIO;
    }

    public static MeasureLevel parse(String text) {
        for (MeasureLevel level : values()) {
            if (level.id().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level of measurement '" + text + "'; expected one of "
                + Arrays.stream(values()).map(MeasureLevel::id).collect(Collectors.joining(", ")));
    }
}
