package nl.codewerk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Imports the corpus into a new project and compares it with bare SQLite inserts of the same
 * rows (transcript and turns), one transaction per file, with the same durability settings.
 */
final class ImportBenchmark implements Benchmark {

    static final double TARGET_RATIO = 1.5;

    @Override
    public List<String> metrics() {
        return List.of("import");
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        List<Path> corpus = context.corpus();
        warmUp(context, corpus);
        Path projectFile = context.freshFile("import.cwk");
        double ours;
        List<List<Turn>> turns = new java.util.ArrayList<>();
        try (Project project = Project.create(projectFile, null)) {
            ours = Timer.millis(() -> {
                ImportReport report = project.importer().importFiles(List.of(corpus.getFirst().getParent()), ImportOptions.DEFAULT, Progress.NONE);
                if (report.imported().size() != corpus.size()) {
                    throw new IllegalStateException("imported " + report.imported().size() + " of " + corpus.size());
                }
            });
            for (var summary : project.transcripts().list()) {
                turns.add(project.transcripts().turns(summary.id()));
            }
        }
        double baseline = Timer.millis(() -> bareInserts(context.freshFile("import-baseline.db"), corpus, turns));
        return List.of(Metric.measured("import", ours, "ms", baseline, TARGET_RATIO, "ratio", context.scale(),
                "Codewerk import (read, decode, detect turns, hash, store) vs bare SQLite inserts of the same rows"));
    }

    /** Both paths run once on a slice first, so neither is measured while the JIT is cold. */
    private static void warmUp(BenchContext context, List<Path> corpus) throws Exception {
        List<Path> slice = corpus.subList(0, Math.min(20, corpus.size()));
        List<List<Turn>> turns = new java.util.ArrayList<>();
        try (Project project = Project.create(context.freshFile("warmup.cwk"), null)) {
            project.importer().importFiles(slice, ImportOptions.DEFAULT, Progress.NONE);
            for (var summary : project.transcripts().list()) {
                turns.add(project.transcripts().turns(summary.id()));
            }
        }
        bareInserts(context.freshFile("warmup-baseline.db"), slice, turns);
    }

    private static void bareInserts(Path db, List<Path> corpus, List<List<Turn>> turns) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=FULL");
            st.execute("CREATE TABLE transcripts (id INTEGER PRIMARY KEY, name TEXT, text TEXT)");
            st.execute("CREATE TABLE turns (id INTEGER PRIMARY KEY, transcript_id INTEGER, ordinal INTEGER, start INTEGER, end INTEGER, speaker TEXT)");
            c.setAutoCommit(false);
            try (PreparedStatement insertText = c.prepareStatement("INSERT INTO transcripts (id, name, text) VALUES (?, ?, ?)");
                 PreparedStatement insertTurn = c.prepareStatement("INSERT INTO turns (transcript_id, ordinal, start, end, speaker) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < corpus.size(); i++) {
                    String text = new String(Files.readAllBytes(corpus.get(i)), StandardCharsets.UTF_8);
                    insertText.setInt(1, i + 1);
                    insertText.setString(2, corpus.get(i).getFileName().toString());
                    insertText.setString(3, text);
                    insertText.executeUpdate();
                    for (Turn turn : turns.get(i % turns.size())) {
                        insertTurn.setInt(1, i + 1);
                        insertTurn.setInt(2, turn.ordinal());
                        insertTurn.setInt(3, turn.start());
                        insertTurn.setInt(4, turn.end());
                        insertTurn.setString(5, turn.speaker());
                        insertTurn.addBatch();
                    }
                    insertTurn.executeBatch();
                    c.commit();
                }
            }
        }
    }
}
