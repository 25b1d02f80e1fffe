package nl.codewerk.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real exports from NVivo, ATLAS.ti, MAXQDA, qc and Taguette in the shared corpus (never
 * copied into the repository): each imports with the counts and coded texts its analysis lists.
 * Skipped when the corpus is not there.
 */
class RefiCorpusTest {

    @TempDir
    Path dir;

    /** {@code shared/corpus/refi} beside the repository or one of its parents (a worktree lies deeper). */
    static Path corpus() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/corpus/refi");
            if (Files.isRegularFile(candidate.resolve("expected.json"))) {
                return candidate;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> realFilesImportWithTheExpectedCountsAndTexts() throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null, "the REFI-QDA corpus (shared/corpus/refi) is not present");
        JsonNode expected = new ObjectMapper().readTree(corpus.resolve("expected.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode file : expected) {
            String name = file.get("file").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> check(corpus.resolve(name), file)));
        }
        return tests.stream();
    }

    private void check(Path file, JsonNode expected) {
        if (expected.get("root").asText().equals("CodeBook")) {
            try (Project project = Project.create(dir.resolve(expected.get("file").asText().replace('/', '_') + ".cwk"), null)) {
                RefiReport report = new QdcService(project).importCodebook(file, "test");
                System.out.printf("CORPUS | %s | codes %d/%d | sources 0/0 | codings 0/0 | not imported %d | %s%n", expected.get("file").asText(),
                        report.codes(), expected.get("codes").asInt(), report.notImportedCount(), "-");
                assertThat(report.codes()).isEqualTo(expected.get("codes").asInt());
                assertThat(project.codebook().codebook().size()).isEqualTo(expected.get("codes").asInt());
            }
            return;
        }
        Path out = dir.resolve(expected.get("file").asText().replace('/', '_') + ".cwk");
        RefiReport report = new RefiImportService(RefiImportOptions.DEFAULT).importProject(file, out, Progress.NONE);
        System.out.printf("CORPUS | %s | codes %d/%d | sources %d+%d/%d | codings %d+%d/%d | not imported %d | %s%n",
                expected.get("file").asText(), report.codes(), expected.get("codes").asInt(), report.sources(), report.notImported("source"),
                expected.get("sources").asInt(), report.codings(), report.notImported("coding"), expected.get("codings").asInt(),
                report.notImportedCount(), report.positions());
        report.notImported().forEach(n -> System.out.printf("  LEFT %s | %s | %s | %d%n", n.kind(), n.what(), n.reason(), n.count()));
        report.notes().forEach(n -> System.out.printf("  NOTE %s%n", n));
        assertThat(report.codes()).isEqualTo(expected.get("codes").asInt());
        // Every source and coding of the file is either imported or listed with its reason.
        assertThat(report.sources() + report.notImported("source")).isEqualTo(expected.get("sources").asInt());
        assertThat(report.codings() + report.notImported("coding")).isEqualTo(expected.get("codings").asInt());
        String convention = expected.get("convention").asText();
        if (!convention.equals("unknown")) {
            // Files whose texts are in the archive place every coding.
            assertThat(report.codings()).isEqualTo(expected.get("codings").asInt());
            assertThat(report.positions()).isEqualTo(convention);
        }
        try (Project project = Project.openReadOnly(out)) {
            assertThat(project.codings().count()).isEqualTo(report.codings());
            Codebook book = project.codebook().codebook();
            for (JsonNode sample : expected.get("samples")) {
                Transcript t = transcript(project, sample.get("source").asText());
                String text = sample.get("text").asText().replace("\r\n", "\n");
                List<String> codes = new ArrayList<>();
                sample.get("codes").forEach(c -> codes.add(c.asText()));
                List<Coding> matching = project.codings().list(CodingFilter.transcript(t.id())).stream()
                        .filter(c -> t.text().substring(c.start(), c.end()).equals(text))
                        .filter(c -> codes.contains(book.get(c.codeId()).orElseThrow().name()))
                        .toList();
                assertThat(matching).as("%s: %s", sample.get("source").asText(), text).isNotEmpty();
            }
        }
    }

    /** A sample names its source by TextSource name, or (qc) by the text file's name. */
    private static Transcript transcript(Project project, String source) {
        return project.transcripts().find(source)
                .or(() -> project.transcripts().find(source.replaceFirst("\\.txt$", "")))
                .orElseThrow(() -> new AssertionError("no transcript " + source));
    }
}
