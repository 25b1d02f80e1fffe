package nl.codewerk.transcript;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.codewerk.project.Database;
import nl.codewerk.project.Tx;
import nl.codewerk.util.Ids;
import nl.codewerk.util.Words;

/** Reads and writes transcripts and their turns. */
public final class TranscriptStore {

    private static final String COLUMNS = "id, name, file_name, format, text, file_sha256, text_sha256, imported_at, case_id, encoding, line_ends, guid";

    private final Database database;

    public TranscriptStore(Database database) {
        this.database = database;
    }

    /** Stores a newly imported transcript with its turns inside the caller's transaction. */
    public long insert(Tx tx, String name, String fileName, ImportedText imported, String fileSha256, Long caseId) throws SQLException {
        return insert(tx, name, fileName, imported, fileSha256, Ids.sha256(imported.text()), Words.count(imported.text()), caseId);
    }

    /**
     * The same, with the text's hash and word count already worked out (an import does that
     * while the file before it is being stored).
     */
    public long insert(Tx tx, String name, String fileName, ImportedText imported, String fileSha256, String textSha256, int words,
            Long caseId) throws SQLException {
        long id;
        PreparedStatement ps = tx.prepared(
                "INSERT INTO transcripts (name, file_name, format, text, file_sha256, text_sha256, imported_at, case_id, encoding, line_ends, words, guid)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        ps.setString(1, name);
        ps.setString(2, fileName);
        ps.setString(3, imported.format());
        ps.setString(4, imported.text());
        ps.setString(5, fileSha256);
        ps.setString(6, textSha256);
        ps.setString(7, Instant.now().toString());
        ps.setObject(8, caseId);
        ps.setString(9, imported.encoding());
        ps.setString(10, imported.lineEnds());
        ps.setInt(11, words);
        ps.setString(12, Ids.guid());
        try (ResultSet returned = ps.executeQuery()) {
            returned.next();
            id = returned.getLong(1);
        }
        // The statement is kept for the next file; it must not keep this text alive.
        ps.clearParameters();
        insertTurns(tx, id, imported.turns());
        tx.touch("transcripts");
        tx.touch("turns");
        return id;
    }

    private static void insertTurns(Tx tx, long transcriptId, List<Turn> turns) throws SQLException {
        PreparedStatement ps = tx.prepared(
                "INSERT INTO turns (transcript_id, ordinal, label_start, start, end, speaker, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)");
        try {
            for (Turn turn : turns) {
                ps.setLong(1, transcriptId);
                ps.setInt(2, turn.ordinal());
                ps.setInt(3, turn.labelStart());
                ps.setInt(4, turn.start());
                ps.setInt(5, turn.end());
                ps.setString(6, turn.speaker());
                ps.setString(7, turn.timestamp());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException | RuntimeException e) {
            // A batch that failed half way must not run again with the next file's turns; and
            // clearing it must not hide why it failed (a full disk, say).
            try {
                ps.clearBatch();
            } catch (SQLException clearing) {
                e.addSuppressed(clearing);
            }
            throw e;
        }
    }

    /** The first transcript imported from a file with these bytes, seen from inside a transaction. */
    public Optional<Long> findByFileHash(Tx tx, String fileSha256) throws SQLException {
        PreparedStatement ps = tx.prepared("SELECT id FROM transcripts WHERE file_sha256 = ? ORDER BY id LIMIT 1");
        ps.setString(1, fileSha256);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    /** Whether a transcript has this name, seen from inside a transaction. */
    public boolean nameTaken(Tx tx, String name) throws SQLException {
        PreparedStatement ps = tx.prepared("SELECT 1 FROM transcripts WHERE name = ?");
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    public Optional<Long> findByFileHash(String fileSha256) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM transcripts WHERE file_sha256 = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, fileSha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<Long> findByTextHash(String textSha256) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM transcripts WHERE text_sha256 = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, textSha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    public boolean nameTaken(String name) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM transcripts WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public List<TranscriptSummary> list() {
        return database.read(c -> {
            Map<Long, Set<String>> speakers = new java.util.HashMap<>();
            Map<Long, Integer> turnCounts = new java.util.HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT transcript_id, speaker FROM turns ORDER BY transcript_id, ordinal")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    turnCounts.merge(id, 1, Integer::sum);
                    String speaker = rs.getString(2);
                    if (speaker != null) {
                        speakers.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(speaker);
                    }
                }
            }
            List<TranscriptSummary> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, name, file_name, format, words, case_id FROM transcripts ORDER BY name COLLATE NOCASE, id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new TranscriptSummary(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            turnCounts.getOrDefault(id, 0), List.copyOf(speakers.getOrDefault(id, Set.of())),
                            nullableLong(rs, "case_id")));
                }
            }
            return out;
        });
    }

    public Optional<Transcript> get(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM transcripts WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Transcript(rs.getLong("id"), rs.getString("name"), rs.getString("file_name"),
                            rs.getString("format"), rs.getString("text"), rs.getString("file_sha256"), rs.getString("text_sha256"),
                            Instant.parse(rs.getString("imported_at")), nullableLong(rs, "case_id"), rs.getString("encoding"),
                            rs.getString("line_ends"), rs.getString("guid"), turns(c, id)));
                }
            }
        });
    }

    /** Finds a transcript by its id (digits) or its name, case-insensitively as a last resort. */
    public Optional<Transcript> find(String idOrName) {
        String key = idOrName.strip();
        if (key.matches("\\d+")) {
            Optional<Transcript> byId = get(Long.parseLong(key));
            if (byId.isPresent()) {
                return byId;
            }
        }
        Optional<Long> id = database.read(c -> {
            for (String sql : new String[] {
                    "SELECT id FROM transcripts WHERE name = ? ORDER BY id LIMIT 1",
                    "SELECT id FROM transcripts WHERE file_name = ? ORDER BY id LIMIT 1",
                    "SELECT id FROM transcripts WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(rs.getLong(1));
                        }
                    }
                }
            }
            return Optional.<Long>empty();
        });
        return id.flatMap(this::get);
    }

    /** sqlite-jdbc refuses getObject(column, Long.class) on NULL, so read the long and ask. */
    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public List<Turn> turns(long transcriptId) {
        return database.read(c -> turns(c, transcriptId));
    }

    private static List<Turn> turns(Connection c, long transcriptId) throws SQLException {
        List<Turn> turns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ordinal, label_start, start, end, speaker, timestamp FROM turns WHERE transcript_id = ? ORDER BY ordinal")) {
            ps.setLong(1, transcriptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    turns.add(new Turn(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return turns;
    }

    /**
     * Every transcript's revision (see {@link TranscriptRevision}) in id order. Reads no text, so
     * the search index can compare it with its own copy after every change.
     */
    public List<TranscriptRevision> revisions() {
        return database.read(c -> {
            Map<Long, String> layouts = new java.util.HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT transcript_id, ordinal, label_start, start, end, speaker, timestamp FROM turns ORDER BY transcript_id, ordinal")) {
                long current = -1;
                StringBuilder layout = new StringBuilder();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current) {
                        if (current >= 0) {
                            layouts.put(current, Ids.sha256(layout.toString()));
                        }
                        current = id;
                        layout.setLength(0);
                    }
                    layout.append(rs.getInt(2)).append(',').append(rs.getInt(3)).append(',').append(rs.getInt(4)).append(',')
                            .append(rs.getInt(5)).append(',').append(rs.getString(6)).append(',').append(rs.getString(7)).append('\n');
                }
                if (current >= 0) {
                    layouts.put(current, Ids.sha256(layout.toString()));
                }
            }
            List<TranscriptRevision> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, name, case_id, text_sha256 FROM transcripts ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new TranscriptRevision(id, rs.getString(2), nullableLong(rs, 3), rs.getString(4), layouts.getOrDefault(id, "")));
                }
            }
            return out;
        });
    }

    public int count() {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM transcripts")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** sqlite-jdbc refuses getObject(i, Long.class) on NULL ("Bad value for type Long"). */
    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Sets the case a transcript counts for (used by the participants sheet). */
    public void setCase(Tx tx, long transcriptId, Long caseId) throws SQLException {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("case_id", caseId);
        tx.update("transcripts", transcriptId, values);
    }
}
