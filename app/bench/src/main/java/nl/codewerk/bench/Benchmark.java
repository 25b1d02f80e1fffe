package nl.codewerk.bench;

import java.util.List;

/** One measured capability; it returns the metrics it is responsible for. */
public interface Benchmark {

    /** The metric names this benchmark produces, for {@code --only}. */
    List<String> metrics();

    List<Metric> run(BenchContext context) throws Exception;
}
