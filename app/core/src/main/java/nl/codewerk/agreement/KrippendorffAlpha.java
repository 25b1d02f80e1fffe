package nl.codewerk.agreement;

/**
 * Krippendorff's alpha by the coincidence-matrix method of Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability", for nominal, ordinal, interval and ratio data with missing
 * values.
 *
 * <p>Each unit u with m_u >= 2 values contributes every ordered pair of its values (from different
 * raters) with weight 1/(m_u - 1) to the coincidence matrix o_ck; units with fewer values are not
 * pairable and are ignored. With n_c = sum_k o_ck and n = sum_c n_c:
 * alpha = 1 - (n - 1) * sum_ck o_ck delta2_ck / sum_ck n_c n_k delta2_ck.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Alpha at the table's own level of measurement. */
    public static AgreementValue of(RatingTable table) {
        UnitCounts counts = UnitCounts.of(table);
        int q = counts.categories;
        double[][] o = coincidences(counts);
        double[] nc = new double[q];
        double n = 0;
        for (int c = 0; c < q; c++) {
            for (int k = 0; k < q; k++) {
                nc[c] += o[c][k];
            }
            n += nc[c];
        }
        if (n == 0) {
            return AgreementValue.notDefined(UnitCounts.noPairableUnitReason());
        }
        // Expected disagreement is 0 exactly when one category holds every pairable value: every
        // metric below is positive between distinct categories. Decided from the counts, not from
        // a floating-point sum.
        int sole = counts.soleCategory(2);
        if (sole >= 0) {
            return AgreementValue.notDefined("expected disagreement is 0 because every pairable value is '"
                    + table.categories().get(sole) + "'; alpha would be 0/0");
        }
        double[][] delta2 = squaredDifferences(table, nc);
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < q; c++) {
            for (int k = 0; k < q; k++) {
                observed += o[c][k] * delta2[c][k];
                expected += nc[c] * nc[k] * delta2[c][k];
            }
        }
        return AgreementValue.of(1 - (n - 1) * observed / expected);
    }

    /** o_ck = sum_u (number of c-k pairs in u) / (m_u - 1), ordered pairs of values from different raters. */
    static double[][] coincidences(UnitCounts counts) {
        int q = counts.categories;
        double[][] o = new double[q][q];
        for (int u = 0; u < counts.units(); u++) {
            int m = counts.ratings[u];
            if (m < 2) {
                continue;
            }
            int[] r = counts.counts[u];
            for (int c = 0; c < q; c++) {
                if (r[c] == 0) {
                    continue;
                }
                for (int k = 0; k < q; k++) {
                    long pairs = (long) r[c] * (c == k ? r[k] - 1 : r[k]);
                    o[c][k] += (double) pairs / (m - 1);
                }
            }
        }
        return o;
    }

    /** The difference function delta^2 of Krippendorff (2011) for the table's level. */
    private static double[][] squaredDifferences(RatingTable table, double[] nc) {
        int q = nc.length;
        double[][] d = new double[q][q];
        for (int c = 0; c < q; c++) {
            for (int k = 0; k < q; k++) {
                if (c == k) {
                    continue;
                }
                d[c][k] = switch (table.level()) {
                    case NOMINAL -> 1;
                    case ORDINAL -> ordinal(nc, Math.min(c, k), Math.max(c, k));
                    case INTERVAL -> square(table.number(c) - table.number(k));
                    case RATIO -> {
                        double x = table.number(c);
                        double y = table.number(k);
                        // x + y = 0 only for 0 and 0, which are the same category; guarded anyway.
                        yield x + y == 0 ? 0 : square((x - y) / (x + y));
                    }
                };
            }
        }
        return d;
    }

    /** (sum_{g=c..k} n_g - (n_c + n_k) / 2)^2 over the ordered categories c < k. */
    private static double ordinal(double[] nc, int c, int k) {
        double sum = 0;
        for (int g = c; g <= k; g++) {
            sum += nc[g];
        }
        return square(sum - (nc[c] + nc[k]) / 2);
    }

    private static double square(double x) {
        return x * x;
    }
}
