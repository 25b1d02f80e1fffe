package nl.codewerk.refi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Small conversions between REFI-QDA attribute values and ours: colours, date-times, unique names. */
final class RefiValues {

    private RefiValues() {
    }

    /** {@code #RRGGBB} in capitals from {@code #RGB} or {@code #RRGGBB}; null for anything else. */
    static String color(String raw) {
        if (raw == null) {
            return null;
        }
        String c = raw.strip();
        if (c.matches("#[0-9A-Fa-f]{6}")) {
            return c.toUpperCase(Locale.ROOT);
        }
        if (c.matches("#[0-9A-Fa-f]{3}")) {
            return ("#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3)).toUpperCase(Locale.ROOT);
        }
        return null;
    }

    /** An xsd:dateTime (with or without zone; without counts as UTC) as an instant; null if unreadable. */
    static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    /**
     * An instant as xsd:dateTime for export, to the millisecond: .NET readers (NVivo) take at
     * most seven fractional digits, and Java writes up to nine.
     */
    static String dateTime(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    /** {@code base}, or {@code base (2)}, {@code base (3)}, … whichever is not taken yet; taken gets it. */
    static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " (" + n + ")";
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
