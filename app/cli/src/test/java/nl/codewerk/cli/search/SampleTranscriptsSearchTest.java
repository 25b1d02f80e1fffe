package nl.codewerk.cli.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.demo.DemoProject;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against the bundled sample transcripts (the demo project), with the hits a
 * careful reader counted in the thirteen interviews: every expected count below was found by
 * reading the spoken text, not by asking the index.
 */
class SampleTranscriptsSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path demo;
    static Map<Long, String> texts = new TreeMap<>();
    static Map<String, Long> ids = new TreeMap<>();

    @BeforeAll
    static void buildTheDemo() {
        demo = dir.resolve("demo.cwk");
        DemoProject.build(demo, Progress.NONE);
        try (Project project = Project.openReadOnly(demo)) {
            project.transcripts().list().forEach(t -> {
                texts.put(t.id(), project.transcripts().get(t.id()).orElseThrow().text());
                ids.put(t.name().substring(0, 2), t.id());
            });
        }
    }

    /** Every hit as "interview number:start-end matched text", in the order printed. */
    private static List<String> hits(String query) throws Exception {
        CommandRun run = CommandRun.of(new SearchCommand(), demo.toString(), query, "--json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        JsonNode result = JSON.readTree(run.out());
        List<String> out = new ArrayList<>();
        for (JsonNode hit : result.get("hits")) {
            long transcript = hit.get("transcript").asLong();
            int start = hit.get("start").asInt();
            int end = hit.get("end").asInt();
            String number = hit.get("transcriptName").asText().substring(0, 2);
            out.add(number + ":" + start + "-" + end + " " + texts.get(transcript).substring(start, end));
        }
        assertThat(result.get("total").asInt()).isEqualTo(out.size());
        return out;
    }

    private static long count(List<String> hits, String matched) {
        return hits.stream().filter(h -> h.substring(h.indexOf(' ') + 1).equals(matched)).count();
    }

    @Test
    void withoutTheDiaeresisGeinterviewdFindsTheThreeInterviewsThatSayGeinterviewd() throws Exception {
        // 01 "ik ben nog nooit geïnterviewd", 06 "wel eens geïnterviewd", 11 "jongeren geïnterviewd".
        assertThat(hits("geinterviewd")).containsExactly("01:409-421 geïnterviewd", "06:237-249 geïnterviewd",
                "11:208-220 geïnterviewd");
        assertThat(hits("geïnterviewd")).isEqualTo(hits("geinterviewd"));
    }

    @Test
    void gesprekkenFindsGesprekAndGesprekkenButNotTheDiminutive() throws Exception {
        // Read in all thirteen: "gesprek" 31 times, "gesprekken" 24 times, "gesprekje" once.
        List<String> hits = hits("gesprekken");
        assertThat(hits).hasSize(55);
        assertThat(hits.stream().filter(h -> h.toLowerCase().endsWith(" gesprek")).count()).isEqualTo(31);
        assertThat(hits.stream().filter(h -> h.toLowerCase().endsWith(" gesprekken")).count()).isEqualTo(24);
        assertThat(hits).noneMatch(h -> h.toLowerCase().endsWith("gesprekje"));
        assertThat(hits("gesprek")).isEqualTo(hits);
    }

    @Test
    void aPhraseMatchesAcrossTheLineEndInInterviewNine() throws Exception {
        // Interview 09 has one answer with hard line ends; "eerste" ends a line there.
        assertThat(hits("\"eerste gesprek\"")).containsExactly("01:6397-6411 eerste gesprek", "04:9197-9211 eerste gesprek",
                "09:2513-2527 eerste\ngesprek", "13:2033-2047 eerste gesprek");
    }

    @Test
    void theFirstWordOfATranscriptAndTheLastAreFound() throws Exception {
        List<String> interview = hits("\"interview\"");
        // The header line of ten interviews starts with it, and 04 says it twice more.
        assertThat(interview).hasSize(12);
        assertThat(interview.stream().filter(h -> h.contains(":0-9 Interview")).map(h -> h.substring(0, 2)))
                .containsExactly("01", "03", "04", "07", "08", "09", "10", "11", "12", "13");
        assertThat(count(interview, "interview")).isEqualTo(2);

        // "doei" is the last word of 05 and 08 (only "!" follows) and near the end of 03.
        List<String> doei = hits("doei");
        assertThat(doei).containsExactly("03:10870-10874 doei", "05:11763-11767 doei", "08:11678-11682 Doei");
        assertThat(texts.get(ids.get("05")).substring(11767)).isEqualTo("!");
        assertThat(texts.get(ids.get("08")).substring(11682)).isEqualTo("!");
    }
}
