package nl.codewerk.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of the one connection, kept for reuse. Compiling SQL costs about as
 * much as running a small insert, and an import runs the same few statements for every file.
 * Only used under the {@link Database}'s lock, like the connection itself.
 */
final class StatementCache implements AutoCloseable {

    /** Enough for the statements of any one feature; the least recently used are closed. */
    static final int MAX = 32;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
            evictBeyondMax();
        }
        return statement;
    }

    /** Closes and forgets a statement whose last use failed, keeping {@code cause} the reason told. */
    void discard(String sql, Throwable cause) {
        PreparedStatement statement = statements.remove(sql);
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException closing) {
                cause.addSuppressed(closing);
            }
        }
    }

    private void evictBeyondMax() throws SQLException {
        var it = statements.entrySet().iterator();
        while (statements.size() > MAX && it.hasNext()) {
            PreparedStatement eldest = it.next().getValue();
            it.remove();
            eldest.close();
        }
    }

    @Override
    public void close() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Closing the connection next frees it anyway.
            }
        }
        statements.clear();
    }
}
