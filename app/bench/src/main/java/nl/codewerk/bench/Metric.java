package nl.codewerk.bench;

/**
 * One line of results.json; {@code pass} is null when there is no target. Every capability has
 * landed, so every metric has a value (the format keeps value null for one that has not).
 *
 * @param baseline the same work done bare (plain SQLite, plain Lucene, plain POI) in this run
 * @param ratio    value / baseline, the number that holds on a noisy machine
 * @param target   the limit, in the metric's unit or as a ratio (see {@code targetKind})
 */
public record Metric(String metric, Double value, String unit, Double baseline, Double ratio, Double target,
        String targetKind, Boolean pass, String scale, String note) {

    /** A measured value with an optional baseline and a target on the value or on the ratio. */
    public static Metric measured(String name, double value, String unit, Double baseline, Double target, String targetKind, String scale, String note) {
        Double ratio = baseline == null || baseline <= 0 ? null : round(value / baseline);
        Boolean pass = null;
        if (target != null) {
            double compared = "ratio".equals(targetKind) ? (ratio == null ? Double.NaN : ratio) : value;
            pass = compared <= target;
        }
        return new Metric(name, round(value), unit, baseline == null ? null : round(baseline), ratio, target, targetKind, pass, scale, note);
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
