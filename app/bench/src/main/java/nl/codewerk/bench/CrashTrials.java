package nl.codewerk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;

/**
 * Kills a working Codewerk process with SIGKILL at a random moment, reopens its project and
 * checks that nothing acknowledged was lost, nothing half-done remains, and the search index it
 * was updating gives the same hits as one built afresh.
 */
public final class CrashTrials {

    /** The outcome of one trial; {@code problems} is empty when the project survived intact. */
    public record Trial(int number, long killedAfterMs, int acknowledgedImports, int acknowledgedCodings, List<String> problems) {
    }

    private final Path workDir;
    private final long seed;

    public CrashTrials(Path workDir, long seed) {
        this.workDir = workDir;
        this.seed = seed;
    }

    public List<Trial> run(int trials, java.io.PrintStream log) throws Exception {
        Random random = new Random(seed);
        List<Trial> out = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            // Every fifth trial counts from the start (a kill while the project is being created);
            // the others from the first acknowledged import, so they land in imports and codings.
            boolean fromStart = i % 5 == 0;
            Trial trial = runOne(i, fromStart ? random.nextInt(1500) : 100 + random.nextInt(2500), fromStart, random.nextLong());
            out.add(trial);
            log.printf("trial %d: killed after %d ms, %d imports and %d codings acknowledged: %s%n", i, trial.killedAfterMs(),
                    trial.acknowledgedImports(), trial.acknowledgedCodings(), trial.problems().isEmpty() ? "ok" : trial.problems());
        }
        return out;
    }

    private Trial runOne(int number, long killAfterMs, boolean fromStart, long childSeed) throws Exception {
        Path dir = workDir.resolve("crash-" + number);
        Files.createDirectories(dir);
        Path project = dir.resolve("crash.cwk");
        Files.deleteIfExists(project);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), project.toString(), dir.resolve("texts").toString(), Long.toString(childSeed))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acks = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    acks.add(line);
                }
            } catch (java.io.IOException ignored) {
                // The pipe breaks when the child is killed: that is the point.
            }
        });
        if (!fromStart) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // Wait for the first acknowledged import, so the kill lands in real work however slow the machine.
            while (acks.stream().noneMatch(l -> l.startsWith("ACK import")) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        Thread.sleep(killAfterMs);
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no flush
        child.waitFor(10, TimeUnit.SECONDS);
        reader.join(2000);
        return check(number, killAfterMs, project, List.copyOf(acks));
    }

    /** Searches whose hits the index found after the kill must equal those of a rebuilt index. */
    private static final List<String> QUERIES = List.of("mentor", "gesprek*", "\"de mentor\"", "vertrouwen OR steun");

    /**
     * The index the killed process was updating is opened as it was left (repaired, caught up or
     * rebuilt as needed) and must give the same hits, also limited to the coded text, as an
     * index built afresh from the project.
     */
    private static void checkSearch(Project project, List<String> problems) {
        if (project.transcripts().count() == 0) {
            return;
        }
        List<String> found = hits(project);
        if (project.search().index().transcriptCount() != project.transcripts().count()) {
            problems.add("search index holds " + project.search().index().transcriptCount() + " of " + project.transcripts().count() + " transcripts");
        }
        project.search().index().rebuild(nl.codewerk.util.Progress.NONE);
        List<String> rebuilt = hits(project);
        if (!found.equals(rebuilt)) {
            problems.add("search after the kill differs from a rebuilt index (" + found.size() + " against " + rebuilt.size() + " hits)");
        }
    }

    private static List<String> hits(Project project) {
        List<String> out = new ArrayList<>();
        String code = project.codebook().codebook().inTreeOrder().stream().filter(c -> c.name().equals("Crash")).findFirst()
                .map(nl.codewerk.codebook.Code::id).orElse(null);
        for (String query : QUERIES) {
            List<nl.codewerk.search.SearchRequest> requests = new ArrayList<>(List.of(nl.codewerk.search.SearchRequest.of(query)));
            if (code != null) {
                requests.add(nl.codewerk.search.SearchRequest.of(query).withCode(code));
            }
            for (nl.codewerk.search.SearchRequest request : requests) {
                nl.codewerk.search.SearchResult result = project.search().search(request);
                out.add(query + (request.codeId() != null ? " coded" : "") + ": " + result.total());
                result.hits().forEach(h -> out.add(h.transcriptId() + ":" + h.start() + "-" + h.end()));
            }
        }
        return out;
    }

    private static Trial check(int number, long killedAfterMs, Path project, List<String> acks) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String[]> imports = acks.stream().filter(l -> l.startsWith("ACK import ")).map(l -> l.split(" ")).toList();
        List<String[]> codings = acks.stream().filter(l -> l.startsWith("ACK coding ")).map(l -> l.split(" ")).toList();
        boolean created = acks.contains("ACK created");
        if (!Files.exists(project)) {
            if (created) {
                problems.add("project acknowledged as created is missing");
            }
            return new Trial(number, killedAfterMs, imports.size(), codings.size(), problems);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                if (!"ok".equals(rs.getString(1))) {
                    problems.add("integrity_check: " + rs.getString(1));
                }
            }
            for (String[] ack : imports) {
                try (PreparedStatement ps = c.prepareStatement("SELECT name FROM transcripts WHERE id = ?")) {
                    ps.setLong(1, Long.parseLong(ack[3]));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || !ack[2].equals(rs.getString(1))) {
                            problems.add("acknowledged import lost: " + ack[2]);
                        }
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT t.id, t.text, t.text_sha256, (SELECT COUNT(*) FROM turns u WHERE u.transcript_id = t.id) FROM transcripts t")) {
                while (rs.next()) {
                    if (!Ids.sha256(rs.getString(2)).equals(rs.getString(3)) || rs.getInt(4) == 0) {
                        problems.add("half-imported transcript " + rs.getLong(1));
                    }
                }
            }
            for (String[] ack : codings) {
                try (PreparedStatement ps = c.prepareStatement("SELECT transcript_id, start, end, code_id FROM codings WHERE id = ?")) {
                    ps.setLong(1, Long.parseLong(ack[2]));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getLong(1) != Long.parseLong(ack[3]) || rs.getInt(2) != Integer.parseInt(ack[4])
                                || rs.getInt(3) != Integer.parseInt(ack[5]) || !ack[6].equals(rs.getString(4))) {
                            problems.add("acknowledged coding lost: " + ack[2]);
                        }
                    }
                }
            }
        }
        if (created) {
            // The project must also open normally again (lock released by the OS, schema intact).
            try (Project reopened = Project.open(project)) {
                reopened.transcripts().count();
                checkSearch(reopened, problems);
            } catch (RuntimeException e) {
                problems.add("does not reopen: " + e.getMessage());
            }
        }
        return new Trial(number, killedAfterMs, imports.size(), codings.size(), problems);
    }
}
