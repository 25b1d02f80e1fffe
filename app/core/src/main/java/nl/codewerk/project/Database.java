package nl.codewerk.project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one connection to an open project file. All access is serialised here, so services may
 * be called from background tasks; every write runs in one transaction that either commits
 * whole or leaves the file as it was.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final ProjectLock lock;
    private final boolean readOnly;
    private final UndoLog undoLog;
    private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();
    /** Tables changed by this thread's transactions inside {@link #holdingEvents}, not yet told. */
    private final ThreadLocal<Set<String>> held = new ThreadLocal<>();
    private final StatementCache statements;

    Database(Path file, Connection connection, ProjectLock lock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.readOnly = readOnly;
        this.undoLog = new UndoLog(this);
        this.statements = new StatementCache(connection);
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public UndoLog undoLog() {
        return undoLog;
    }

    public void addListener(Consumer<ChangeEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ChangeEvent> listener) {
        listeners.remove(listener);
    }

    /** A value from the project's own key-value table (name, created_at, guid, ...). */
    public java.util.Optional<String> info(String key) {
        return read(c -> {
            try (var ps = c.prepareStatement("SELECT value FROM project_info WHERE key = ?")) {
                ps.setString(1, key);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.<String>empty();
                }
            }
        });
    }

    /** Sets a project_info value in its own transaction (not an undoable user action). */
    public void setInfo(String key, String value) {
        unrecorded("info", tx -> {
            try (var ps = tx.connection().prepareStatement("INSERT INTO project_info (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            tx.touch("project_info");
            return null;
        });
    }

    /** Runs a read. */
    public synchronized <T> T read(SqlWork<Connection, T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw storageFailure(e);
        }
    }

    /**
     * Runs one user action as one transaction and records it in the undo log under
     * {@code label}. Returns what the work returns. Nothing is written if the work throws.
     */
    public <T> T action(String label, String actor, SqlWork<Tx, T> work) {
        return transact(label, actor, work, ChangeEvent.Kind.ACTION, true);
    }

    /** Runs a transaction that is not undoable (imports, merges, migrations of data). */
    public <T> T unrecorded(String label, SqlWork<Tx, T> work) {
        return transact(label, null, work, ChangeEvent.Kind.IMPORT, false);
    }

    synchronized <T> T transact(String label, String actor, SqlWork<Tx, T> work, ChangeEvent.Kind kind, boolean record) {
        requireWritable();
        Tx tx = new Tx(connection, statements);
        T result;
        try {
            connection.setAutoCommit(false);
            try {
                result = work.apply(tx);
                if (record && !tx.changes().isEmpty()) {
                    undoLog.record(tx, label, actor);
                }
                connection.commit();
            } catch (RuntimeException | SQLException | Error e) {
                rollbackKeeping(e);
                // A statement whose run failed (a full disk, say) may not run again: prepare afresh.
                statements.close();
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // SQLite may have ended the transaction itself (SQLITE_FULL); nothing is open.
                }
            }
        } catch (SQLException e) {
            throw storageFailure(e);
        }
        Set<String> holding = held.get();
        if (holding != null) {
            holding.addAll(tx.touchedTables());
        } else {
            fire(new ChangeEvent(tx.touchedTables(), label, kind, tx.codedTranscripts()));
        }
        return result;
    }

    /**
     * Runs work made of many transactions (a folder import: one per file, so each file is
     * whole or absent) and tells listeners once, when it ends, about every table they changed.
     * Listeners such as the search index then catch up once, not after every file. Only this
     * thread's transactions are held back: another thread's, say the user coding meanwhile,
     * are told at once. Also told when the work fails or is cancelled half way.
     */
    public <T> T holdingEvents(String label, Supplier<T> work) {
        if (held.get() != null) {
            return work.get();
        }
        Set<String> tables = new LinkedHashSet<>();
        held.set(tables);
        try {
            return work.get();
        } finally {
            held.remove();
            synchronized (this) {
                // Listeners expect to be told under the database's lock, as after a transaction.
                fire(new ChangeEvent(Set.copyOf(tables), label, ChangeEvent.Kind.IMPORT));
            }
        }
    }

    /** Rolls back; SQLite may already have rolled back itself (disk full), which must not hide why. */
    private void rollbackKeeping(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    void fire(ChangeEvent event) {
        if (event.tables().isEmpty()) {
            return;
        }
        for (Consumer<ChangeEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    Connection connection() {
        return connection;
    }

    private void requireWritable() {
        if (readOnly) {
            throw new ProjectException("project.readOnlyOpen", file.getFileName());
        }
    }

    ProjectException storageFailure(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_FULL") || message.contains("disk is full")) {
            return new ProjectException(e, "project.diskFull", file.getFileName());
        }
        if (message.contains("SQLITE_READONLY") || message.contains("readonly")) {
            return new ProjectException(e, "project.notWritable", file.getFileName());
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
            return new ProjectException(e, "project.corrupt", file.getFileName());
        }
        return new ProjectException(e, "project.storageError", file.getFileName(), message);
    }

    @Override
    public synchronized void close() {
        try {
            if (!readOnly) {
                // Fold the WAL back so the .cwk file alone holds everything when copied.
                try (var st = connection.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // A failed checkpoint loses nothing: the WAL stays and is read next time.
                }
            }
            statements.close();
            connection.close();
        } catch (SQLException e) {
            throw storageFailure(e);
        } finally {
            if (lock != null) {
                lock.release();
            }
        }
    }
}
