package nl.codewerk.refi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's content (the bundled sample interviews that the plain-text reader reads, the JIM
 * codebook, the participants sheet, the two coders' codings and the memos of
 * {@code demo-coding.json}), exported and imported again, gives the same codings as
 * {@code codings --json} shows them: transcript, text, positions, code path and coder.
 */
class DemoRoundTripTest {

    private static final String SAMPLES = "/codewerk/sample-transcripts/";

    @TempDir
    Path dir;

    @Test
    void exportingTheDemoAndImportingTheResultGivesTheSameCodings() throws IOException {
        try (Project demo = demo(dir.resolve("demo.cwk"))) {
            List<Map<String, Object>> before = codingsJson(demo);
            assertThat(before).hasSizeGreaterThan(200);
            Snapshot snapshot = Snapshot.of(demo);

            Path qdpx = dir.resolve("demo.qdpx");
            RefiReport exported = new RefiExportService(demo).exportProject(qdpx, Progress.NONE);
            assertThat(Schemas.projectErrors(QdpxFiles.read(qdpx).get("project.qde"))).isEmpty();
            assertThat(exported.codings()).isEqualTo(before.size());

            Path back = dir.resolve("back.cwk");
            RefiReport imported = new RefiImportService(RefiImportOptions.DEFAULT).importProject(qdpx, back, Progress.NONE);
            assertThat(imported.notImported()).isEmpty();
            try (Project again = Project.openReadOnly(back)) {
                assertThat(codingsJson(again)).isEqualTo(before);
                RefiRoundTripTest.assertSame(Snapshot.of(again), snapshot);
            }
        }
    }

    /** The fields of {@code codings --json} that must survive, sorted. */
    static List<Map<String, Object>> codingsJson(Project project) {
        Codebook book = project.codebook().codebook();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Coding c : project.codings().list(CodingFilter.ALL)) {
            Transcript t = project.transcripts().get(c.transcriptId()).orElseThrow();
            rows.add(Map.of("transcriptName", t.name(), "start", c.start(), "end", c.end(), "codePath", book.path(c.codeId()),
                    "coder", c.coder(), "text", t.text().substring(c.start(), c.end())));
        }
        rows.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("transcriptName"))
                .thenComparing(r -> (Integer) r.get("start")).thenComparing(r -> (Integer) r.get("end"))
                .thenComparing(r -> r.get("codePath").toString()).thenComparing(r -> (String) r.get("coder")));
        return rows;
    }

    /** Builds the demo from the bundled content, as far as the readers on this branch go (plain text). */
    static Project demo(Path file) throws IOException {
        Path samples = Files.createDirectories(file.resolveSibling("samples"));
        List<Path> texts = new ArrayList<>();
        for (String name : read("index.txt").lines().map(String::strip).filter(l -> l.endsWith(".txt")).toList()) {
            Path copy = samples.resolve(name);
            Files.writeString(copy, read(name));
            texts.add(copy);
        }
        Path participants = samples.resolve("participants.csv");
        Files.writeString(participants, read("participants.csv"));
        Project project = Project.create(file, TempProjects.jimCodebook());
        ImportReport report = project.importer().importFiles(texts, new ImportOptions(null, participants), Progress.NONE);
        assertThat(report.refused()).isEmpty();
        JsonNode script = new ObjectMapper().readTree(read("demo-coding.json"));
        for (JsonNode c : script.get("codings")) {
            var t = project.transcripts().find(c.get("transcript").asText());
            if (t.isEmpty()) {
                continue;
            }
            String quote = c.get("quote").asText();
            int at = t.get().text().indexOf(quote);
            assertThat(at).as(quote).isNotNegative();
            project.codings().apply(t.get().id(), at, at + quote.length(), c.get("code").asText(), c.get("coder").asText());
        }
        for (JsonNode m : script.get("memos")) {
            String[] on = m.get("on").asText().split(":", 2);
            MemoTarget target = switch (on[0]) {
                case "transcript" -> project.transcripts().find(on[1]).map(t -> MemoTarget.transcript(t.id())).orElse(null);
                case "code" -> MemoTarget.code(on[1]);
                default -> MemoTarget.PROJECT;
            };
            if (target != null) {
                project.memos().add(target, null, m.get("text").asText(), "Lotte");
            }
        }
        return project;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = DemoRoundTripTest.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) {
                throw new IOException("missing " + SAMPLES + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
