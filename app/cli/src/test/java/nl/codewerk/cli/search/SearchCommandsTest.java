package nl.codewerk.cli.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.search.SearchIndex;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line must return exactly the matches a careful reader finds. The fixture was
 * counted by hand; offsets are checked against the stored text, which the test also reads.
 */
class SearchCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Turn texts; "Gesprekken" starts the first turn's words, "gesprek" ends the transcript. */
    private static final String TEXT = "Gesprekken met mijn mentor gingen goed.\n\n"
            + "I: Werd je geïnterviewd door de\njim moeder?\n\n"
            + "R: Ja, de JIM-moeder heeft me geinterviewd. Mentoren en mentor, fijn gesprek";

    @TempDir
    Path dir;

    Path file;
    long id;

    @BeforeEach
    void setUp() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            int i = TEXT.indexOf("I: ");
            int r = TEXT.indexOf("R: ");
            List<Turn> turns = List.of(
                    new Turn(0, 0, 0, TEXT.indexOf('\n'), null, null),
                    new Turn(1, i, i + 3, TEXT.indexOf("\n\nR"), "I", null),
                    new Turn(2, r, r + 3, TEXT.length(), "R", null));
            id = project.database().unrecorded("import", tx -> project.transcripts().insert(tx, "Interview Sam", "sam.txt",
                    new ImportedText(TEXT, turns, "txt", "UTF-8", "LF"), Ids.sha256(TEXT), null));
            TempProjects.addTranscript(project, "Interview Noor", "En je mentor?", "Mijn mentor is top.");
            file = project.file();
        }
    }

    private JsonNode json(CommandRun run) throws Exception {
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        return JSON.readTree(run.out());
    }

    /** "start-end" of every hit in transcript Sam, with the text it covers. */
    private List<String> spans(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode hit : result.get("hits")) {
            if (hit.get("transcript").asLong() == id) {
                int start = hit.get("start").asInt();
                int end = hit.get("end").asInt();
                out.add(start + "-" + end + " " + TEXT.substring(start, end));
            }
        }
        return out;
    }

    private static String at(String words) {
        int start = TEXT.indexOf(words);
        return start + "-" + (start + words.length()) + " " + words;
    }

    private static String lastAt(String words) {
        int start = TEXT.lastIndexOf(words);
        return start + "-" + (start + words.length()) + " " + words;
    }

    @Test
    void stemsFindEveryFormAndTheWordsAtTheVeryStartAndEnd() throws Exception {
        JsonNode result = json(CommandRun.of(new SearchCommand(), file.toString(), "gesprek", "--json"));
        assertThat(result.get("total").asInt()).isEqualTo(2);
        assertThat(spans(result)).containsExactly("0-10 Gesprekken", (TEXT.length() - 7) + "-" + TEXT.length() + " gesprek");
        JsonNode first = result.get("hits").get(0);
        assertThat(first.get("transcriptName").asText()).isEqualTo("Interview Sam");
        assertThat(first.get("speaker").isNull()).isTrue();
        assertThat(first.get("snippet").asText()).isEqualTo("«Gesprekken» met mijn mentor gingen goed.");
    }

    @Test
    void diacriticsAreFoldedBothWays() throws Exception {
        List<String> expected = List.of(at("geïnterviewd"), at("geinterviewd"));
        assertThat(spans(json(CommandRun.of(new SearchCommand(), file.toString(), "geinterviewd", "--json")))).isEqualTo(expected);
        assertThat(spans(json(CommandRun.of(new SearchCommand(), file.toString(), "geïnterviewd", "--json")))).isEqualTo(expected);
    }

    @Test
    void phrasesMatchAcrossLineEndsFromTheirFirstToTheirLastWord() throws Exception {
        assertThat(spans(json(CommandRun.of(new SearchCommand(), file.toString(), "\"door de jim moeder\"", "--json"))))
                .containsExactly(at("door de\njim moeder"));
        assertThat(spans(json(CommandRun.of(new SearchCommand(), file.toString(), "\"jim moeder\"", "--json"))))
                .containsExactly(at("jim moeder"), at("JIM-moeder"));
        assertThat(spans(json(CommandRun.of(new SearchCommand(), file.toString(), "\"jim moeder\"~3", "--json"))))
                .containsExactly(at("jim moeder"), at("JIM-moeder"));
    }

    @Test
    void oneHitPerMatchNotPerTurn() throws Exception {
        JsonNode result = json(CommandRun.of(new SearchCommand(), file.toString(), "mentor", "--json"));
        // Sam: mentor (turn 1), Mentoren and mentor (turn 3); Noor: mentor twice.
        assertThat(result.get("total").asInt()).isEqualTo(5);
        assertThat(spans(result)).containsExactly(at("mentor"), at("Mentoren"), lastAt("mentor"));
    }

    @Test
    void filtersBySpeakerTranscriptAndCode() throws Exception {
        assertThat(json(CommandRun.of(new SearchCommand(), file.toString(), "mentor", "--speaker", "R", "--json")).get("total").asInt())
                .isEqualTo(3);
        assertThat(json(CommandRun.of(new SearchCommand(), file.toString(), "mentor", "--transcript", "Interview Noor", "--json"))
                .get("total").asInt()).isEqualTo(2);
        try (Project project = Project.open(file)) {
            String contact = project.codebook().codebook().require("Contact").id();
            int from = TEXT.indexOf("Mentoren");
            project.codings().apply(id, from, from + "Mentoren en mentor".length(), contact, "Lotte");
        }
        JsonNode coded = json(CommandRun.of(new SearchCommand(), file.toString(), "mentor", "--code", "Contact", "--json"));
        assertThat(spans(coded)).containsExactly(at("Mentoren"), lastAt("mentor"));
        assertThat(json(CommandRun.of(new SearchCommand(), file.toString(), "mentor", "--uncoded", "--json")).get("total").asInt())
                .isEqualTo(3);
    }

    @Test
    void textOutputIsOneLinePerHitAndATotal() {
        CommandRun run = CommandRun.of(new SearchCommand(), file.toString(), "moeder");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out()).contains("Interview Sam\tI\t").contains("«moeder»").contains("2 hits in 1 transcripts");
    }

    @Test
    void anInvalidQueryIsOneClearLineAndExitTwo() {
        for (String query : List.of("\"mentor", "(mentor", "mentor AND", "NOT mentor", "")) {
            CommandRun run = CommandRun.of(new SearchCommand(), file.toString(), query, "--json");
            assertThat(run.exit()).as(query).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().toList()).as(query).hasSize(1);
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        CommandRun unknownCode = CommandRun.of(new SearchCommand(), file.toString(), "mentor", "--code", "Bestaat niet");
        assertThat(unknownCode.exit()).isEqualTo(2);
        assertThat(unknownCode.err()).contains("Bestaat niet");
        CommandRun noProject = CommandRun.of(new SearchCommand(), dir.resolve("nergens.cwk").toString(), "mentor");
        assertThat(noProject.exit()).isEqualTo(2);
        assertThat(noProject.err().lines().toList()).hasSize(1);
    }

    @Test
    void autocodeCodesEverySentenceAsOneUndoableAction() throws Exception {
        JsonNode preview = json(CommandRun.of(new AutocodeCommand(), file.toString(), "mentor", "--code", "Ervaring/Positief",
                "--scope", "sentence", "--coder", "Lotte", "--preview", "--json"));
        assertThat(preview.get("hits").asInt()).isEqualTo(5);
        assertThat(preview.get("codings").asInt()).isEqualTo(4);
        JsonNode done = json(CommandRun.of(new AutocodeCommand(), file.toString(), "mentor", "--code", "Ervaring/Positief",
                "--scope", "sentence", "--coder", "Lotte", "--json"));
        assertThat(done.get("codings").asInt()).isEqualTo(4);
        try (Project project = Project.open(file)) {
            assertThat(project.codings().list(CodingFilter.ALL)).extracting(c -> c.transcriptId() == id
                    ? TEXT.substring(c.start(), c.end()) : "Noor").containsExactly(
                    "Gesprekken met mijn mentor gingen goed.",
                    "Mentoren en mentor, fijn gesprek",
                    "Noor", "Noor");
            project.undoLog().undo();
            assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        }
        CommandRun badScope = CommandRun.of(new AutocodeCommand(), file.toString(), "mentor", "--code", "Contact", "--scope", "woord");
        assertThat(badScope.exit()).isEqualTo(2);
        assertThat(badScope.err()).contains("woord");
    }

    @Test
    void wordsListsAndExports() throws Exception {
        JsonNode words = json(CommandRun.of(new WordsCommand(), file.toString(), "--top", "1", "--transcript", "Interview Noor", "--json"));
        assertThat(words.get("total").asInt()).isEqualTo(3);
        assertThat(words.get("words")).hasSize(1);
        assertThat(words.get("words").get(0).get("word").asText()).isEqualTo("mentor");
        assertThat(words.get("words").get(0).get("count").asInt()).isEqualTo(2);
        Path xlsx = dir.resolve("woorden.xlsx");
        assertThat(CommandRun.of(new WordsCommand(), file.toString(), "--out", xlsx.toString()).exit()).isZero();
        assertThat(xlsx).isNotEmptyFile();
    }

    @Test
    void indexRebuildsAndTheResultsSurviveDeletion() throws Exception {
        JsonNode before = json(CommandRun.of(new SearchCommand(), file.toString(), "mentor OR gesprek", "--json"));
        JsonNode rebuilt = json(CommandRun.of(new IndexCommand(), file.toString(), "--rebuild", "--json"));
        assertThat(rebuilt.get("transcripts").asInt()).isEqualTo(2);
        assertThat(rebuilt.get("turns").asInt()).isEqualTo(5);
        assertThat(rebuilt.get("location").asText()).isEqualTo(SearchIndex.folderFor(file).toString());
        try (var files = Files.walk(SearchIndex.folderFor(file))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        JsonNode status = json(CommandRun.of(new IndexCommand(), file.toString(), "--json"));
        assertThat(status.get("found").asText()).isEqualTo("missing");
        assertThat(json(CommandRun.of(new SearchCommand(), file.toString(), "mentor OR gesprek", "--json"))).isEqualTo(before);
        CommandRun text = CommandRun.of(new IndexCommand(), file.toString(), "--rebuild");
        assertThat(text.out()).startsWith("Search index rebuilt: 2 transcripts, 5 turns in ");
    }
}
