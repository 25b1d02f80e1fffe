package nl.codewerk.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.Turn;
import nl.codewerk.ui.WorkbenchTestBase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The ways of applying a code, each checked by what the project holds afterwards. */
class CodingFlowsTest extends WorkbenchTestBase {

    @Test
    void codeByDrag(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        int at = select(robot, "elke week contact");
        Point2D inSelection = onScreen(robot, at + 2, at + 12);

        robot.drag(inSelection, MouseButton.PRIMARY).dropTo(codeRow(robot, "Contact"));

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(codings()).extracting(Coding::transcriptId, Coding::start, Coding::end, Coding::codeId, Coding::coder)
                .containsExactly(tuple(sanne, at, at + "elke week contact".length(), code("Contact").id(), "Anna"));
    }

    @Test
    void codeByDoubleClickOnTheCode(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        int at = select(robot, "dat helpt");

        robot.doubleClickOn(codeRow(robot, "Positief"));

        assertThat(codings()).extracting(Coding::start, Coding::end, Coding::codeId)
                .containsExactly(tuple(at, at + "dat helpt".length(), code("Positief").id()));
    }

    @Test
    void codeByShortcut(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        int at = select(robot, "elke week");

        // The first codes of the codebook are pinned until someone pins others: Ervaring, Positief, Negatief, Contact.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);

        assertThat(codings()).extracting(Coding::start, Coding::end, Coding::codeId)
                .containsExactly(tuple(at, at + "elke week".length(), code("Contact").id()));
    }

    @Test
    void codeByShortcutAfterPinningACodeToIt(FxRobot robot) {
        workbench.dialogs.choices.add(0);
        robot.rightClickOn(codeRow(robot, "Negatief")).clickOn("Pin to shortcut…");
        openTranscript(robot, "Interview Sanne");
        int at = select(robot, "dat helpt");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);

        assertThat(codings()).extracting(Coding::start, Coding::codeId).containsExactly(tuple(at, code("Negatief").id()));
        assertThat(workbench.settings.pinnedCodes(workbench.shell.session().orElseThrow().key()).orElseThrow().getFirst())
                .isEqualTo(code("Negatief").id());
    }

    @Test
    void codeByPalette(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        int at = select(robot, "elke week contact");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        typeInPalette(robot, "Nega");
        robot.type(KeyCode.ENTER);

        assertThat(codings()).extracting(Coding::start, Coding::codeId).containsExactly(tuple(at, code("Negatief").id()));
    }

    @Test
    void codeByPaletteWithANewCode(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        int at = select(robot, "dat helpt");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        typeInPalette(robot, "Steun van mentor");
        robot.type(KeyCode.ENTER);

        assertThat(code("Steun van mentor").parentId()).isNull();
        assertThat(codings()).extracting(Coding::start, Coding::codeId).containsExactly(tuple(at, code("Steun van mentor").id()));
    }

    @Test
    void inVivoCoding(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        int at = select(robot, "elke week contact ");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(code("elke week contact").parentId()).isNull();
        assertThat(codings()).extracting(Coding::start, Coding::end, Coding::codeId)
                .containsExactly(tuple(at, at + "elke week contact".length(), code("elke week contact").id()));

        // The new code and its coding are one action: one undo takes both away.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(codings()).isEmpty();
        assertThat(project().codebook().codebook().inTreeOrder()).noneMatch(c -> c.name().equals("elke week contact"));
    }

    @Test
    void codeATurn(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        Turn answer = transcript(sanne).turns().get(1);
        caretAt(robot, answer.start() + 5);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        assertThat(codings()).extracting(Coding::start, Coding::end, Coding::codeId)
                .containsExactly(tuple(answer.start(), answer.end(), code("Positief").id()));
    }

    @Test
    void codeATurnAfterSelectingItWithTheKeyboard(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        Turn question = transcript(sanne).turns().get(2);
        caretAt(robot, question.start() + 3);

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(area(robot).getSelectedText()).isEqualTo("Wat doen jullie samen?");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        typeInPalette(robot, "Contact");
        robot.type(KeyCode.ENTER);

        assertThat(codings()).extracting(Coding::start, Coding::end).containsExactly(tuple(question.start(), question.end()));
    }

    @Test
    void undoAndRedo(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        select(robot, "elke week");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(codings()).hasSize(1);
        assertThat(((javafx.scene.control.MenuBar) robot.lookup(".menu-bar").query()).getMenus().get(1).getItems().getFirst().getText())
                .isEqualTo("Undo apply code Contact");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(codings()).isEmpty();
        assertThat(area(robot).getStyleOfChar(area(robot).getText().indexOf("elke week")).colors()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(codings()).extracting(Coding::codeId).containsExactly(code("Contact").id());
        assertThat(area(robot).getStyleOfChar(area(robot).getText().indexOf("elke week")).colors()).containsExactly(code("Contact").color());
    }

    @Test
    void theCoderIsRememberedAndMarksEachCoding(FxRobot robot) {
        workbench.dialogs.texts.add("Bram");
        robot.clickOn("#codingMenu").clickOn("Change coder…");
        openTranscript(robot, "Interview Sanne");
        select(robot, "elke week");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);

        assertThat(codings()).extracting(Coding::coder).containsExactly("Bram");
        assertThat(workbench.settings.coder()).contains("Bram");
        assertThat(robot.lookup("#coderStatus").queryLabeled().getText()).isEqualTo("Coder: Bram");
    }
}
