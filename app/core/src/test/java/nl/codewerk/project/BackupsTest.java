package nl.codewerk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void copyOfAnOpenProjectHoldsEverythingCommittedSoFar() {
        Path file = dir.resolve("test.cwk");
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            TempProjects.addTranscript(project, "eerste", "Hallo daar");
            Backups.Backup backup = Backups.take(project.database(), "before-pseudonymise");

            assertThat(backup.file().getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(backup.file().getFileName().toString()).matches("test-\\d{8}-\\d{6}-before-pseudonymise\\.cwk");
            assertThat(backup.reason()).isEqualTo("before-pseudonymise");
            assertThat(project.database().info(Backups.LAST_KEY)).isPresent();
            // The copy is a project of its own, readable while the original stays open.
            try (Project copy = Project.openReadOnly(backup.file())) {
                assertThat(copy.transcripts().list()).extracting(t -> t.name()).containsExactly("eerste");
                assertThat(copy.codebook().codebook().inTreeOrder()).hasSize(4);
            }
        }
        assertThat(Backups.list(file)).hasSize(1);
    }

    @Test
    void aProjectOpenElsewhereCanBeCopiedButNotRestored() {
        Path file = dir.resolve("test.cwk");
        try (Project project = TempProjects.empty(dir)) {
            TempProjects.addTranscript(project, "eerste", "Hallo");
            Backups.Backup backup = Backups.take(file, null);
            assertThat(backup.file().getFileName().toString()).matches("test-\\d{8}-\\d{6}\\.cwk");
            assertThat(backup.reason()).isNull();
            // The transcript is still in the write-ahead log of the open project, not in its file.
            try (Project copy = Project.openReadOnly(backup.file())) {
                assertThat(copy.transcripts().count()).isEqualTo(1);
            }
            assertThatThrownBy(() -> Backups.restore(file, 1)).isInstanceOf(ProjectException.class)
                    .hasMessageContaining("open in another Codewerk");
            assertThat(project.transcripts().count()).isEqualTo(1);
        }
    }

    @Test
    void restorePutsTheOldStateBackAfterCopyingTheCurrentOne() {
        Path file = dir.resolve("test.cwk");
        try (Project project = TempProjects.empty(dir)) {
            TempProjects.addTranscript(project, "eerste", "Hallo");
            Backups.take(project.database(), "daily");
            TempProjects.addTranscript(project, "tweede", "Later toegevoegd");
        }

        Backups.Restored restored = Backups.restore(file, 1);

        assertThat(restored.restored().reason()).isEqualTo("daily");
        assertThat(restored.replaced().reason()).isEqualTo("before-restore");
        try (Project project = Project.open(file)) {
            assertThat(project.transcripts().list()).extracting(t -> t.name()).containsExactly("eerste");
        }
        List<Backups.Backup> all = Backups.list(file);
        assertThat(all).hasSize(2);
        assertThat(all.getFirst().file()).isEqualTo(restored.replaced().file());
        try (Project before = Project.openReadOnly(restored.replaced().file())) {
            assertThat(before.transcripts().count()).isEqualTo(2);
        }
        assertThatThrownBy(() -> Backups.restore(file, 3)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("no backup number 3");
    }

    @Test
    void onlyTheNewestAreKept() throws Exception {
        Path file = dir.resolve("test.cwk");
        try (Project project = TempProjects.empty(dir)) {
            project.database().setInfo(Backups.KEEP_KEY, "3");
            for (int i = 0; i < 5; i++) {
                Backups.take(project.database(), "r" + i);
            }
        }
        List<Backups.Backup> kept = Backups.list(file);
        assertThat(kept).extracting(Backups.Backup::reason).containsExactly("r4", "r3", "r2");
        // Copies of another project in the same folder are none of its business.
        Files.writeString(dir.resolve("backups").resolve("other-20250101-120000.cwk"), "x");
        assertThat(Backups.list(file)).hasSize(3);
        assertThat(Backups.prune(file, 1)).hasSize(2);
        assertThat(Files.exists(dir.resolve("backups").resolve("other-20250101-120000.cwk"))).isTrue();
    }

    @Test
    void dailyCopyOnlyWhenTheLastIsADayOld() {
        try (Project project = TempProjects.empty(dir)) {
            assertThat(Backups.dailyIfDue(project.database())).isPresent();
            assertThat(Backups.dailyIfDue(project.database())).isEmpty();
            project.database().setInfo(Backups.LAST_KEY, Instant.now().minus(25, ChronoUnit.HOURS).toString());
            assertThat(Backups.dailyIfDue(project.database())).hasValueSatisfying(b -> assertThat(b.reason()).isEqualTo("daily"));
            assertThat(Backups.list(project.file())).hasSize(2);
        }
        try (Project readOnly = Project.openReadOnly(dir.resolve("test.cwk"))) {
            assertThat(Backups.dailyIfDue(readOnly.database())).isEmpty();
        }
    }

    @Test
    void refusesWhatIsNotAProject() throws Exception {
        Path notProject = Files.writeString(dir.resolve("notes.cwk"), "just text");
        assertThatThrownBy(() -> Backups.take(notProject, null)).isInstanceOf(ProjectException.class);
        assertThatThrownBy(() -> Backups.take(dir.resolve("missing.cwk"), null)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("not found");
        try (Project project = TempProjects.empty(dir)) {
            TempProjects.addTranscript(project, "eerste", "Hallo");
        }
        Path file = dir.resolve("test.cwk");
        Files.createDirectories(dir.resolve("backups"));
        Path fake = Files.writeString(dir.resolve("backups").resolve("test-20250101-120000.cwk"), "not a database at all, really");
        assertThatThrownBy(() -> Backups.restore(file, new Backups.Backup(fake, null, null, 0)))
                .isInstanceOf(ProjectException.class);
        try (Project project = Project.open(file)) {
            assertThat(project.transcripts().count()).isEqualTo(1);
        }
    }
}
