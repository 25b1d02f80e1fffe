package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The seven measures and their bootstrap intervals on {@link PresenceCounts}, in closed form.
 *
 * <p>A presence table is complete yes/no data (every coder rates every unit), for which each
 * measure reduces to a formula in the pattern counts; the values equal those of the general
 * implementations on the expanded table (tested). Whether a measure is defined depends only on
 * which patterns occur, so "not defined" and its reason come from the general implementation on
 * a table with one row per occurring pattern, and the wording is the same everywhere.
 *
 * <p>The bootstrap is the unit bootstrap of {@link BootstrapInterval}: resampling N units with
 * replacement from a table whose units fall into patterns gives multinomial pattern counts with
 * probabilities count / N, which is drawn directly. Same distribution, a few draws per resample
 * instead of N; the random stream differs, so intervals are not digit-for-digit those of the
 * expanded table.
 */
public final class PresenceMeasures {

    private PresenceMeasures() {
    }

    public static AgreementValue compute(AgreementMeasure measure, PresenceCounts counts) {
        long[] c = counts.patterns();
        int m = counts.coderCount();
        if (!defined(measure, c, m)) {
            AgreementValue general = measure.compute(counts.patternTable());
            if (general.isDefined()) {
                throw new IllegalStateException(measure.id() + " is defined on " + counts + " after all");
            }
            return general;
        }
        return AgreementValue.of(value(measure, c, m));
    }

    /** Every measure, in {@link AgreementMeasure} order. */
    public static Map<AgreementMeasure, AgreementValue> computeAll(PresenceCounts counts) {
        Map<AgreementMeasure, AgreementValue> out = new EnumMap<>(AgreementMeasure.class);
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            out.put(measure, compute(measure, counts));
        }
        return out;
    }

    /**
     * 95% percentile intervals for the measures that carry one ({@link AgreementMeasure#bootstrapped()}),
     * by the rules of {@link BootstrapInterval}: default resamples and seed, resamples where the
     * measure is not defined skipped, none when more than 10% are skipped or the estimate itself is
     * not defined. All measures share the same resamples.
     */
    public static Map<AgreementMeasure, BootstrapInterval> intervals95(PresenceCounts counts) {
        return intervals(counts, 0.95, BootstrapInterval.DEFAULT_RESAMPLES, BootstrapInterval.DEFAULT_SEED);
    }

    public static Map<AgreementMeasure, BootstrapInterval> intervals(PresenceCounts counts, double level, int resamples,
            long seed) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, got " + level);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("need at least one resample, got " + resamples);
        }
        long[] c = counts.patterns();
        int m = counts.coderCount();
        long n = counts.units();
        List<AgreementMeasure> wanted = new ArrayList<>();
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            if (measure.bootstrapped() && n > 0 && defined(measure, c, m)) {
                wanted.add(measure);
            }
        }
        Map<AgreementMeasure, BootstrapInterval> out = new EnumMap<>(AgreementMeasure.class);
        if (wanted.isEmpty()) {
            return out;
        }
        double[][] values = new double[wanted.size()][resamples];
        int[] defined = new int[wanted.size()];
        Random random = new Random(seed);
        for (int b = 0; b < resamples; b++) {
            long[] resample = BinomialSampler.multinomial(random, n, c);
            for (int i = 0; i < wanted.size(); i++) {
                if (defined(wanted.get(i), resample, m)) {
                    values[i][defined[i]++] = value(wanted.get(i), resample, m);
                }
            }
        }
        double tail = (1 - level) / 2;
        for (int i = 0; i < wanted.size(); i++) {
            if (resamples - defined[i] > BootstrapInterval.MAX_SKIPPED_SHARE * resamples) {
                continue;
            }
            double[] sorted = Arrays.copyOf(values[i], defined[i]);
            Arrays.sort(sorted);
            out.put(wanted.get(i), new BootstrapInterval(BootstrapInterval.quantile(sorted, tail),
                    BootstrapInterval.quantile(sorted, 1 - tail), level, resamples, defined[i]));
        }
        return out;
    }

    /** Mirrors the 0/0 cases of the general implementations, for complete yes/no data. */
    static boolean defined(AgreementMeasure measure, long[] c, int m) {
        long n = 0;
        long yes = 0;
        for (int mask = 0; mask < c.length; mask++) {
            n += c[mask];
            yes += c[mask] * Integer.bitCount(mask);
        }
        if (n == 0) {
            return false;
        }
        // Every rating in one category: expected agreement 1 (kappa, pi), expected disagreement 0 (alpha).
        boolean oneCategory = yes == 0 || yes == n * m;
        return switch (measure) {
            case PERCENT, BP, AC1 -> true;
            case COHEN, SCOTT -> m == 2 && !oneCategory;
            case FLEISS, ALPHA -> !oneCategory;
        };
    }

    /** The value, assuming {@link #defined}. */
    static double value(AgreementMeasure measure, long[] c, int m) {
        long n = 0;
        long yes = 0;
        long agreeingPairs = 0;
        long mixedPairs = 0;
        for (int mask = 0; mask < c.length; mask++) {
            long r = Integer.bitCount(mask);
            n += c[mask];
            yes += c[mask] * r;
            agreeingPairs += c[mask] * (r * (r - 1) + (m - r) * (m - r - 1));
            mixedPairs += c[mask] * r * (m - r);
        }
        double pairsPerUnit = (double) m * (m - 1);
        // p_a: mean share of agreeing ordered pairs per unit (percent agreement; Fleiss' P-bar).
        double pa = agreeingPairs / (n * pairsPerUnit);
        // pi: share of "yes" among all ratings (the mean per-unit share, as every unit has m ratings).
        double pi = (double) yes / ((double) n * m);
        return switch (measure) {
            case PERCENT -> pa;
            case BP -> 2 * pa - 1;
            case AC1 -> {
                double pe = 2 * pi * (1 - pi);
                yield (pa - pe) / (1 - pe);
            }
            case FLEISS -> {
                double pe = pi * pi + (1 - pi) * (1 - pi);
                yield (pa - pe) / (1 - pe);
            }
            case ALPHA -> {
                // Coincidences: o_yes,no = sum_u r_u (m - r_u) / (m - 1); n_yes = yes, n_no = n*m - yes.
                double values = (double) n * m;
                double observed = mixedPairs / (double) (m - 1);
                yield 1 - (values - 1) * observed / ((double) yes * (values - yes));
            }
            case COHEN -> {
                double a = c[3], b = c[1], cc = c[2], d = c[0];
                yield 2 * (a * d - b * cc) / ((a + b) * (b + d) + (a + cc) * (cc + d));
            }
            case SCOTT -> {
                double a = c[3], d = c[0], s = (double) c[1] + c[2];
                yield (4 * a * d - s * s) / ((2 * a + s) * (2 * d + s));
            }
        };
    }
}
