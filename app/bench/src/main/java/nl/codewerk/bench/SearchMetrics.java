package nl.codewerk.bench;

import java.nio.file.Files;
import java.util.List;
import nl.codewerk.bench.search.SearchBenchmark;

/**
 * Indexing against a bare Lucene IndexWriter over the same texts, and search latency over a
 * mixed query set on a warm index; the work itself is {@link SearchBenchmark}.
 */
final class SearchMetrics implements Benchmark {

    @Override
    public List<String> metrics() {
        return List.of("index", "search_p50", "search_p95", "search_p99");
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        SearchBenchmark.Report r = SearchBenchmark.run(context.transcripts(), context.words(),
                Files.createTempDirectory(context.workDir(), "search-"), line -> System.out.println("  " + line));
        String scale = context.scale();
        String queries = r.searches() + " searches, first page of 100 hits with totals, warm index";
        return List.of(
                Metric.measured("index", r.codewerkSeconds() * 1000, "ms", r.bareLuceneSeconds() * 1000, 1.5, "ratio", scale,
                        "Codewerk index (turn documents, Dutch analysis, offsets) vs a bare Lucene IndexWriter over the same texts"),
                Metric.measured("search_p50", r.p50Millis(), "ms", null, 10.0, "value", scale, queries),
                Metric.measured("search_p95", r.p95Millis(), "ms", null, null, null, scale, queries),
                Metric.measured("search_p99", r.p99Millis(), "ms", null, 50.0, "value", scale, queries));
    }
}
