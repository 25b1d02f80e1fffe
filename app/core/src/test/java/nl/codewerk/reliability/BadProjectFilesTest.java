package nl.codewerk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.testsupport.ProjectSnapshot;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken project files and conditions: each is refused with one clear line in
 * English and Dutch and leaves the project as it was. Counted in docs/reliability.md.
 */
class BadProjectFilesTest {

    @TempDir
    Path dir;

    @Test
    void readOnlyProjectIsRefusedForWritingButStillReadable() throws Exception {
        Path file;
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            file = project.file();
        }
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            if (Files.isWritable(file)) {
                return; // running as root: permissions do not bind, nothing to check here
            }
            assertThatThrownBy(() -> Project.open(file)).satisfies(e -> assertOneLineInBothLanguages((LocalizedException) e, "project.notWritable"));
            try (Project reader = Project.openReadOnly(file)) {
                assertThat(reader.codebook().codebook().size()).isEqualTo(4);
                assertThatThrownBy(() -> reader.codebook().rename(reader.codebook().codebook().roots().getFirst().id(), "x", "A"))
                        .satisfies(e -> assertOneLineInBothLanguages((LocalizedException) e, "project.readOnlyOpen"));
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void fullDiskDuringImportRefusesTheFileAndKeepsTheProject() throws Exception {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            TempProjects.addTranscript(project, "bestaand", "Een vraag", "Een antwoord");
            // Simulate a full disk: SQLite may not grow the file past its current size.
            project.database().unrecorded("limit", tx -> {
                try (Statement st = tx.connection().createStatement()) {
                    st.execute("PRAGMA max_page_count = " + pageCount(tx.connection()));
                }
                return null;
            });
            String before = ProjectSnapshot.of(project);
            Path big = dir.resolve("groot.txt");
            Files.writeString(big, ("I: Hoe ging het?\n\nR: " + "Het ging eigenlijk heel goed met ons allebei. ".repeat(4000) + "\n"));

            ImportReport report = project.importer().importFiles(java.util.List.of(big), ImportOptions.DEFAULT, Progress.NONE);

            assertThat(report.imported()).isEmpty();
            assertThat(report.refused()).singleElement().satisfies(r -> assertThat(r.reason()).doesNotContain("\n").containsIgnoringCase("disk"));
            assertThat(ProjectSnapshot.of(project)).isEqualTo(before);
        }
    }

    @Test
    void projectOfANewerSchemaIsRefusedInBothLanguages() throws Exception {
        Path file;
        try (Project project = TempProjects.empty(dir)) {
            file = project.file();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Project.open(file)).satisfies(e -> assertOneLineInBothLanguages((LocalizedException) e, "project.tooNew"));
    }

    @Test
    void emptyFileNamedCwkIsNotAProject() throws Exception {
        Path file = dir.resolve("leeg.cwk");
        Files.createFile(file);
        assertThatThrownBy(() -> Project.open(file)).satisfies(e -> assertOneLineInBothLanguages((LocalizedException) e, "project.notAProject"));
        assertThat(Files.size(file)).isZero();
    }

    static void assertOneLineInBothLanguages(LocalizedException e, String key) {
        assertThat(e.key()).isEqualTo(key);
        String english = e.getMessage(Locale.ENGLISH);
        String dutch = e.getMessage(Locale.of("nl"));
        assertThat(english).isNotBlank().doesNotContain("\n").isNotEqualTo(dutch).doesNotStartWith(key);
        assertThat(dutch).isNotBlank().doesNotContain("\n").doesNotStartWith(key);
    }

    private static long pageCount(Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
