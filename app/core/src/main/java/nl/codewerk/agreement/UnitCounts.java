package nl.codewerk.agreement;

/**
 * For each unit, how many raters chose each category: the "distribution of raters by subject and
 * category" that the multi-rater coefficients (percent, Fleiss, Brennan-Prediger, AC1) and
 * Krippendorff's coincidences are built from. Which rater chose what no longer matters here,
 * which is why those measures treat raters as exchangeable.
 */
final class UnitCounts {

    final int categories;
    /** counts[u][k]: raters who put unit u in category k. */
    final int[][] counts;
    /** ratings[u]: non-missing ratings of unit u. */
    final int[] ratings;

    private UnitCounts(int categories, int[][] counts, int[] ratings) {
        this.categories = categories;
        this.counts = counts;
        this.ratings = ratings;
    }

    static UnitCounts of(RatingTable table) {
        int q = table.categories().size();
        int[][] counts = new int[table.unitCount()][q];
        int[] ratings = new int[table.unitCount()];
        for (int u = 0; u < table.unitCount(); u++) {
            for (int r = 0; r < table.raterCount(); r++) {
                int code = table.code(u, r);
                if (code >= 0) {
                    counts[u][code]++;
                    ratings[u]++;
                }
            }
        }
        return new UnitCounts(q, counts, ratings);
    }

    int units() {
        return counts.length;
    }

    /** Units with at least two ratings: the only ones where raters can agree or disagree. */
    int pairableUnits() {
        int n = 0;
        for (int r : ratings) {
            if (r >= 2) {
                n++;
            }
        }
        return n;
    }

    /**
     * Mean over pairable units of the share of agreeing rater pairs in the unit,
     * sum_k r_uk (r_uk - 1) / (r_u (r_u - 1)). With two raters this is the share of units where
     * both agree. Fleiss (1971) P-bar; Gwet (2014) p_a with missing ratings.
     * NaN when no unit is pairable.
     */
    double pairwiseAgreement() {
        double sum = 0;
        int n = 0;
        for (int u = 0; u < counts.length; u++) {
            long r = ratings[u];
            if (r < 2) {
                continue;
            }
            long agreeing = 0;
            for (int c : counts[u]) {
                agreeing += (long) c * (c - 1);
            }
            sum += (double) agreeing / (r * (r - 1));
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * Category shares averaged over units with at least one rating,
     * pi_k = (1/n) sum_u r_uk / r_u (Fleiss 1971 p_j; Gwet 2014 with missing ratings).
     */
    double[] meanShares() {
        double[] pi = new double[categories];
        int n = 0;
        for (int u = 0; u < counts.length; u++) {
            if (ratings[u] == 0) {
                continue;
            }
            n++;
            for (int k = 0; k < categories; k++) {
                pi[k] += (double) counts[u][k] / ratings[u];
            }
        }
        for (int k = 0; k < categories; k++) {
            pi[k] = n == 0 ? 0 : pi[k] / n;
        }
        return pi;
    }

    /** The only category used in units with at least {@code minRatings} ratings; -1 when none, -2 when several. */
    int soleCategory(int minRatings) {
        int sole = -1;
        for (int u = 0; u < counts.length; u++) {
            if (ratings[u] < minRatings) {
                continue;
            }
            for (int k = 0; k < categories; k++) {
                if (counts[u][k] > 0) {
                    if (sole >= 0 && sole != k) {
                        return -2;
                    }
                    sole = k;
                }
            }
        }
        return sole;
    }

    static String noPairableUnitReason() {
        return "no unit has ratings from at least two raters, so there is nothing to compare";
    }
}
