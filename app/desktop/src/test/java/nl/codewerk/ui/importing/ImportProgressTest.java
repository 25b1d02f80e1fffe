package nl.codewerk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.stage.Stage;
import nl.codewerk.i18n.Messages;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.ui.TestWorkbench;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Background work held back until the test lets it run, so what the window shows while an
 * import runs (title, progress, Cancel) can be seen and used.
 */
@ExtendWith(ApplicationExtension.class)
class ImportProgressTest {

    @TempDir
    Path dir;

    private final Deque<Runnable> pending = new ArrayDeque<>();
    private TestWorkbench workbench;
    private Path projectFile;

    @Start
    void start(Stage stage) {
        try (Project project = TempProjects.empty(dir)) {
            projectFile = project.file();
        }
        workbench = TestWorkbench.start(stage, dir.resolve("settings"), "Anna", pending::add);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            workbench.close();
            runPending();
        });
    }

    private void runPending() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    @Test
    void anImportShowsItsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        robot.interact(() -> {
            workbench.shell.opener().open(projectFile);
            runPending();
        });
        Path a = Files.writeString(dir.resolve("a.txt"), "I: Hallo.\n\nR: Hoi.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "I: Dag.\n\nR: Dag!\n");
        workbench.dialogs.filesToImport.add(List.of(a, b));

        robot.clickOn("#projectMenu").clickOn("#importFiles");

        assertThat(robot.lookup("#taskStatus").queryLabeled().getText()).isEqualTo("Importing transcripts…");
        assertThat(robot.lookup("#runningTask").query().isVisible()).isTrue();
        robot.clickOn("#cancelTask");
        robot.interact(this::runPending);

        assertThat(workbench.dialogs.infos).containsExactly("The import was cancelled. Files imported before that stay in the project.");
        assertThat(workbench.project().transcripts().count()).isZero();
        assertThat(robot.lookup("#runningTask").query().isVisible()).isFalse();
    }

    @Test
    void aProjectFromANewerCodewerkIsRefusedWithCoresMessage(FxRobot robot) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + projectFile); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        workbench.dialogs.projectsToOpen.add(projectFile);

        robot.clickOn("#openProjectButton");
        robot.interact(this::runPending);

        assertThat(workbench.shell.session()).isEmpty();
        assertThat(workbench.dialogs.errors).singleElement().asString()
                .startsWith(Messages.get("project.tooNew", projectFile.getFileName(), 999, 1).substring(0, 30))
                .contains("999");
    }
}
