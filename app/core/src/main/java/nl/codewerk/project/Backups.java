package nl.codewerk.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConnection;

/**
 * Copies of a project in the {@code backups} folder beside it, named
 * {@code <project>-yyyyMMdd-HHmmss[-reason].cwk}: before a migration, before a pseudonymisation,
 * once a day while the project is open, and whenever someone asks. Copies are made with SQLite's
 * online backup API, which reads one consistent state of the database even while it is open and
 * written (a plain file copy of an open SQLite file can catch it half-written, and misses what
 * still sits in the write-ahead log). Only the newest {@link #DEFAULT_KEEP} are kept, unless the
 * project says otherwise ({@code backups.keep} in project_info).
 */
public final class Backups {

    public static final int DEFAULT_KEEP = 10;
    static final String KEEP_KEY = "backups.keep";
    static final String LAST_KEY = "backups.last";
    static final Duration DAILY = Duration.ofHours(24);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern REASON = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    /** One copy: its file, when it was made (local time, from its name), why, and its size. */
    public record Backup(Path file, LocalDateTime takenAt, String reason, long bytes) {
    }

    /** A restore: which copy came back, and the copy of the state it replaced. */
    public record Restored(Backup restored, Backup replaced) {
    }

    private Backups() {
    }

    public static Path folder(Path project) {
        return ProjectFile.backupFolder(project);
    }

    /**
     * Copies an open project; {@code reason} (lower-case letters, digits, hyphens) goes into the
     * name, or nothing when null. Older copies beyond the number to keep are deleted.
     */
    public static Backup take(Database database, String reason) {
        Path project = database.file();
        Backup backup;
        int keep;
        synchronized (database) {
            // Holding the database's lock: no transaction of this process is half done.
            try {
                backup = copy(database.connection(), project, reason);
                keep = keep(database.connection());
            } catch (SQLException | IOException e) {
                throw new ProjectException(e, "backup.failed", project.getFileName(), e.getMessage());
            }
        }
        if (!database.readOnly()) {
            database.setInfo(LAST_KEY, Instant.now().toString());
        }
        prune(project, keep);
        return backup;
    }

    /**
     * Copies a project file that need not be open here. It reads through a read-only
     * connection, so it works while the workbench has the project open.
     */
    public static Backup take(Path project, String reason) {
        Path absolute = project.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new ProjectException("project.notFound", absolute);
        }
        Backup backup;
        int keep;
        try (Connection c = ProjectFile.connect(absolute, true)) {
            requireProject(c, absolute);
            backup = copy(c, absolute, reason);
            keep = keep(c);
        } catch (SQLException | IOException e) {
            throw new ProjectException(e, "backup.failed", absolute.getFileName(), e.getMessage());
        }
        prune(absolute, keep);
        return backup;
    }

    /**
     * Takes the daily copy when the last copy made while the project was open is a day old or
     * there is none. The workbench calls this on opening a project and now and then while it
     * stays open; returns the copy when one was made.
     */
    public static Optional<Backup> dailyIfDue(Database database) {
        if (database.readOnly()) {
            return Optional.empty();
        }
        Optional<Instant> last = database.info(LAST_KEY).flatMap(Backups::instant);
        if (last.isPresent() && last.get().plus(DAILY).isAfter(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(take(database, "daily"));
    }

    /** The copies of this project, newest first (the numbering {@code backup --list} shows, from 1). */
    public static List<Backup> list(Path project) {
        Path absolute = project.toAbsolutePath();
        Path dir = folder(absolute);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(baseName(absolute)) + "-(\\d{8}-\\d{6})(?:-(.+))?\\.cwk");
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher m = name.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    out.add(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), m.group(2), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new ProjectException(e, "backup.cannotList", dir, e.getMessage());
        }
        out.sort(Comparator.comparing(Backup::takenAt).thenComparing(b -> modified(b.file()))
                .thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    /** Deletes all but the newest {@code keep} copies; returns those deleted. */
    public static List<Backup> prune(Path project, int keep) {
        List<Backup> all = list(project);
        List<Backup> deleted = new ArrayList<>();
        for (Backup old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                deleted.add(old);
            } catch (IOException ignored) {
                // A copy that cannot be deleted now is deleted at the next prune.
            }
        }
        return deleted;
    }

    /**
     * Puts a copy back in place of the project. Refused while the project is open anywhere (it
     * would be overwritten under a running workbench). The current state is copied first, so a
     * restore can itself be undone by restoring that copy.
     */
    public static Restored restore(Path project, Backup backup) {
        Path absolute = project.toAbsolutePath();
        if (!Files.isRegularFile(backup.file())) {
            throw new ProjectException("backup.notFound", backup.file());
        }
        try (Connection c = ProjectFile.connect(backup.file(), true)) {
            requireProject(c, backup.file());
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new ProjectException("backup.corrupt", backup.file().getFileName());
                }
            }
        } catch (SQLException e) {
            throw new ProjectException(e, "backup.corrupt", backup.file().getFileName());
        }
        ProjectLock lock = ProjectLock.acquire(absolute);
        Backup replaced;
        try {
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".restoring-" + UUID.randomUUID());
            try {
                Files.copy(backup.file(), temp);
                replaced = Files.exists(absolute) ? copyBeforeRestore(absolute) : null;
                // The log of the replaced file (folded in and copied above) must not be played
                // into the restored one.
                Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + "-wal"));
                Files.deleteIfExists(absolute.resolveSibling(absolute.getFileName() + "-shm"));
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new ProjectException(e, "backup.restoreFailed", absolute.getFileName(), e.getMessage());
            } finally {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Only a leftover hidden temporary file.
                }
            }
        } finally {
            lock.release();
        }
        prune(absolute, DEFAULT_KEEP);
        return new Restored(backup, replaced);
    }

    /** The same as {@code restore(project, list(project).get(number - 1))}. */
    public static Restored restore(Path project, int number) {
        List<Backup> all = list(project);
        if (number < 1 || number > all.size()) {
            throw new ProjectException("backup.noSuchNumber", number, all.size());
        }
        return restore(project, all.get(number - 1));
    }

    /**
     * The copy made before a restore, with this process holding the lock. Everything in the
     * write-ahead log is folded in first, so deleting the log afterwards loses nothing; a file
     * SQLite cannot read any more (the reason for many a restore) is copied byte for byte.
     */
    private static Backup copyBeforeRestore(Path project) throws IOException {
        try (Connection c = ProjectFile.connect(project, false)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return copy(c, project, "before-restore");
        } catch (SQLException e) {
            LocalDateTime now = LocalDateTime.now().withNano(0);
            Path target = target(project, "before-restore-unreadable", now);
            Files.createDirectories(target.getParent());
            Files.copy(project, target);
            Path wal = project.resolveSibling(project.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, target.resolveSibling(target.getFileName() + "-wal"));
            }
            return new Backup(target, now, "before-restore-unreadable", Files.size(target));
        }
    }

    /** Writes the copy under a hidden name and renames it when complete: a crash leaves no half copy. */
    static Backup copy(Connection source, Path project, String reason) throws SQLException, IOException {
        if (reason != null && !REASON.matcher(reason).matches()) {
            throw new IllegalArgumentException("Not a backup reason: " + reason);
        }
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Path target = target(project, reason, now);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            int rc = source.unwrap(SQLiteConnection.class).getDatabase().backup("main", partial.toString(), null);
            if (rc != 0 && rc != 101) {
                throw new SQLException("SQLite backup ended with code " + rc);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new Backup(target, now, reason, Files.size(target));
    }

    private static Path target(Path project, String reason, LocalDateTime when) {
        Path dir = folder(project);
        String stem = baseName(project) + "-" + when.format(STAMP) + (reason == null ? "" : "-" + reason);
        Path target = dir.resolve(stem + ProjectFile.EXTENSION);
        for (int n = 2; Files.exists(target); n++) {
            // Two copies in the same second (a pseudonymisation right after a manual copy).
            target = dir.resolve(stem + "-" + n + ProjectFile.EXTENSION);
        }
        return target;
    }

    private static int keep(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM project_info WHERE key = ?")) {
            ps.setString(1, KEEP_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1) != null && rs.getString(1).strip().matches("\\d{1,4}")) {
                    return Math.max(1, Integer.parseInt(rs.getString(1).strip()));
                }
            }
        }
        return DEFAULT_KEEP;
    }

    private static void requireProject(Connection c, Path file) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            if (!rs.next() || rs.getInt(1) != ProjectFile.APPLICATION_ID) {
                throw new ProjectException("project.notAProject", file.getFileName());
            }
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("NOTADB") || message.contains("not a database")) {
                throw new ProjectException(e, "project.notAProject", file.getFileName());
            }
            throw e;
        }
    }

    static String baseName(Path project) {
        return project.getFileName().toString().replaceFirst("\\.cwk$", "");
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }
}
