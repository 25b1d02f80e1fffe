package nl.codewerk.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.Coding;
import nl.codewerk.search.AutocodeScope;
import nl.codewerk.search.SearchHit;
import nl.codewerk.search.WordCount;
import nl.codewerk.ui.WorkbenchTestBase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Finding words in the transcripts, going to a hit, coding all hits at once, counting words. */
class SearchFlowsTest extends WorkbenchTestBase {

    @Test
    void searchAndJumpToAHit(FxRobot robot) {
        search(robot, "contact");

        TableView<SearchHit> hits = robot.lookup("#searchHits").queryTableView();
        assertThat(hits.getItems()).extracting(SearchHit::transcriptName, SearchHit::match)
                .containsExactly(tuple("Interview Daan", "contact"), tuple("Interview Sanne", "contact"));
        assertThat(robot.lookup("#searchTotal").queryLabeled().getText()).isEqualTo("2 hits in 2 turns");
        assertThat(robot.lookup("#searchPerTranscript").queryLabeled().getText())
                .isEqualTo("Per transcript: Interview Daan (1) · Interview Sanne (1)");

        SearchHit sanneHit = hits.getItems().get(1);
        robot.interact(() -> {
            hits.requestFocus();
            hits.getSelectionModel().select(sanneHit);
        });
        robot.type(KeyCode.ENTER);

        assertThat(workbench.model().transcript().transcript().id()).isEqualTo(sanne);
        assertThat(area(robot).getSelection().getStart()).isEqualTo(sanneHit.start());
        assertThat(area(robot).getSelection().getEnd()).isEqualTo(sanneHit.end());
        assertThat(area(robot).getSelectedText()).isEqualTo("contact");
    }

    @Test
    void aQueryThatCannotBeReadIsExplainedBesideIt(FxRobot robot) {
        search(robot, "\"jim moeder");

        assertThat(robot.lookup("#searchProblem").queryLabeled().getText()).isNotBlank();
        assertThat(robot.lookup("#searchProblem").queryLabeled().isVisible()).isTrue();
        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(robot.lookup("#searchHits").queryTableView().getItems()).isEmpty();

        robot.interact(() -> robot.lookup("#searchQuery").queryTextInputControl().setText("mentor"));
        robot.clickOn("#searchFind");
        assertThat(robot.lookup("#searchProblem").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup("#searchHits").queryTableView().getItems()).hasSize(2);
    }

    @Test
    void autocodeAllHits(FxRobot robot) {
        search(robot, "contact");
        Code contact = code("Contact");
        ComboBox<Code> codeChoice = robot.lookup("#autocodeCode").queryComboBox();
        ComboBox<AutocodeScope> scope = robot.lookup("#autocodeScope").queryComboBox();
        robot.interact(() -> {
            codeChoice.setValue(codeChoice.getItems().stream().filter(c -> c.id().equals(contact.id())).findFirst().orElseThrow());
            scope.setValue(AutocodeScope.SENTENCE);
        });

        robot.clickOn("#autocodePreview");
        assertThat(robot.lookup("#autocodeMessage").queryLabeled().getText())
                .isEqualTo("2 hits: 2 new codings with Contact (0 already coded)");
        assertThat(codings()).isEmpty();

        robot.clickOn("#autocodeApply");
        String sanneText = transcript(sanne).text();
        String daanText = transcript(daan).text();
        int s = sanneText.indexOf(SANNE_ANSWER);
        int d = daanText.indexOf("Mijn oom, ik heb veel contact met hem.");
        assertThat(codings()).extracting(Coding::transcriptId, Coding::codeId, Coding::start, Coding::end)
                .containsExactlyInAnyOrder(
                        tuple(sanne, contact.id(), s, s + SANNE_ANSWER.length()),
                        tuple(daan, contact.id(), d, d + "Mijn oom, ik heb veel contact met hem.".length()))
                .hasSize(2);
        assertThat(codings()).extracting(Coding::coder).containsOnly("Anna");
        assertThat(robot.lookup("#autocodeMessage").queryLabeled().getText()).startsWith("Added 2 codings with Contact");
        assertThat(workbench.model().codebook().state().count(contact.id())).isEqualTo(2);
        assertThat(robot.lookup("#searchPerCode").queryLabeled().getText()).isEqualTo("Per code: Contact (2)");

        robot.interact(() -> robot.lookup("#searchHits").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(codings()).isEmpty();
        assertThat(workbench.model().codebook().state().count(contact.id())).isZero();
    }

    @Test
    void wordFrequencies(FxRobot robot) throws Exception {
        robot.clickOn("#searchMenu").clickOn("Word frequencies");

        TableView<WordCount> words = robot.lookup("#wordsTable").queryTableView();
        assertThat(words.getItems()).extracting(WordCount::word, WordCount::count, WordCount::transcripts)
                .contains(tuple("mentor", 2, 2), tuple("contact", 2, 2));
        assertThat(words.getItems()).extracting(WordCount::word).doesNotContain("je", "het", "en");

        robot.clickOn("#wordsStopWords").clickOn("#wordsCount");
        assertThat(words.getItems()).extracting(WordCount::word, WordCount::count).contains(tuple("je", 2));

        Path file = dir.resolve("words.xlsx");
        workbench.dialogs.exportFiles.add(file);
        robot.clickOn("#wordsExport");
        assertThat(Files.size(file)).isPositive();
        assertThat(workbench.dialogs.infos).containsExactly("Written to words.xlsx.");
    }

    private void search(FxRobot robot, String query) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#searchQuery").queryTextInputControl().isFocused()).isTrue();
        robot.write(query).type(KeyCode.ENTER);
    }
}
