package nl.codewerk.bench;

import java.util.List;

/** Metrics whose feature is not in Codewerk yet: listed as not measured, never faked. */
final class NotLandedBenchmark implements Benchmark {

    private final String metric;
    private final String unit;
    private final String feature;

    NotLandedBenchmark(String metric, String unit, String feature) {
        this.metric = metric;
        this.unit = unit;
        this.feature = feature;
    }

    @Override
    public List<String> metrics() {
        return List.of(metric);
    }

    @Override
    public List<Metric> run(BenchContext context) {
        return List.of(Metric.notLanded(metric, unit, context.scale(), feature));
    }
}
