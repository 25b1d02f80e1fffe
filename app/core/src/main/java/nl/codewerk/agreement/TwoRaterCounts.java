package nl.codewerk.agreement;

/**
 * The contingency table of two raters over the units both rated; units where either is missing
 * are left out, as Cohen (1960) and Scott (1955) assume complete pairs.
 */
final class TwoRaterCounts {

    /** Units rated by both. */
    final long n;
    /** Units on which both chose the same category. */
    final long agreeing;
    /** Marginals: how often rater A (first column) and rater B chose each category. */
    final long[] a;
    final long[] b;

    private TwoRaterCounts(long n, long agreeing, long[] a, long[] b) {
        this.n = n;
        this.agreeing = agreeing;
        this.a = a;
        this.b = b;
    }

    static TwoRaterCounts of(RatingTable table) {
        int q = table.categories().size();
        long[] a = new long[q];
        long[] b = new long[q];
        long n = 0;
        long agreeing = 0;
        for (int u = 0; u < table.unitCount(); u++) {
            int x = table.code(u, 0);
            int y = table.code(u, 1);
            if (x < 0 || y < 0) {
                continue;
            }
            n++;
            a[x]++;
            b[y]++;
            if (x == y) {
                agreeing++;
            }
        }
        return new TwoRaterCounts(n, agreeing, a, b);
    }

    /** Reason why a two-rater coefficient does not apply, or {@code null} when it does. */
    static String notApplicable(String measure, RatingTable table) {
        if (table.raterCount() != 2) {
            return measure + " is defined for exactly two raters; this table has " + table.raterCount()
                    + " (use Fleiss' kappa or Krippendorff's alpha for more)";
        }
        return null;
    }

    static String noCompleteUnitReason() {
        return "no unit was rated by both raters, so there is nothing to compare";
    }

    /** The one category both raters used throughout, for the 0/0 explanation. */
    String soleCategory(RatingTable table) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] == n && b[k] == n) {
                return table.categories().get(k);
            }
        }
        throw new IllegalStateException("expected agreement is 1 only when both raters used one category");
    }
}
