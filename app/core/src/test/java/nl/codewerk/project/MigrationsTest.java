package nl.codewerk.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    /** A project file exactly as the first release wrote it: only V001 run, with a coder in it. */
    private Path versionOneProject() throws Exception {
        Path file = dir.resolve("oud.cwk");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + ProjectFile.APPLICATION_ID);
            for (String sql : Migrations.statements(Migrations.load("V001__initial.sql"))) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO project_info (key, value) VALUES ('name', 'oud')");
            st.execute("INSERT INTO coders (name, guid) VALUES ('Lotte', 'g-lotte')");
        }
        return file;
    }

    @Test
    void stepsAreNumberedOneByOne() {
        for (int i = 0; i < Migrations.STEPS.size(); i++) {
            assertThat(Migrations.STEPS.get(i).version()).isEqualTo(i + 1);
            assertThat(Migrations.STEPS.get(i).script()).startsWith(String.format("V%03d__", i + 1));
        }
        assertThat(Migrations.CURRENT).isGreaterThanOrEqualTo(2);
    }

    @Test
    void versionOneProjectIsCopiedAsideThenMigrated() throws Exception {
        Path file = versionOneProject();
        try (Project project = Project.open(file)) {
            assertThat(project.codings().coders()).containsExactly("Lotte");
            assertThat(userVersion(project.database())).isEqualTo(Migrations.CURRENT);
            assertThat(tables(project.database())).contains("review_decisions");
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(ProjectFile.backupFolder(file))) {
            backups = files.toList();
        }
        assertThat(backups).singleElement().satisfies(b -> assertThat(b.getFileName().toString())
                .startsWith("oud-").endsWith("-before-migration-v1.cwk"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.getFirst()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the copy is the untouched version 1 file").isEqualTo(1);
        }
        // Opening again migrates nothing and copies nothing.
        try (Project project = Project.open(file)) {
            assertThat(userVersion(project.database())).isEqualTo(Migrations.CURRENT);
        }
        try (Stream<Path> files = Files.list(ProjectFile.backupFolder(file))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void versionOneProjectIsNotMigratedWhenOpenedReadOnly() throws Exception {
        Path file = versionOneProject();
        assertThatThrownBy(() -> Project.openReadOnly(file))
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("project.needsUpgrade"));
        assertThat(Files.exists(ProjectFile.backupFolder(file))).isFalse();
    }

    private static int userVersion(Database database) {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static List<String> tables(Database database) {
        return database.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
