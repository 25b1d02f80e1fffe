package nl.codewerk.agreement;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Percentile bootstrap confidence interval: resample units with replacement, recompute the
 * measure on each resample, take the empirical quantiles of the defined values.
 *
 * <p>Units are the resampling unit because they are what was sampled in a reliability study;
 * raters and the category set stay fixed. Resamples on which the measure is not defined (for
 * example every resampled unit in one category, so kappa is 0/0) are skipped; when more than
 * {@link #MAX_SKIPPED_SHARE} of them are skipped the interval would describe a different
 * population than the estimate, so there is none. {@link java.util.Random} is used with a fixed
 * seed because its sequence is specified, so the same table gives the same interval on any JVM.
 *
 * @param lower            lower bound
 * @param upper            upper bound
 * @param level            confidence level, e.g. 0.95
 * @param resamples        resamples drawn
 * @param definedResamples resamples on which the measure was defined (used for the quantiles)
 */
public record BootstrapInterval(double lower, double upper, double level, int resamples, int definedResamples) {

    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 20261123L;
    /** At most this share of resamples may be undefined for an interval to be reported. */
    public static final double MAX_SKIPPED_SHARE = 0.10;

    /** 95% interval with {@link #DEFAULT_RESAMPLES} resamples and {@link #DEFAULT_SEED}. */
    public static Optional<BootstrapInterval> percentile95(RatingTable table,
            Function<RatingTable, AgreementValue> measure) {
        return percentile(table, measure, 0.95, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    /**
     * The interval, or empty when the measure is not defined on the table itself, the table has
     * no units, or too many resamples are not defined.
     */
    public static Optional<BootstrapInterval> percentile(RatingTable table,
            Function<RatingTable, AgreementValue> measure, double level, int resamples, long seed) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, got " + level);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("need at least one resample, got " + resamples);
        }
        int n = table.unitCount();
        if (n == 0 || !measure.apply(table).isDefined()) {
            return Optional.empty();
        }
        Random random = new Random(seed);
        double[] values = new double[resamples];
        int defined = 0;
        int[] units = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                units[i] = random.nextInt(n);
            }
            if (measure.apply(table.selectUnits(units)) instanceof AgreementValue.Defined(double value)) {
                values[defined++] = value;
            }
        }
        if (resamples - defined > MAX_SKIPPED_SHARE * resamples) {
            return Optional.empty();
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        return Optional.of(new BootstrapInterval(quantile(sorted, tail), quantile(sorted, 1 - tail), level,
                resamples, defined));
    }

    /** Linear interpolation between order statistics (Hyndman and Fan 1996, type 7; R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
