package nl.codewerk.project;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites a project file so that nothing deleted or overwritten can be read from it any more.
 * SQLite leaves old row contents in free pages and in the write-ahead log until they happen to
 * be reused; after a pseudonymisation those leftovers would still hold the names it removed.
 */
public final class Compaction {

    private Compaction() {
    }

    /** Folds the log into the file, rebuilds the file from live rows only, and empties the log. */
    public static void purgeDeletedContent(Database database) {
        if (database.readOnly()) {
            throw new ProjectException("project.readOnlyOpen", database.file().getFileName());
        }
        synchronized (database) {
            try (Statement st = database.connection().createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                st.execute("VACUUM");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                throw database.storageFailure(e);
            }
        }
    }
}
