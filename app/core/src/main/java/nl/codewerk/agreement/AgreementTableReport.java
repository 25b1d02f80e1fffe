package nl.codewerk.agreement;

import java.util.List;
import java.util.Optional;

/**
 * One measure on one rating table, in the shape the command line prints as JSON:
 * {@code {"measure", "level", "value", "units", "ci95", "reason"}}.
 *
 * @param measure the measure's id (percent, cohen, scott, fleiss, alpha, bp, ac1)
 * @param level   the level of measurement's id (nominal, ordinal, interval, ratio)
 * @param value   the coefficient, or {@code null} when not defined
 * @param units   the number of units (rows) in the table, including units with missing ratings
 * @param ci95    [lower, upper] of the 95% percentile bootstrap interval for alpha, cohen and
 *                fleiss, or {@code null} (other measures, value not defined, too few defined resamples)
 * @param reason  why the value is not defined, or {@code null} when it is
 */
public record AgreementTableReport(String measure, String level, Double value, int units, List<Double> ci95,
        String reason) {

    public AgreementTableReport {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a report has either a value or a reason");
        }
        if (ci95 != null) {
            ci95 = List.copyOf(ci95);
            if (ci95.size() != 2) {
                throw new IllegalArgumentException("ci95 has a lower and an upper bound");
            }
        }
    }

    /**
     * Computes the report with the default bootstrap (1000 resamples, seed 20261123).
     *
     * @param categories the full category set in scale order, or {@code null} for the observed values
     */
    public static AgreementTableReport of(RatingTable table, String measure, MeasureLevel level,
            List<String> categories) {
        return of(table, AgreementMeasure.parse(measure), level, categories, BootstrapInterval.DEFAULT_RESAMPLES,
                BootstrapInterval.DEFAULT_SEED);
    }

    public static AgreementTableReport of(RatingTable table, AgreementMeasure measure, MeasureLevel level,
            List<String> categories, int resamples, long seed) {
        RatingTable scaled = table.withScale(level, categories);
        AgreementValue value = measure.compute(scaled);
        List<Double> ci = null;
        if (measure.bootstrapped() && value.isDefined()) {
            Optional<BootstrapInterval> interval =
                    BootstrapInterval.percentile(scaled, measure::compute, 0.95, resamples, seed);
            ci = interval.map(i -> List.of(i.lower(), i.upper())).orElse(null);
        }
        return new AgreementTableReport(measure.id(), level.id(), value.valueOrNull(), scaled.unitCount(), ci,
                value.reasonOrNull());
    }
}
