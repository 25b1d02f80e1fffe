package nl.codewerk.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.codewerk.i18n.Messages;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.ui.TestWorkbench;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.i18n.Language;
import nl.codewerk.ui.settings.Settings;
import nl.codewerk.ui.settings.Theme;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StartScreenTest {

    @TempDir
    Path dir;

    private Path projectFile;
    private TestWorkbench workbench;

    @Start
    void start(Stage stage) {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            projectFile = project.file();
        }
        Settings settings = Settings.load(dir.resolve("settings"), Runnable::run);
        settings.addRecentProject(dir.resolve("gone.cwk"));
        settings.addRecentProject(projectFile);
        workbench = TestWorkbench.start(stage, dir.resolve("settings"), "Anna");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workbench::close);
        I18n.setLanguage(Language.ENGLISH);
    }

    @Test
    void recentProjectsAreListedAndOpenWithEnter(FxRobot robot) {
        ListView<RecentProject> recent = robot.lookup("#recentProjects").queryListView();
        assertThat(recent.getItems()).extracting(RecentProject::name, RecentProject::exists)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test", true), org.assertj.core.groups.Tuple.tuple("gone", false));

        robot.clickOn("test").type(KeyCode.ENTER);

        assertThat(workbench.shell.session()).isPresent();
        assertThat(workbench.shell.stage().getTitle()).isEqualTo("test — Codewerk");
    }

    @Test
    void aProjectThatIsOpenElsewhereIsExplainedInCoresWords(FxRobot robot) {
        try (Project elsewhere = Project.open(projectFile)) {
            workbench.dialogs.projectsToOpen.add(projectFile);
            robot.clickOn("#openProjectButton");

            assertThat(workbench.shell.session()).isEmpty();
            assertThat(workbench.dialogs.errors).containsExactly(Messages.get("project.locked", projectFile.getFileName()));
        }
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedWithCoresMessage(FxRobot robot) throws Exception {
        Path notAProject = java.nio.file.Files.writeString(dir.resolve("notes.cwk"), "just some notes");
        workbench.dialogs.projectsToOpen.add(notAProject);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).containsExactly(Messages.get("project.notAProject", "notes.cwk"));
    }

    @Test
    void switchingToDutchRelabelsTheScreenAndIsRemembered(FxRobot robot) {
        robot.clickOn("#viewMenu").clickOn("#language-nl");

        assertThat(robot.lookup("#openProjectButton").queryButton().getText()).isEqualTo("Project openen…");
        assertThat(Settings.load(dir.resolve("settings"), Runnable::run).language()).contains(Language.DUTCH);
        assertThat(Messages.locale().getLanguage()).isEqualTo("nl");

        // The menu's popup that was clicked last is gone with the old screen; aim at the window again.
        robot.targetWindow(workbench.shell.stage()).clickOn("#recentProjects").type(KeyCode.HOME).type(KeyCode.ENTER);
        MenuBar menus = robot.lookup(".menu-bar").query();
        assertThat(menus.getMenus()).extracting(javafx.scene.control.Menu::getText)
                .containsExactly("Project", "Bewerken", "Coderen", "Codeboek", "Memo", "Zoeken", "Analyse", "Exporteren", "Beeld");
    }

    @Test
    void theDarkThemeIsRemembered(FxRobot robot) {
        robot.clickOn("#viewMenu").clickOn("#theme-dark");

        assertThat(workbench.shell.stage().getScene().getRoot().getStyleClass()).contains("dark");
        assertThat(Settings.load(dir.resolve("settings"), Runnable::run).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void theCoderTypedOnTheStartScreenIsRemembered(FxRobot robot) {
        robot.doubleClickOn("#coderField").eraseText(4).write("Noor").type(KeyCode.ENTER);

        assertThat(Settings.load(dir.resolve("settings"), Runnable::run).coder()).contains("Noor");
    }
}
