package nl.codewerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchHarnessTest {

    @TempDir
    Path dir;

    @Test
    void smallRunMeasuresEveryMetric() throws Exception {
        int code = BenchMain.run(new String[] {"--transcripts", "12", "--words", "800", "--out", dir.toString()});

        assertThat(code).isZero();
        JsonNode results = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode m : results) {
            names.add(m.get("metric").asText());
            assertThat(m.has("value") && m.has("unit") && m.has("baseline") && m.has("ratio") && m.has("target") && m.has("pass") && m.has("scale")).isTrue();
            assertThat(m.get("value").isNumber()).as(m.get("metric").asText()).isTrue();
            if (!m.get("target").isNull() && !m.get("value").isNull()) {
                assertThat(m.get("pass").isBoolean()).isTrue();
            }
        }
        assertThat(names).containsAll(List.of("import", "index", "search_p50", "search_p99", "open_transcript", "coding_actions",
                "agreement", "freq", "docx_export", "xlsx_export", "refi_export", "refi_import", "peak_heap"));
        assertThat(results.findValues("metric")).isNotEmpty();
        JsonNode importMetric = find(results, "import");
        assertThat(importMetric.get("value").asDouble()).isPositive();
        assertThat(importMetric.get("baseline").asDouble()).isPositive();
        assertThat(Files.readString(dir.resolve("results.md"))).contains("| import |");
    }

    @Test
    void crashTrialsFindTheProjectIntact() throws Exception {
        List<CrashTrials.Trial> trials = new CrashTrials(dir, 7).run(3, System.out);

        assertThat(trials).hasSize(3).allSatisfy(t -> assertThat(t.problems()).isEmpty());
        assertThat(trials.stream().mapToInt(CrashTrials.Trial::acknowledgedCodings).sum()).isPositive();
    }

    private static JsonNode find(JsonNode results, String metric) {
        for (JsonNode m : results) {
            if (m.get("metric").asText().equals(metric)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + metric);
    }
}
