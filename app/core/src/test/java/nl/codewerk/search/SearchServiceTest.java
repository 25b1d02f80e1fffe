package nl.codewerk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every expected count and offset below was found by reading the fixture texts. */
class SearchServiceTest {

    @TempDir
    Path dir;

    Project project;
    long one;
    long two;
    String text1;

    @BeforeEach
    void setUp() {
        project = TempProjects.withSmallCodebook(dir);
        one = TempProjects.addTranscript(project, "Gesprek 1", SearchFixtures.GESPREK_1);
        two = TempProjects.addTranscript(project, "Gesprek 2", SearchFixtures.GESPREK_2);
        text1 = project.transcripts().get(one).orElseThrow().text();
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private SearchResult search(String query) {
        return project.search().search(SearchRequest.of(query));
    }

    private List<String> matched(SearchResult result) {
        return result.hits().stream().map(h -> textOf(h.transcriptId()).substring(h.start(), h.end())).toList();
    }

    private String textOf(long id) {
        return project.transcripts().get(id).orElseThrow().text();
    }

    @Test
    void aWordFindsEveryFormWithItsStem() {
        SearchResult result = project.search().search(SearchRequest.of("gesprek").withTranscript(one));
        assertThat(matched(result)).containsExactly("gesprek", "Gesprekken", "Gesprek");
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.hits().getFirst().start()).isEqualTo(text1.indexOf("gesprek"));
        assertThat(result.hits().getLast().end()).isEqualTo(text1.length());
    }

    @Test
    void diacriticsAndCaseAreFolded() {
        int at = text1.indexOf("geïnterviewd");
        for (String query : List.of("geinterviewd", "geïnterviewd", "GEINTERVIEWD")) {
            SearchResult result = search(query);
            assertThat(result.total()).as(query).isEqualTo(1);
            assertThat(result.hits().getFirst().start()).isEqualTo(at);
            assertThat(result.hits().getFirst().end()).isEqualTo(at + "geïnterviewd".length());
        }
    }

    @Test
    void combiningMarksWrittenAfterTheLetterAreFoldedToo() {
        long id = TempProjects.addTranscript(project, "Ontleed", "Ik ben gei\u0308nterviewd.");
        SearchResult result = project.search().search(SearchRequest.of("geïnterviewd").withTranscript(id));
        assertThat(matched(result)).containsExactly("gei\u0308nterviewd");
    }

    @Test
    void aQuotedPhraseMatchesTheExactWordsAcrossALineEnd() {
        SearchResult result = search("\"de jim moeder\"");
        assertThat(result.total()).isEqualTo(1);
        SearchHit hit = result.hits().getFirst();
        assertThat(hit.start()).isEqualTo(text1.indexOf("de\njim moeder"));
        assertThat(hit.end()).isEqualTo(text1.indexOf("de\njim moeder") + "de\njim moeder".length());
        assertThat(hit.match()).isEqualTo("de jim moeder");
        assertThat(hit.snippet()).contains("«de jim moeder»");

        assertThat(matched(search("\"jim moeder\""))).containsExactly("jim moeder", "JIM-moeder");
        // Unquoted, hyphenated words are a phrase of stems: "moeders" finds "moeder".
        assertThat(matched(search("jim-moeders"))).containsExactly("jim moeder", "JIM-moeder");
        // Stop words stay inside phrases.
        assertThat(matched(search("\"en dat was\""))).containsExactly("en dat was");
        // Quoted, a word is matched as written: no other forms of its stem.
        assertThat(matched(search("\"gesprek\""))).containsExactly("gesprek", "Gesprek");
    }

    @Test
    void stopWordsAreIgnoredOutsidePhrasesUnlessTheyAreAllThereIs() {
        assertThat(matched(search("de moeder"))).containsExactly("moeder", "moeder");
        assertThat(matched(search("de"))).containsExactly("de");
    }

    @Test
    void wildcardsProximityAndFuzzyWords() {
        assertThat(matched(search("mentor*"))).containsExactly("mentor", "mentor", "Mentoren", "mentor", "mentor", "mentor");
        assertThat(matched(search("m?ntor"))).containsExactly("mentor", "mentor", "mentor", "mentor", "mentor");
        assertThat(matched(search("\"mentoren altijd\"~2"))).containsExactly("Mentoren luisteren niet altijd");
        assertThat(search("\"mentoren altijd\"~1").total()).isZero();
        assertThat(matched(search("mentr~"))).containsExactly("mentor", "mentor", "mentor", "mentor", "mentor");
    }

    @Test
    void booleanOperatorsInEnglishAndDutch() {
        assertThat(matched(search("mentor AND moeder"))).containsExactly("mentor", "moeder");
        assertThat(matched(search("mentor EN moeder"))).containsExactly("mentor", "moeder");
        assertThat(matched(search("mentor NOT moeder")))
                .containsExactly("mentor", "Mentoren", "mentor", "mentor", "mentor");
        assertThat(search("gesprek OR moeder").total()).isEqualTo(5);
        assertThat(search("gesprek OF moeder").total()).isEqualTo(5);
        assertThat(matched(search("(gesprek OR moeder) NIET jim"))).containsExactly("gesprek", "Gesprek");
    }

    @Test
    void onlyOneHitPerPlaceWhenClausesOverlap() {
        assertThat(matched(search("mentor OR mentor*"))).hasSize(6);
        assertThat(matched(search("\"jim moeder\" OR moeder"))).containsExactly("jim moeder", "JIM-moeder");
    }

    @Test
    void filtersBySpeakerRoleAndTranscript() {
        SearchRequest mentor = SearchRequest.of("mentor");
        assertThat(project.search().search(mentor).total()).isEqualTo(6);
        assertThat(project.search().search(mentor.withSpeaker("r")).total()).isEqualTo(4);
        assertThat(project.search().search(mentor.withRespondentsOnly(true)).total()).isEqualTo(4);
        assertThat(project.search().search(mentor.withTranscript(two)).total()).isEqualTo(2);
        SearchResult all = project.search().search(mentor);
        assertThat(all.perTranscript()).extracting(HitCount::name, HitCount::hits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gesprek 1", 4), org.assertj.core.groups.Tuple.tuple("Gesprek 2", 2));
        assertThat(all.turns()).isEqualTo(5);
    }

    @Test
    void filtersByCaseAttribute() {
        project.database().unrecorded("cases", tx -> {
            var cases = project.cases();
            long sam = cases.ensureCase(tx, "Sam");
            long noor = cases.ensureCase(tx, "Noor");
            var groep = cases.ensureAttribute(tx, "groep", AttributeType.TEXT);
            var leeftijd = cases.ensureAttribute(tx, "leeftijd", AttributeType.NUMBER);
            cases.setValue(tx, sam, groep, "JIM");
            cases.setValue(tx, sam, leeftijd, "16");
            cases.setValue(tx, noor, groep, "regulier");
            project.transcripts().setCase(tx, one, sam);
            project.transcripts().setCase(tx, two, noor);
            return null;
        });
        SearchRequest mentor = SearchRequest.of("mentor");
        assertThat(project.search().search(mentor.withAttribute("Groep", "jim")).total()).isEqualTo(4);
        assertThat(project.search().search(mentor.withAttribute("groep", "regulier")).total()).isEqualTo(2);
        assertThat(project.search().search(mentor.withAttribute("leeftijd", "16,0")).total()).isEqualTo(4);
        assertThatThrownBy(() -> project.search().search(mentor.withAttribute("school", "x")))
                .isInstanceOf(SearchQueryException.class).hasMessageContaining("school");
        assertThatThrownBy(() -> project.search().search(mentor.withAttribute("leeftijd", "oud")))
                .isInstanceOf(SearchQueryException.class).hasMessageContaining("oud");
    }

    @Test
    void codedAndUncodedTextFollowTheCodingsAndTheirUndo() {
        String contact = project.codebook().codebook().require("Contact").id();
        int from = text1.indexOf("Gesprekken");
        project.codings().apply(one, from, text1.indexOf("goed.") + 5, contact, "Lotte");

        SearchRequest mentor = SearchRequest.of("mentor");
        SearchResult coded = project.search().search(mentor.withCode(contact));
        assertThat(coded.total()).isEqualTo(1);
        assertThat(coded.hits().getFirst().start()).isEqualTo(text1.indexOf("mentor", from));
        assertThat(project.search().search(mentor.withUncoded(true)).total()).isEqualTo(5);
        assertThat(project.search().search(mentor).perCode()).extracting(HitCount::name, HitCount::hits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Contact", 1));

        project.undoLog().undo();
        assertThat(project.search().search(mentor.withCode(contact)).total()).isZero();
        assertThat(project.search().search(mentor.withUncoded(true)).total()).isEqualTo(6);
    }

    @Test
    void wordsAtTheVeryStartAndEndOfATranscript() {
        long id = SearchFixtures.addEdges(project);
        String text = SearchFixtures.EDGES_TEXT;
        SearchResult result = project.search().search(SearchRequest.of("gesprek").withTranscript(id));
        assertThat(result.hits()).extracting(SearchHit::start, SearchHit::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 7), org.assertj.core.groups.Tuple.tuple(text.length() - 7, text.length()));
        assertThat(result.hits().getFirst().speaker()).isNull();
        assertThat(result.hits().getFirst().snippet()).isEqualTo("«Gesprek» vooraf zonder spreker.");
        assertThat(result.hits().getLast().snippet()).isEqualTo("Het ging goed, echt een «gesprek»");
        assertThat(result.hits().getLast().speaker()).isEqualTo("R");
    }

    @Test
    void labelsAndTimestampsAreNotSearchable() {
        long id = SearchFixtures.addEdges(project);
        assertThat(project.search().search(SearchRequest.of("r").withTranscript(id)).total()).isZero();
        assertThat(project.search().search(SearchRequest.of("i").withTranscript(id)).total()).isZero();
    }

    @Test
    void sortingAndPaging() {
        SearchRequest mentor = SearchRequest.of("mentor*");
        List<SearchHit> byMatch = project.search().search(mentor.withSort(HitSort.MATCH)).hits();
        assertThat(byMatch.getLast().match()).isEqualTo("Mentoren");
        List<SearchHit> bySpeaker = project.search().search(mentor.withSort(HitSort.SPEAKER)).hits();
        assertThat(bySpeaker).extracting(SearchHit::speaker).containsExactly("I", "I", "R", "R", "R", "R");
        SearchResult page = project.search().search(mentor.withPage(2, 2));
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.hits()).hasSize(2);
        assertThat(page.hits().getFirst().match()).isEqualTo("Mentoren");
        assertThat(project.search().search(mentor.withSort(HitSort.RELEVANCE)).hits()).hasSize(6);
    }

    @Test
    void relevanceListsTurnsWithRarerWordsFirst() {
        // "precies" is in one turn, forms of "mentor" in five: the rare word's turn comes first.
        List<SearchHit> hits = project.search().search(SearchRequest.of("mentor OR precies").withSort(HitSort.RELEVANCE)).hits();
        assertThat(hits.getFirst().match()).isEqualTo("precies");
        assertThat(hits).hasSize(7);
    }

    @Test
    void invalidQueriesGetAClearMessage() {
        for (String query : List.of("\"open phrase", "(mentor", "mentor)", "AND", "mentor AND", "NOT moeder", "", "  ", "[a TO b]", "!!!", "*")) {
            assertThatThrownBy(() -> search(query)).as(query).isInstanceOf(SearchQueryException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("Encountered"));
        }
        assertThatThrownBy(() -> search("\"open")).hasMessageContaining("quote");
    }

    @Test
    void colonsAndSlashesAreText() {
        long id = TempProjects.addTranscript(project, "Tijden", "Om 10:30 kwam hij, en/of zij.");
        assertThat(project.search().search(SearchRequest.of("10:30").withTranscript(id)).total()).isEqualTo(1);
        assertThat(project.search().search(SearchRequest.of("zij/hij").withTranscript(id)).total()).isZero();
        assertThat(project.search().search(SearchRequest.of("hij/zij").withTranscript(id)).total()).isZero();
    }

    @Test
    void aTranscriptAddedAfterOpeningIsFoundAtOnce() {
        assertThat(search("vertrouwen").total()).isZero();
        TempProjects.addTranscript(project, "Gesprek 3", "Vertrouwen is alles.", "Ik vertrouw hem.");
        assertThat(matched(search("vertrouwen"))).containsExactly("Vertrouwen", "vertrouw");
        Transcript three = project.transcripts().find("Gesprek 3").orElseThrow();
        assertThat(search("vertrouwen").hits().getFirst().transcriptName()).isEqualTo(three.name());
    }
}
