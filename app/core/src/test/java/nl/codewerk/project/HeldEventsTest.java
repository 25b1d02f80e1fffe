package nl.codewerk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder import is many transactions but one change to the listeners. */
class HeldEventsTest {

    @TempDir
    Path dir;

    private Path folderOf(int files) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("map"));
        for (int i = 0; i < files; i++) {
            Files.writeString(folder.resolve(String.format("gesprek-%02d.txt", i)), "I: Hoe gaat het?\n\nR: Goed, woord" + i + " en mentor.\n");
        }
        return folder;
    }

    @Test
    void aFolderImportIsToldOnceWithEveryTableItChanged() throws Exception {
        Path folder = folderOf(12);
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            List<ChangeEvent> events = new CopyOnWriteArrayList<>();
            project.database().addListener(events::add);
            ImportReport report = project.importer().importFiles(List.of(folder), ImportOptions.DEFAULT, Progress.NONE);
            assertThat(report.imported()).hasSize(12);
            assertThat(events).hasSize(1);
            assertThat(events.getFirst().kind()).isEqualTo(ChangeEvent.Kind.IMPORT);
            assertThat(events.getFirst().tables()).contains("transcripts", "turns");
        }
    }

    @Test
    void aCancelledImportIsStillToldAboutWhatItStored() throws Exception {
        Path folder = folderOf(6);
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            List<ChangeEvent> events = new CopyOnWriteArrayList<>();
            project.database().addListener(events::add);
            Progress cancelAfterTwo = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    // nothing shown
                }

                @Override
                public boolean isCancelled() {
                    return project.transcripts().count() >= 2;
                }
            };
            assertThatThrownBy(() -> project.importer().importFiles(List.of(folder), ImportOptions.DEFAULT, cancelAfterTwo))
                    .isInstanceOf(nl.codewerk.util.CancelledException.class);
            assertThat(project.transcripts().count()).isEqualTo(2);
            assertThat(events).hasSize(1);
            assertThat(events.getFirst().tables()).contains("transcripts");
        }
    }

    @Test
    void anotherThreadsActionsAreToldAtOnceMeanwhile() throws Exception {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long transcript = TempProjects.addTranscript(project, "Gesprek", "Hoe gaat het?", "Goed.");
            String code = project.codebook().codebook().inTreeOrder().getFirst().id();
            List<ChangeEvent> events = new CopyOnWriteArrayList<>();
            project.database().addListener(events::add);
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                project.database().holdingEvents("bulk", () -> {
                    TempProjects.addTranscript(project, "Tweede", "En nu?", "Ook goed.");
                    try {
                        other.submit(() -> project.codings().apply(transcript, 0, 3, code, "Lotte")).get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    assertThat(events).extracting(ChangeEvent::kind).containsExactly(ChangeEvent.Kind.ACTION);
                    return null;
                });
            } finally {
                other.shutdown();
            }
            assertThat(events).extracting(ChangeEvent::kind).containsExactly(ChangeEvent.Kind.ACTION, ChangeEvent.Kind.IMPORT);
        }
    }
}
