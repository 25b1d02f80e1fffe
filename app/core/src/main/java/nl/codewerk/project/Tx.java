package nl.codewerk.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One open write transaction. Writes made through {@link #insert}, {@link #update} and
 * {@link #delete} are remembered as {@link RowChange}s so the action can be undone; reads and
 * bulk writes that need no undo (imports) may use {@link #connection()} directly.
 */
public final class Tx {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Connection connection;
    private final StatementCache statements;
    private final List<RowChange> changes = new ArrayList<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private final Set<String> touchedOnly = new LinkedHashSet<>();

    Tx(Connection connection, StatementCache statements) {
        this.connection = connection;
        this.statements = statements;
    }

    public Connection connection() {
        return connection;
    }

    /**
     * A prepared statement kept by the project for the statements run once per imported file,
     * so a long import does not compile the same SQL a thousand times. The project owns it:
     * close its result sets, never the statement itself. An INSERT that needs its new id says
     * {@code RETURNING id} and runs with executeQuery: executeUpdate would leave sqlite-jdbc's
     * generated-keys query open on the statement, and VACUUM refuses to run beside it.
     */
    public PreparedStatement prepared(String sql) throws SQLException {
        return statements.get(sql);
    }

    /** Inserts a row; returns its id (the given "id" value, or the generated integer id). */
    public Object insert(String table, Map<String, Object> row) throws SQLException {
        checkName(table);
        row.keySet().forEach(Tx::checkName);
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", Collections.nCopies(row.size(), "?"));
        Object id;
        // RETURNING rather than JDBC generated keys: sqlite-jdbc would run a second query for
        // every insert and leave it open on the statement, which therefore could not be kept.
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ") RETURNING id";
        PreparedStatement ps = prepared(sql);
        try {
            bind(ps, row.values());
            try (ResultSet returned = ps.executeQuery()) {
                returned.next();
                id = row.get("id") != null ? row.get("id") : (Object) returned.getLong(1);
            }
            ps.clearParameters();
        } catch (SQLException | RuntimeException e) {
            statements.discard(sql, e);
            throw e;
        }
        Map<String, Object> image = new LinkedHashMap<>(row);
        image.put("id", id);
        changes.add(new RowChange.Insert(table, id, image));
        touched.add(table);
        return id;
    }

    public long insertLong(String table, Map<String, Object> row) throws SQLException {
        return ((Number) insert(table, row)).longValue();
    }

    /** Updates the given columns of one row, remembering their old values. */
    public void update(String table, Object id, Map<String, Object> values) throws SQLException {
        checkName(table);
        values.keySet().forEach(Tx::checkName);
        Map<String, Object> before = readRow(table, id, values.keySet());
        if (before == null) {
            throw new SQLException("No row " + id + " in " + table);
        }
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        sql.append(String.join(", ", values.keySet().stream().map(c -> c + " = ?").toList()));
        sql.append(" WHERE id = ?");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            List<Object> args = new ArrayList<>(values.values());
            args.add(id);
            bind(ps, args);
            ps.executeUpdate();
        }
        changes.add(new RowChange.Update(table, id, before, new LinkedHashMap<>(values)));
        touched.add(table);
    }

    /** Deletes one row, remembering all of it. Delete dependants first: no cascades. */
    public void delete(String table, Object id) throws SQLException {
        checkName(table);
        Map<String, Object> row = readRow(table, id, null);
        if (row == null) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            bind(ps, List.of(id));
            ps.executeUpdate();
        }
        changes.add(new RowChange.Delete(table, id, row));
        touched.add(table);
    }

    /** Notes a table changed outside the recorded writes, so listeners hear of it. */
    public void touch(String table) {
        touched.add(table);
        touchedOnly.add(table);
    }

    /**
     * The transcripts whose codings this transaction changed, read from its recorded rows; null
     * when it changed codings in a way it did not record row by row (an undo, a text edit), so
     * any transcript's codings may have changed.
     */
    public Set<Long> codedTranscripts() {
        if (touchedOnly.contains("codings")) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (RowChange change : changes) {
            if (!change.table().equals("codings")) {
                continue;
            }
            List<Map<String, Object>> images = switch (change) {
                case RowChange.Insert insert -> List.of(insert.row());
                case RowChange.Update update -> List.of(update.before(), update.after());
                case RowChange.Delete delete -> List.of(delete.row());
            };
            boolean known = false;
            for (Map<String, Object> image : images) {
                if (image.get("transcript_id") instanceof Number id) {
                    ids.add(id.longValue());
                    known = true;
                }
            }
            if (!known) {
                // An update of a coding's span or code names no transcript: not known here.
                return null;
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    public List<RowChange> changes() {
        return List.copyOf(changes);
    }

    public Set<String> touchedTables() {
        return Set.copyOf(touched);
    }

    Map<String, Object> readRow(String table, Object id, Set<String> columns) throws SQLException {
        String select = columns == null ? "*" : String.join(", ", columns);
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + select + " FROM " + table + " WHERE id = ?")) {
            bind(ps, List.of(id));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    static void bind(PreparedStatement ps, Iterable<Object> values) throws SQLException {
        int i = 1;
        for (Object value : values) {
            if (value instanceof Boolean b) {
                ps.setInt(i++, b ? 1 : 0);
            } else if (value instanceof Enum<?> e) {
                ps.setString(i++, e.name().toLowerCase(java.util.Locale.ROOT));
            } else {
                ps.setObject(i++, value);
            }
        }
    }

    static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a table or column name: " + name);
        }
    }
}
