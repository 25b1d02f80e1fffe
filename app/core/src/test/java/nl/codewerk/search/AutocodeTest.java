package nl.codewerk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.codebook.CodebookException;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutocodeTest {

    @TempDir
    Path dir;

    Project project;
    long one;
    String text;
    String positief;

    @BeforeEach
    void setUp() {
        project = TempProjects.withSmallCodebook(dir);
        one = TempProjects.addTranscript(project, "Gesprek 1", SearchFixtures.GESPREK_1);
        text = project.transcripts().get(one).orElseThrow().text();
        positief = project.codebook().codebook().require("Ervaring/Positief").id();
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private List<String> spans(AutocodeScope scope) {
        AutocodePlan plan = project.search().autocodePreview(SearchRequest.of("mentor"), positief, scope, "Lotte");
        assertThat(plan.hits()).isEqualTo(4);
        return plan.spans().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void eachScopeExtendsTheHitsAsAReaderWouldMarkThem() {
        assertThat(spans(AutocodeScope.HIT)).containsExactly("mentor", "mentor", "Mentoren", "mentor");
        assertThat(spans(AutocodeScope.SENTENCE)).containsExactly(
                "Hoe ging het gesprek met je mentor?",
                "Gesprekken met mijn mentor gingen goed.",
                "Mentoren luisteren niet altijd, maar mijn mentor wel.");
        assertThat(spans(AutocodeScope.PARAGRAPH)).containsExactly(
                "Hoe ging het gesprek met je mentor?",
                "Gesprekken met mijn mentor gingen goed. Ik werd geïnterviewd door de",
                SearchFixtures.GESPREK_1[3]);
        assertThat(spans(AutocodeScope.TURN)).containsExactly(
                SearchFixtures.GESPREK_1[0], SearchFixtures.GESPREK_1[1], SearchFixtures.GESPREK_1[3]);
    }

    @Test
    void autocodeIsOneUndoableActionAndSkipsWhatIsAlreadyCoded() {
        AutocodePlan preview = project.search().autocodePreview(SearchRequest.of("mentor"), positief, AutocodeScope.SENTENCE, "Lotte");
        assertThat(preview.newCodings()).isEqualTo(3);

        int entries = project.undoLog().history(100).size();
        AutocodeResult result = project.search().autocode(SearchRequest.of("mentor"), positief, AutocodeScope.SENTENCE, "Lotte");
        assertThat(result.made()).hasSize(3).allSatisfy(c -> assertThat(c.codeId()).isEqualTo(positief));
        assertThat(project.undoLog().history(100)).hasSize(entries + 1);
        assertThat(project.undoLog().nextUndo().orElseThrow().label()).contains("Positief").contains("mentor");

        // The codes are searchable at once: the index followed the action.
        assertThat(project.search().search(SearchRequest.of("mentor").withCode(positief)).total()).isEqualTo(4);

        AutocodePlan again = project.search().autocodePreview(SearchRequest.of("mentor"), positief, AutocodeScope.SENTENCE, "Lotte");
        assertThat(again.alreadyCoded()).isEqualTo(3);
        assertThat(again.newCodings()).isZero();
        assertThat(project.search().autocode(SearchRequest.of("mentor"), positief, AutocodeScope.SENTENCE, "Lotte").made()).isEmpty();
        assertThat(project.undoLog().history(100)).hasSize(entries + 1);

        project.undoLog().undo();
        assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        assertThat(project.search().search(SearchRequest.of("mentor").withUncoded(true)).total()).isEqualTo(4);
    }

    @Test
    void filtersLimitWhatIsAutocoded() {
        AutocodeResult result = project.search().autocode(SearchRequest.of("mentor").withSpeaker("I"), positief, AutocodeScope.HIT, null);
        assertThat(result.made()).extracting(Coding::start).containsExactly(text.indexOf("mentor"));
    }

    @Test
    void anUnknownCodeIsRefusedBeforeAnythingIsDone() {
        int entries = project.undoLog().history(100).size();
        assertThatThrownBy(() -> project.search().autocode(SearchRequest.of("mentor"), "Bestaat/Niet", AutocodeScope.HIT, null))
                .isInstanceOf(CodebookException.class);
        assertThat(project.undoLog().history(100)).hasSize(entries);
    }

    @Test
    void scopesAreReadInEnglishAndDutch() {
        assertThat(AutocodeScope.parse("Sentence")).isEqualTo(AutocodeScope.SENTENCE);
        assertThat(AutocodeScope.parse("alinea")).isEqualTo(AutocodeScope.PARAGRAPH);
        assertThatThrownBy(() -> AutocodeScope.parse("woord")).isInstanceOf(SearchQueryException.class).hasMessageContaining("woord");
    }
}
