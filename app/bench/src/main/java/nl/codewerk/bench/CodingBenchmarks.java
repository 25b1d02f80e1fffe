package nl.codewerk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.coding.CodingService;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * 1,000 coding actions (each its own transaction with its undo-log entry) against bare inserts
 * of the same rows, and opening a transcript that carries many codings.
 */
final class CodingBenchmarks implements Benchmark {

    static final int ACTIONS = 1000;
    static final int CODINGS_ON_OPENED = 2000;

    @Override
    public List<String> metrics() {
        return List.of("coding_actions", "open_transcript");
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        Path file = context.freshFile("coding.cwk");
        List<Metric> out = new ArrayList<>();
        try (Project project = Project.create(file, null)) {
            List<Path> sample = context.corpus().subList(0, Math.min(10, context.corpus().size()));
            project.importer().importFiles(sample, ImportOptions.DEFAULT, Progress.NONE);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                codes.add(project.codebook().add(CodebookService.NewCode.named("Code " + i, null), "bench").id());
            }
            List<Transcript> transcripts = project.transcripts().list().stream()
                    .map(s -> project.transcripts().get(s.id()).orElseThrow()).toList();
            Random random = new Random(context.seed());
            List<long[]> spans = new ArrayList<>();
            for (int i = 0; i < ACTIONS; i++) {
                Transcript t = transcripts.get(random.nextInt(transcripts.size()));
                Turn turn = t.turns().get(random.nextInt(t.turns().size()));
                int start = turn.start() + random.nextInt(Math.max(1, turn.length() / 2));
                int end = Math.min(turn.end(), start + 5 + random.nextInt(60));
                spans.add(new long[] {t.id(), start, Math.max(start + 1, end), random.nextInt(codes.size())});
            }
            double ours = Timer.millis(() -> {
                for (long[] s : spans) {
                    project.codings().apply(s[0], (int) s[1], (int) s[2], codes.get((int) s[3]), "bench");
                }
            });
            double baseline = Timer.millis(() -> bareCodingInserts(context.freshFile("coding-baseline.db"), spans));
            out.add(Metric.measured("coding_actions", ours, "ms", baseline, null, null, ACTIONS + " actions",
                    "apply code, one transaction each with its undo-log entry, vs bare inserts one transaction each"));

            Transcript opened = transcripts.getFirst();
            List<CodingService.Span> many = new ArrayList<>();
            for (int i = 0; i < CODINGS_ON_OPENED; i++) {
                int start = random.nextInt(opened.text().length() - 2);
                many.add(new CodingService.Span(opened.id(), start, Math.min(opened.text().length(), start + 1 + random.nextInt(200))));
            }
            for (int i = 0; i < codes.size(); i++) {
                int from = i * many.size() / codes.size();
                int to = (i + 1) * many.size() / codes.size();
                project.codings().applyAll(many.subList(from, to), codes.get(i), "bench", "bench");
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                times.add(Timer.millis(() -> {
                    Transcript t = project.transcripts().get(opened.id()).orElseThrow();
                    int n = project.codings().list(CodingFilter.transcript(t.id())).size();
                    if (n < CODINGS_ON_OPENED) {
                        throw new IllegalStateException("only " + n + " codings");
                    }
                }));
            }
            times.sort(Double::compare);
            out.add(Metric.measured("open_transcript", Timer.percentile(times, 50), "ms", null, null, null,
                    opened.text().length() + " chars, >= " + CODINGS_ON_OPENED + " codings",
                    "median of 25 loads of text, turns and codings from the project (core only; the UI benchmark is separate)"));
        }
        return out;
    }

    private static void bareCodingInserts(Path db, List<long[]> spans) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=FULL");
            st.execute("CREATE TABLE codings (id INTEGER PRIMARY KEY, transcript_id INTEGER, start INTEGER, end INTEGER, code_id INTEGER, created_at TEXT)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO codings (transcript_id, start, end, code_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
                for (long[] s : spans) {
                    ps.setLong(1, s[0]);
                    ps.setLong(2, s[1]);
                    ps.setLong(3, s[2]);
                    ps.setLong(4, s[3]);
                    ps.setString(5, java.time.Instant.now().toString());
                    ps.executeUpdate();
                }
            }
        }
    }
}
