package nl.codewerk.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class WorkbenchLanguageTest extends WorkbenchTestBase {

    @AfterEach
    void english() {
        I18n.setLanguage(Language.ENGLISH);
    }

    @Test
    void switchingToDutchKeepsTheOpenTranscriptAndTheCaret(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        caretAt(robot, 40);

        robot.clickOn("#viewMenu").clickOn("#language-nl");

        MenuBar menus = robot.lookup(".menu-bar").query();
        assertThat(menus.getMenus()).extracting(Menu::getText).contains("Bewerken", "Coderen", "Codeboek");
        assertThat(area(robot).getText()).isEqualTo(transcript(sanne).text());
        assertThat(workbench.model().transcript().selectionProperty().get().getStart()).isEqualTo(40);
        assertThat(robot.lookup("#coderStatus").queryLabeled().getText()).isEqualTo("Codeur: Anna");
    }

    @Test
    void openingTheOpenProjectAgainKeepsItOpen(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        workbench.dialogs.projectsToOpen.add(dir.resolve("test.cwk"));

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.O)
                .release(javafx.scene.input.KeyCode.O, javafx.scene.input.KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(workbench.model().transcript().transcript().id()).isEqualTo(sanne);
    }

    @Test
    void theUndoMenuNamesWhatItWillUndo(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        select(robot, "elke week");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4)
                .release(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.CONTROL);

        robot.clickOn("#editMenu");

        assertThat(robot.lookup("Undo apply code Contact").tryQuery()).isPresent();
    }
}
