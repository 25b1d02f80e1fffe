package nl.codewerk.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import nl.codewerk.project.Backups;
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

/** The start screen puts a chosen backup back in place of a project and opens it. */
@ExtendWith(ApplicationExtension.class)
class RestoreBackupTest {

    @TempDir
    Path dir;

    private Path projectFile;
    private TestWorkbench workbench;

    @Start
    void start(Stage stage) {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            projectFile = project.file();
        }
        Backups.take(projectFile, "manual");
        try (Project project = Project.open(projectFile)) {
            TempProjects.addTranscript(project, "Later", "Wie?", "Niemand.");
        }
        workbench = TestWorkbench.start(stage, dir.resolve("settings"), "Anna");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workbench::close);
    }

    @Test
    void restoreABackupFromTheStartScreen(FxRobot robot) {
        workbench.dialogs.projectsToOpen.add(projectFile);
        workbench.dialogs.choices.add(0);
        workbench.dialogs.confirmations.add(true);

        robot.clickOn("#restoreBackupButton");

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(workbench.shell.session()).isPresent();
        assertThat(workbench.project().transcripts().list()).as("the transcript added after the backup").isEmpty();
        assertThat(Backups.list(projectFile)).hasSizeGreaterThanOrEqualTo(2);
    }
}
