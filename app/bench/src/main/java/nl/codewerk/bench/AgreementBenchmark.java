package nl.codewerk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.codewerk.agreement.AgreementAnalysis;
import nl.codewerk.agreement.AgreementJson;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.UnitOfComparison;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.CodingService;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Agreement of two coders over the whole corpus at turn level (issue 8: under 2 s for 1,000
 * transcripts): per code and pooled, every measure with its bootstrap intervals. Two seeded coders
 * code about a third of the turns each with 20 codes, agreeing on most. The baseline is reading
 * the same turns and codings with bare JDBC, the floor any implementation pays.
 */
final class AgreementBenchmark implements Benchmark {

    static final double TARGET_MS = 2000;
    static final int CODES = 20;
    static final int RUNS = 3;

    @Override
    public List<String> metrics() {
        return List.of("agreement");
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        Path file = context.freshFile("agreement.cwk");
        int codings;
        try (Project project = Project.create(file, null)) {
            ImportReport report = project.importer().importFiles(List.of(context.corpus().getFirst().getParent()),
                    ImportOptions.DEFAULT, Progress.NONE);
            if (report.imported().size() != context.corpus().size()) {
                throw new IllegalStateException("imported " + report.imported().size() + " of " + context.corpus().size());
            }
            codings = codeTwice(project, new Random(context.seed()));
        }
        List<Double> times = new ArrayList<>();
        int units = 0;
        for (int i = 0; i < RUNS; i++) {
            int[] seen = new int[1];
            times.add(Timer.millis(() -> {
                try (Project project = Project.openReadOnly(file)) {
                    AgreementResult result = new AgreementAnalysis(project).run(new AgreementAnalysis.Request(List.of("A", "B"),
                            UnitOfComparison.parse("turn"), List.of(), List.of()), Progress.NONE);
                    AgreementJson.of(result);
                    seen[0] = (int) (result.pooled().counts().units() / Math.max(1, result.codes().size()));
                }
            }));
            units = seen[0];
        }
        times.sort(Double::compare);
        double baseline = Timer.millis(() -> bareReads(file));
        return List.of(Metric.measured("agreement", times.get(RUNS / 2), "ms", baseline, TARGET_MS, "value",
                context.scale() + ", " + units + " turns, " + codings + " codings",
                "two coders, turn level, " + CODES + " codes, every measure per code and pooled with bootstrap intervals; median of "
                        + RUNS + " runs from opening the project; baseline: bare JDBC read of the turns and codings"));
    }

    /** Coder A codes about a third of the turns; B codes the same turn with the same code 80% of the time. */
    private static int codeTwice(Project project, Random random) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < CODES; i++) {
            codes.add(project.codebook().add(CodebookService.NewCode.named("Code " + i, null), "bench").id());
        }
        Map<String, List<CodingService.Span>> spans = new LinkedHashMap<>();
        for (var summary : project.transcripts().list()) {
            for (Turn turn : project.transcripts().turns(summary.id())) {
                if (turn.length() < 2 || random.nextInt(3) != 0) {
                    continue;
                }
                String code = codes.get(random.nextInt(CODES));
                int start = turn.start() + random.nextInt(turn.length() / 2);
                int end = Math.min(turn.end(), start + 1 + random.nextInt(120));
                CodingService.Span span = new CodingService.Span(summary.id(), start, end);
                spans.computeIfAbsent("A\u0000" + code, k -> new ArrayList<>()).add(span);
                if (random.nextInt(10) < 8) {
                    spans.computeIfAbsent("B\u0000" + code, k -> new ArrayList<>()).add(span);
                } else {
                    String other = codes.get(random.nextInt(CODES));
                    spans.computeIfAbsent("B\u0000" + other, k -> new ArrayList<>()).add(span);
                }
            }
        }
        int made = 0;
        for (var group : spans.entrySet()) {
            String[] key = group.getKey().split("\u0000");
            made += project.codings().applyAll(group.getValue(), key[1], key[0], "bench").size();
        }
        return made;
    }

    private static void bareReads(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            long sum = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT transcript_id, start, end FROM turns ORDER BY transcript_id, ordinal");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getLong(1) + rs.getInt(2) + rs.getInt(3);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT k.transcript_id, k.start, k.end, k.code_id, c.name FROM codings k"
                    + " JOIN coders c ON c.id = k.coder_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getLong(1) + rs.getInt(2) + rs.getInt(3) + rs.getString(4).length() + rs.getString(5).length();
                }
            }
            if (sum < 0) {
                throw new IllegalStateException("unreachable: keeps the reads from being optimised away");
            }
        }
    }
}
