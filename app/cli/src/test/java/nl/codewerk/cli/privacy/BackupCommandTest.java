package nl.codewerk.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

    @TempDir
    Path dir;

    @Test
    void backupListAndRestore() {
        Path file = dir.resolve("test.cwk");
        try (Project project = TempProjects.empty(dir)) {
            TempProjects.addTranscript(project, "eerste", "Hallo");
            // A copy can be made while the project is open (in the workbench, say).
            CommandRun made = CommandRun.of(new BackupCommand(), file.toString());
            assertThat(made.exit()).isZero();
            assertThat(made.out()).startsWith("Backup made: ").contains("backups");
            CommandRun refused = CommandRun.of(new BackupCommand(), file.toString(), "--restore", "1");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("open in another Codewerk");
            TempProjects.addTranscript(project, "tweede", "Later");
        }
        CommandRun list = CommandRun.of(new BackupCommand(), file.toString(), "--list");
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).singleElement().satisfies(l -> assertThat(l).matches("\\s+1 {2}\\d{4}-\\d{2}-\\d{2} .*test-\\d{8}-\\d{6}\\.cwk"));

        CommandRun restored = CommandRun.of(new BackupCommand(), file.toString(), "--restore", "1");
        assertThat(restored.exit()).isZero();
        assertThat(restored.out()).contains("Backup 1", "is back in place of test.cwk", "before-restore");
        try (Project project = Project.openReadOnly(file)) {
            assertThat(project.transcripts().count()).isEqualTo(1);
        }
        assertThat(CommandRun.of(new BackupCommand(), file.toString(), "--list").out().lines()).hasSize(2);
    }

    @Test
    void wrongUseExitsTwoWithOneLine() throws Exception {
        Path file = dir.resolve("test.cwk");
        CommandRun none = CommandRun.of(new BackupCommand(), file.toString(), "--list");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).contains("No backups of test.cwk yet");
        CommandRun missing = CommandRun.of(new BackupCommand(), file.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("not found").doesNotContain("\n");
        try (Project project = TempProjects.empty(dir)) {
            project.database();
        }
        assertThat(CommandRun.of(new BackupCommand(), file.toString(), "--list", "--restore", "1").exit()).isEqualTo(2);
        CommandRun noSuch = CommandRun.of(new BackupCommand(), file.toString(), "--restore", "4");
        assertThat(noSuch.exit()).isEqualTo(2);
        assertThat(noSuch.err()).contains("no backup number 4");
        Path notProject = Files.writeString(dir.resolve("notes.cwk"), "text");
        CommandRun bad = CommandRun.of(new BackupCommand(), notProject.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.noStackTrace()).isTrue();
    }
}
