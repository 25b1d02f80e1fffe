package nl.codewerk.agreement;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What counts as one unit when coders' codings are compared, as the user chose it; printed with
 * every result because the same codings give very different values at different units.
 *
 * @param kind           turn, sentence, paragraph, char or overlap
 * @param overlapPercent for segment overlap: the least overlap, as a percentage of the union of two
 *                       segments, for them to match (0 < X <= 100); 0 for the other kinds
 */
public record UnitOfComparison(Kind kind, double overlapPercent) {

    public static final double DEFAULT_OVERLAP_PERCENT = 50;

    public enum Kind {
        TURN("turn"), SENTENCE("sentence"), PARAGRAPH("paragraph"), CHARACTER("char"), OVERLAP("overlap");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public UnitOfComparison {
        if (kind == Kind.OVERLAP && !(overlapPercent > 0 && overlapPercent <= 100)) {
            throw new AgreementException("agreement.badOverlapPercent", overlapPercent);
        }
        if (kind != Kind.OVERLAP && overlapPercent != 0) {
            throw new IllegalArgumentException("only segment overlap takes a percentage");
        }
    }

    public static UnitOfComparison of(Kind kind) {
        return new UnitOfComparison(kind, kind == Kind.OVERLAP ? DEFAULT_OVERLAP_PERCENT : 0);
    }

    public static UnitOfComparison overlap(double percent) {
        return new UnitOfComparison(Kind.OVERLAP, percent);
    }

    /** Reads {@code turn|sentence|paragraph|char|overlap[:PERCENT]} (a trailing % is allowed). */
    public static UnitOfComparison parse(String text) {
        String spec = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String name = spec;
        String percent = null;
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            name = spec.substring(0, colon).strip();
            percent = spec.substring(colon + 1).strip();
        }
        for (Kind kind : Kind.values()) {
            if (!kind.id.equals(name) && !(kind == Kind.CHARACTER && name.equals("character"))) {
                continue;
            }
            if (percent == null) {
                return of(kind);
            }
            if (kind != Kind.OVERLAP) {
                break;
            }
            String number = percent.endsWith("%") ? percent.substring(0, percent.length() - 1).strip() : percent;
            double value;
            try {
                value = Double.parseDouble(number.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new AgreementException("agreement.badOverlapPercent", percent);
            }
            if (!(value > 0 && value <= 100)) {
                throw new AgreementException("agreement.badOverlapPercent", percent);
            }
            return overlap(value);
        }
        throw new AgreementException("agreement.badUnit", text == null ? "" : text.strip());
    }

    /** {@code turn}, ..., {@code overlap:50}: the form {@link #parse} reads. */
    public String id() {
        if (kind != Kind.OVERLAP) {
            return kind.id;
        }
        return kind.id + ":" + BigDecimal.valueOf(overlapPercent).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return id();
    }
}
