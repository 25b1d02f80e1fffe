package nl.codewerk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Converts attribute values between what people type, the stored text and typed values. */
public final class AttributeValues {

    private static final Set<String> TRUE = Set.of("ja", "yes", "true", "waar", "j", "y", "1");
    private static final Set<String> FALSE = Set.of("nee", "no", "false", "onwaar", "n", "0");

    private AttributeValues() {
    }

    public static boolean isBoolean(String raw) {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        return TRUE.contains(v) || FALSE.contains(v);
    }

    /** Numbers as people write them, with a decimal point or a Dutch decimal comma. */
    public static boolean isNumber(String raw) {
        return parseNumber(raw) != null;
    }

    public static boolean isDate(String raw) {
        try {
            LocalDate.parse(raw.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static BigDecimal parseNumber(String raw) {
        String v = raw.strip();
        if (v.isEmpty() || !v.matches("[-+]?\\d+([.,]\\d+)?")) {
            return null;
        }
        return new BigDecimal(v.replace(',', '.'));
    }

    /** The canonical stored form, or null for an empty cell. Throws if the value does not fit. */
    public static String canonical(AttributeType type, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        return switch (type) {
            case TEXT -> v;
            case NUMBER -> {
                BigDecimal n = parseNumber(v);
                if (n == null) {
                    throw new IllegalArgumentException(v);
                }
                yield n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> {
                String l = v.toLowerCase(Locale.ROOT);
                if (TRUE.contains(l)) {
                    yield "true";
                }
                if (FALSE.contains(l)) {
                    yield "false";
                }
                throw new IllegalArgumentException(v);
            }
            case DATE -> LocalDate.parse(v).toString();
        };
    }

    /** The typed value of a stored text: Long or Double, Boolean, LocalDate, or String. */
    public static Object typed(AttributeType type, String stored) {
        if (stored == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> stored;
            case NUMBER -> stored.contains(".") ? (Object) Double.parseDouble(stored) : (Object) Long.parseLong(stored);
            case BOOLEAN -> Boolean.parseBoolean(stored);
            case DATE -> LocalDate.parse(stored);
        };
    }

    /** How a value reads in a report: ja/nee in Dutch, numbers without trailing zeros. */
    public static String display(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            boolean dutch = "nl".equals(locale.getLanguage());
            return b ? (dutch ? "ja" : "yes") : (dutch ? "nee" : "no");
        }
        return value.toString();
    }
}
