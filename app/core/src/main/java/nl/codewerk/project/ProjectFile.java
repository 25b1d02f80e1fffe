package nl.codewerk.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.sqlite.SQLiteConfig;

/**
 * Creates and opens {@code .cwk} project files: one SQLite database per project. Checks what
 * it is given before changing a byte, so a file that is not ours, or is from a newer Codewerk,
 * is left exactly as it was.
 */
public final class ProjectFile {

    /** "CWRK": marks a SQLite file as a Codewerk project. */
    public static final int APPLICATION_ID = 0x4357524B;
    public static final String EXTENSION = ".cwk";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectFile() {
    }

    public static int currentSchemaVersion() {
        return Migrations.CURRENT;
    }

    /**
     * Creates a new, empty project file; refuses to overwrite anything. The file is built under a
     * temporary name and moved into place complete, so a crash never leaves a half-made project.
     */
    public static Database create(Path file, String projectName) {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new ProjectException("project.exists", absolute.getFileName());
        }
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ProjectException("project.noFolder", dir);
        }
        ProjectLock lock = ProjectLock.acquire(absolute);
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".creating-" + UUID.randomUUID());
        try {
            try (Connection connection = connect(temp, false); Statement st = connection.createStatement()) {
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                Migrations.migrate(connection, 0);
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO project_info (key, value) VALUES (?, ?)")) {
                    insertInfo(ps, "name", projectName);
                    insertInfo(ps, "created_at", Instant.now().toString());
                    insertInfo(ps, "guid", UUID.randomUUID().toString());
                    insertInfo(ps, "created_by", "Codewerk schema " + Migrations.CURRENT);
                }
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            deleteQuietly(temp.resolveSibling(temp.getFileName() + "-wal"));
            deleteQuietly(temp.resolveSibling(temp.getFileName() + "-shm"));
            Files.move(temp, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new Database(absolute, connect(absolute, false), lock, false);
        } catch (SQLException | IOException e) {
            lock.release();
            deleteQuietly(temp);
            throw new ProjectException(e, "project.cannotCreate", absolute.getFileName(), e.getMessage());
        } catch (RuntimeException e) {
            lock.release();
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Opens a project for reading and writing, migrating an older file after copying it aside. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        checkLooksLikeProject(absolute);
        if (!Files.isWritable(absolute)) {
            throw new ProjectException("project.notWritable", absolute.getFileName());
        }
        ProjectLock lock = ProjectLock.acquire(absolute);
        try {
            int version = inspect(absolute);
            Connection connection = connect(absolute, false);
            if (version < Migrations.CURRENT) {
                connection.close();
                copyAside(absolute, version);
                connection = connect(absolute, false);
                Migrations.migrate(connection, version);
            }
            return new Database(absolute, connection, lock, false);
        } catch (SQLException e) {
            lock.release();
            throw new ProjectException(e, "project.cannotOpen", absolute.getFileName(), e.getMessage());
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /** Opens a project only to read it: no lock, nothing written, another process may write. */
    public static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        checkLooksLikeProject(absolute);
        try {
            int version = inspect(absolute);
            if (version < Migrations.CURRENT) {
                throw new ProjectException("project.needsUpgrade", absolute.getFileName());
            }
            return new Database(absolute, connect(absolute, true), null, true);
        } catch (SQLException e) {
            throw new ProjectException(e, "project.cannotOpen", absolute.getFileName(), e.getMessage());
        }
    }

    /** Reads the schema version without changing the file; refuses what is not ours or too new. */
    private static int inspect(Path file) throws SQLException {
        try (Connection c = connect(file, true); Statement st = c.createStatement()) {
            int appId;
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (appId != APPLICATION_ID) {
                throw new ProjectException("project.notAProject", file.getFileName());
            }
            if (version > Migrations.CURRENT) {
                throw new ProjectException("project.tooNew", file.getFileName(), version, Migrations.CURRENT);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new ProjectException("project.corrupt", file.getFileName());
                }
            }
            return version;
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("SQLITE_NOTADB") || message.contains("not a database") || message.contains("malformed")) {
                throw new ProjectException(e, "project.notAProject", file.getFileName());
            }
            throw e;
        }
    }

    private static void checkLooksLikeProject(Path file) {
        if (!Files.exists(file)) {
            throw new ProjectException("project.notFound", file);
        }
        if (Files.isDirectory(file)) {
            throw new ProjectException("project.notAProject", file.getFileName());
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new ProjectException("project.notAProject", file.getFileName());
            }
        } catch (IOException e) {
            throw new ProjectException(e, "project.unreadable", file.getFileName(), e.getMessage());
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // SQLite's scratch tables (big sorts, VACUUM's copy) stay in memory, not in the system's
        // temporary folder, where they would hold interview text (docs/privacy.md).
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: an acknowledged commit survives a power cut, not only a crash.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** The copy made before a migration: the same kind of copy as every other backup. */
    private static void copyAside(Path file, int version) {
        try (Connection c = connect(file, true)) {
            Backups.copy(c, file, "before-migration-v" + version);
        } catch (SQLException | IOException e) {
            throw new ProjectException(e, "project.backupFailed", file.getFileName(), e.getMessage());
        }
    }

    /** The folder beside the project where copies are kept before risky changes. */
    public static Path backupFolder(Path project) {
        Path dir = project.toAbsolutePath().getParent();
        return dir.resolve("backups");
    }

    private static void insertInfo(PreparedStatement ps, String key, String value) throws SQLException {
        ps.setString(1, key);
        ps.setString(2, value);
        ps.executeUpdate();
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // Best effort: a half-created file is removed when it can be.
            }
        }
    }
}
