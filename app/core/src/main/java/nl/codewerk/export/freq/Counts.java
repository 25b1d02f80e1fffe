package nl.codewerk.export.freq;

/**
 * The four numbers of a frequency table cell group. {@code cases}: cases with at least one
 * coding (each case once, however many codings and coders); {@code percentCases}: those cases
 * as a percentage (0-100, unrounded) of the cases in the column's scope; {@code codings}: the
 * codings (references), each coder's coding counted; {@code words}: the words in the union of
 * the coded text, so text coded twice counts once.
 */
public record Counts(int cases, double percentCases, int codings, long words) {

    public static final Counts NONE = new Counts(0, 0, 0, 0);

    /** The percentage as files show it: rounded half up to one decimal. */
    public double percentRounded() {
        return java.math.BigDecimal.valueOf(percentCases).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
