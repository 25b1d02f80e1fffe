package nl.codewerk.cases;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts attribute values between what people type, the stored text and typed values. */
public final class AttributeValues {

    private static final Set<String> TRUE = Set.of("ja", "yes", "true", "waar", "j", "y", "1");
    private static final Set<String> FALSE = Set.of("nee", "no", "false", "onwaar", "n", "0");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

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

    /** ISO dates (2025-03-14) and dates as Dutch sheets write them, day first: 14-3-2025, 14/03/2025, 14.3.2025. */
    public static boolean isDate(String raw) {
        return parseDate(raw) != null;
    }

    static LocalDate parseDate(String raw) {
        String v = raw.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            Matcher m = DAY_FIRST.matcher(v);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
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
            case DATE -> {
                LocalDate date = parseDate(v);
                if (date == null) {
                    throw new IllegalArgumentException(v);
                }
                yield date.toString();
            }
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
