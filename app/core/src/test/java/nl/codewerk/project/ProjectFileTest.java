package nl.codewerk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

    @TempDir
    Path dir;

    @Test
    void createdProjectReopensWithItsContent() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            assertThat(project.codebook().codebook().size()).isEqualTo(4);
        }
        try (Project project = Project.open(dir.resolve("test.cwk"))) {
            assertThat(project.codebook().codebook().size()).isEqualTo(4);
            assertThat(project.name()).isEqualTo("test");
        }
    }

    /** SQLite's own temporary files would land in the system's temporary folder; 2 is MEMORY. */
    @Test
    void sqliteKeepsItsScratchTablesInMemory() throws Exception {
        TempProjects.empty(dir).close();
        for (boolean readOnly : new boolean[] {false, true}) {
            try (Connection c = ProjectFile.connect(dir.resolve("test.cwk"), readOnly); Statement st = c.createStatement();
                    var rs = st.executeQuery("PRAGMA temp_store")) {
                assertThat(rs.getInt(1)).as("read-only " + readOnly).isEqualTo(2);
            }
        }
    }

    @Test
    void secondWriterIsRefusedWhileTheFirstHasItOpen() {
        try (Project first = TempProjects.empty(dir)) {
            assertThatThrownBy(() -> Project.open(first.file()))
                    .isInstanceOf(ProjectException.class)
                    .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("project.locked"));
            try (Project reader = Project.openReadOnly(first.file())) {
                assertThat(reader.transcripts().count()).isZero();
            }
        }
        try (Project again = Project.open(dir.resolve("test.cwk"))) {
            assertThat(again.transcripts().count()).isZero();
        }
    }

    @Test
    void fileThatIsNotSqliteIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("notes.cwk");
        Files.writeString(file, "just some notes, not a database");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Project.open(file))
                .isInstanceOf(ProjectException.class)
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("project.notAProject"))
                .satisfies(e -> assertThat(((LocalizedException) e).getMessage(Locale.of("nl"))).contains("geen Codewerk-project"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void sqliteFileOfAnotherProgramIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("other.cwk");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Project.open(file))
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("project.notAProject"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void projectFromANewerCodewerkIsRefusedAndUntouched() throws Exception {
        Path file;
        try (Project project = TempProjects.empty(dir)) {
            file = project.file();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (ProjectFile.currentSchemaVersion() + 5));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Project.open(file))
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("project.tooNew"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path file = dir.resolve("test.cwk");
        Files.writeString(file, "precious");
        assertThatThrownBy(() -> TempProjects.empty(dir))
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("project.exists"));
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void migrationStatementsSplitOnLineEndSemicolons() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n y\n);\n"))
                .containsExactly("CREATE TABLE a (x)", "CREATE TABLE b (\n y\n)");
    }
}
