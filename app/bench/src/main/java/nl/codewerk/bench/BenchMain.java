package nl.codewerk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar codewerk-bench.jar --transcripts N --words W [--only NAME,...] --out DIR}
 * writes DIR/results.json and DIR/results.md; {@code --crash-trials N} runs crash trials.
 */
public final class BenchMain {

    /** Every metric the harness reports, in report order. */
    static final List<String> ALL = List.of("import", "index", "search_p50", "search_p95", "search_p99", "open_transcript",
            "coding_actions", "ui_open", "ui_scroll_p50", "ui_scroll_p95", "agreement", "freq", "docx_export", "xlsx_export", "refi_export", "refi_import", "peak_heap");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        nl.codewerk.util.QuietLibraries.apply();
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        int transcripts = 100;
        int words = 2000;
        long seed = 20261123L;
        Path out = Path.of("bench-out");
        Set<String> only = new LinkedHashSet<>(ALL);
        int crashTrials = 0;
        List<Integer> scaling = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--transcripts" -> transcripts = Integer.parseInt(args[++i]);
                case "--words" -> words = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                case "--crash-trials" -> crashTrials = Integer.parseInt(args[++i]);
                case "--redraw" -> {
                    // Draws scaling.png again from a scaling.json of an earlier run.
                    Path dir = Path.of(args[++i]);
                    java.util.Map<Integer, List<Metric>> runs = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                            dir.resolve("scaling.json").toFile(), new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<Integer, List<Metric>>>() { });
                    ScalingChart.write(dir.resolve("scaling.png"), runs, args.length > i + 1 ? args[++i] : machine());
                    return 0;
                }
                case "--scaling" -> scaling = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar codewerk-bench.jar [--transcripts N] [--words W] [--only NAME,...] [--seed S] --out DIR");
                    System.out.println("       java -jar codewerk-bench.jar --crash-trials N --out DIR");
                    System.out.println("       java -jar codewerk-bench.jar --scaling 100,300,1000 --words W --out DIR   (writes scaling.png and scaling.json)");
                    System.out.println("metrics: " + String.join(", ", ALL));
                    return 0;
                }
                default -> {
                    System.err.println("unknown option " + args[i] + " (see --help)");
                    return 2;
                }
            }
        }
        Files.createDirectories(out);
        Path work = Files.createTempDirectory(out.toAbsolutePath(), "work-");
        try {
            if (crashTrials > 0) {
                List<CrashTrials.Trial> trials = new CrashTrials(work, seed).run(crashTrials, System.out);
                long failed = trials.stream().filter(t -> !t.problems().isEmpty()).count();
                System.out.printf("%d crash trials, %d with problems%n", trials.size(), failed);
                return failed == 0 ? 0 : 1;
            }
            for (String name : only) {
                if (!ALL.contains(name)) {
                    System.err.println("unknown metric " + name + "; known: " + String.join(", ", ALL));
                    return 2;
                }
            }
            if (!scaling.isEmpty()) {
                java.util.Map<Integer, List<Metric>> runs = new java.util.LinkedHashMap<>();
                for (int n : scaling) {
                    System.out.println("scale " + n + " transcripts ...");
                    runs.put(n, measure(new BenchContext(n, words, seed, Files.createTempDirectory(work, "n" + n + "-")), only));
                }
                new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("scaling.json").toFile(), runs);
                ScalingChart.write(out.resolve("scaling.png"), runs, machine());
                System.out.println("wrote " + out.resolve("scaling.png") + " and scaling.json");
                return 0;
            }
            List<Metric> results = measure(new BenchContext(transcripts, words, seed, work), only);
            ResultsWriter.write(out, results, machine());
            System.out.println("wrote " + out.resolve("results.json") + " and results.md");
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private static List<Metric> measure(BenchContext context, Set<String> only) throws Exception {
        {
            context.corpus();
            PeakHeap.reset();
            List<Metric> results = new ArrayList<>();
            for (Benchmark benchmark : benchmarks()) {
                if (benchmark.metrics().stream().noneMatch(only::contains) || benchmark.metrics().equals(List.of("peak_heap"))) {
                    continue;
                }
                System.out.println("measuring " + String.join(", ", benchmark.metrics()) + " ...");
                for (Metric metric : benchmark.run(context)) {
                    if (only.contains(metric.metric())) {
                        results.add(metric);
                    }
                }
            }
            if (only.contains("peak_heap")) {
                results.add(PeakHeap.measure(context.scale()));
            }
            results.sort(java.util.Comparator.comparingInt(m -> ALL.indexOf(m.metric())));
            return results;
        }
    }

    static List<Benchmark> benchmarks() {
        return List.of(
                new ImportBenchmark(),
                new SearchMetrics(),
                new CodingBenchmarks(),
                new UiBenchmark(),
                new AgreementBenchmark(),
                new ExportBenchmarks(),
                new RefiBenchmarks());
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format("%s %s, %d cores, Java %s, max heap %d MB", System.getProperty("os.name"), System.getProperty("os.arch"),
                rt.availableProcessors(), System.getProperty("java.version"), rt.maxMemory() / (1024 * 1024));
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // Leftover temporary files in the output folder are harmless.
        }
    }
}
