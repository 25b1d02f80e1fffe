package nl.codewerk.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

/** A project in a synchronised folder gets the cloud warning once, and a daily backup on opening. */
@ExtendWith(ApplicationExtension.class)
class CloudFolderWarningTest {

    @TempDir
    Path dir;

    private Path projectFile;
    private TestWorkbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path synced = Files.createDirectories(dir.resolve("Dropbox"));
        try (Project project = TempProjects.withSmallCodebook(synced)) {
            projectFile = project.file();
        }
        workbench = TestWorkbench.start(stage, dir.resolve("settings"), "Anna");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(workbench::close);
    }

    @Test
    void warnsOnceAboutTheCloudFolder(FxRobot robot) {
        robot.interact(() -> workbench.shell.opener().open(projectFile));
        assertThat(workbench.dialogs.infos).singleElement().asString().contains("Dropbox");
        assertThat(Backups.list(projectFile)).extracting(Backups.Backup::reason).contains("daily");

        robot.interact(() -> workbench.shell.closeProject(() -> { }));
        robot.interact(() -> workbench.shell.opener().open(projectFile));

        assertThat(workbench.dialogs.infos).as("not again").hasSize(1);
        assertThat(workbench.shell.session()).isPresent();
    }
}
