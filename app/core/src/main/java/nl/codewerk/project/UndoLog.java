package nl.codewerk.project;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The undo log kept inside the project, shared by the workbench and the command line. An
 * entry holds the row images of one action; undo applies them backwards, redo forwards. A new
 * action drops the entries that were undone, as in any editor.
 */
public final class UndoLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the user sees in a menu: "Undo: apply code Taken JIM". */
    public record Entry(long id, String label, String actor, Instant createdAt, boolean undone) {
    }

    private final Database database;

    UndoLog(Database database) {
        this.database = database;
    }

    void record(Tx tx, String label, String actor) throws SQLException {
        try (var st = tx.connection().createStatement()) {
            st.executeUpdate("DELETE FROM undo_log WHERE state = 'undone'");
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO undo_log (label, actor, created_at, changes, state) VALUES (?, ?, ?, ?, 'done')")) {
            ps.setString(1, label);
            ps.setString(2, actor);
            ps.setString(3, Instant.now().toString());
            ps.setString(4, encode(tx.changes()));
            ps.executeUpdate();
        }
    }

    /**
     * Empties the log inside the caller's transaction. Its row images hold old versions of
     * everything; after a pseudonymisation they would keep the names it removed.
     */
    public void forgetAll(Tx tx) throws SQLException {
        try (var st = tx.connection().createStatement()) {
            st.executeUpdate("DELETE FROM undo_log");
        }
        tx.touch("undo_log");
    }

    public Optional<Entry> nextUndo() {
        return database.read(c -> first(c, "SELECT id, label, actor, created_at, state FROM undo_log WHERE state = 'done' ORDER BY id DESC LIMIT 1"));
    }

    public Optional<Entry> nextRedo() {
        return database.read(c -> first(c, "SELECT id, label, actor, created_at, state FROM undo_log WHERE state = 'undone' ORDER BY id ASC LIMIT 1"));
    }

    public List<Entry> history(int limit) {
        return database.read(c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, label, actor, created_at, state FROM undo_log ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
            }
            return entries;
        });
    }

    /** Undoes the latest action; returns it, or empty when there is nothing to undo. */
    public Optional<Entry> undo() {
        return step(true);
    }

    /** Redoes the action undone last; returns it, or empty when there is nothing to redo. */
    public Optional<Entry> redo() {
        return step(false);
    }

    private Optional<Entry> step(boolean undo) {
        Optional<Entry> target = undo ? nextUndo() : nextRedo();
        if (target.isEmpty()) {
            return target;
        }
        Entry entry = target.get();
        ChangeEvent.Kind kind = undo ? ChangeEvent.Kind.UNDO : ChangeEvent.Kind.REDO;
        database.transact(entry.label(), entry.actor(), tx -> {
            List<RowChange> changes = decode(loadChanges(tx, entry.id()));
            try {
                if (undo) {
                    for (int i = changes.size() - 1; i >= 0; i--) {
                        reverse(tx, changes.get(i));
                    }
                } else {
                    for (RowChange change : changes) {
                        apply(tx, change);
                    }
                }
            } catch (SQLException e) {
                // The rows it touched were changed by something not in the log (an import,
                // a merge): refuse rather than guess.
                throw new ProjectException(e, undo ? "undo.conflict" : "redo.conflict", entry.label());
            }
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE undo_log SET state = ? WHERE id = ?")) {
                ps.setString(1, undo ? "undone" : "done");
                ps.setLong(2, entry.id());
                ps.executeUpdate();
            }
            changes.forEach(change -> tx.touch(change.table()));
            return null;
        }, kind, false);
        return Optional.of(new Entry(entry.id(), entry.label(), entry.actor(), entry.createdAt(), undo));
    }

    private static void reverse(Tx tx, RowChange change) throws SQLException {
        switch (change) {
            case RowChange.Insert insert -> deleteRow(tx, insert.table(), insert.id());
            case RowChange.Update update -> updateRow(tx, update.table(), update.id(), update.before());
            case RowChange.Delete delete -> insertRow(tx, delete.table(), delete.row());
        }
    }

    private static void apply(Tx tx, RowChange change) throws SQLException {
        switch (change) {
            case RowChange.Insert insert -> insertRow(tx, insert.table(), insert.row());
            case RowChange.Update update -> updateRow(tx, update.table(), update.id(), update.after());
            case RowChange.Delete delete -> deleteRow(tx, delete.table(), delete.id());
        }
    }

    private static void insertRow(Tx tx, String table, Map<String, Object> row) throws SQLException {
        Tx.checkName(table);
        row.keySet().forEach(Tx::checkName);
        String marks = String.join(", ", java.util.Collections.nCopies(row.size(), "?"));
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES (" + marks + ")")) {
            Tx.bind(ps, row.values());
            ps.executeUpdate();
        }
    }

    private static void updateRow(Tx tx, String table, Object id, Map<String, Object> values) throws SQLException {
        Tx.checkName(table);
        values.keySet().forEach(Tx::checkName);
        String sets = String.join(", ", values.keySet().stream().map(c -> c + " = ?").toList());
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE " + table + " SET " + sets + " WHERE id = ?")) {
            List<Object> args = new ArrayList<>(values.values());
            args.add(id);
            Tx.bind(ps, args);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("row " + id + " of " + table + " is gone");
            }
        }
    }

    private static void deleteRow(Tx tx, String table, Object id) throws SQLException {
        Tx.checkName(table);
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            Tx.bind(ps, List.of(id));
            if (ps.executeUpdate() != 1) {
                throw new SQLException("row " + id + " of " + table + " is gone");
            }
        }
    }

    private static String loadChanges(Tx tx, long id) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT changes FROM undo_log WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static Optional<Entry> first(java.sql.Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("label"), rs.getString("actor"),
                Instant.parse(rs.getString("created_at")), "undone".equals(rs.getString("state")));
    }

    static String encode(List<RowChange> changes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RowChange change : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", change.table());
            m.put("id", change.id());
            switch (change) {
                case RowChange.Insert i -> {
                    m.put("op", "insert");
                    m.put("row", i.row());
                }
                case RowChange.Update u -> {
                    m.put("op", "update");
                    m.put("before", u.before());
                    m.put("after", u.after());
                }
                case RowChange.Delete d -> {
                    m.put("op", "delete");
                    m.put("row", d.row());
                }
            }
            out.add(m);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Row images are plain values and always serialise", e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<RowChange> decode(String json) {
        try {
            List<Map<String, Object>> in = JSON.readValue(json, new TypeReference<>() { });
            List<RowChange> changes = new ArrayList<>();
            for (Map<String, Object> m : in) {
                String table = (String) m.get("table");
                Object id = m.get("id");
                switch ((String) m.get("op")) {
                    case "insert" -> changes.add(new RowChange.Insert(table, id, (Map<String, Object>) m.get("row")));
                    case "update" -> changes.add(new RowChange.Update(table, id, (Map<String, Object>) m.get("before"), (Map<String, Object>) m.get("after")));
                    case "delete" -> changes.add(new RowChange.Delete(table, id, (Map<String, Object>) m.get("row")));
                    default -> throw new IllegalStateException("Unknown change " + m.get("op"));
                }
            }
            return changes;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Undo log entry is not readable", e);
        }
    }
}
