package nl.codewerk.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.codewerk.project.Database;
import nl.codewerk.project.Tx;
import nl.codewerk.util.Ids;

/** Cases, their attributes and which speaker of a transcript counts for which case. */
public final class CaseStore {

    private final Database database;

    public CaseStore(Database database) {
        this.database = database;
    }

    public List<Attribute> attributes() {
        return database.read(CaseStore::attributes);
    }

    private static List<Attribute> attributes(Connection c) throws SQLException {
        List<Attribute> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, type, position FROM attributes ORDER BY position, id")) {
            while (rs.next()) {
                out.add(new Attribute(rs.getLong(1), rs.getString(2), AttributeType.fromDb(rs.getString(3)), rs.getInt(4)));
            }
        }
        return out;
    }

    public List<Case> cases() {
        return database.read(c -> {
            List<Attribute> attributes = attributes(c);
            Map<Long, Map<String, Object>> values = new HashMap<>();
            Map<Long, Attribute> byId = new HashMap<>();
            attributes.forEach(a -> byId.put(a.id(), a));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT case_id, attribute_id, value FROM attribute_values")) {
                while (rs.next()) {
                    Attribute a = byId.get(rs.getLong(2));
                    values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(a.name(), AttributeValues.typed(a.type(), rs.getString(3)));
                }
            }
            List<Case> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM cases ORDER BY name COLLATE NOCASE, id")) {
                while (rs.next()) {
                    Map<String, Object> ordered = new LinkedHashMap<>();
                    Map<String, Object> mine = values.getOrDefault(rs.getLong(1), Map.of());
                    for (Attribute a : attributes) {
                        if (mine.get(a.name()) != null) {
                            ordered.put(a.name(), mine.get(a.name()));
                        }
                    }
                    out.add(new Case(rs.getLong(1), rs.getString(2), ordered));
                }
            }
            return out;
        });
    }

    public Optional<Case> get(long id) {
        return cases().stream().filter(c -> c.id() == id).findFirst();
    }

    public Optional<Case> findByName(String name) {
        return cases().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<Long> idOf(Tx tx, String name) throws SQLException {
        PreparedStatement ps = tx.prepared("SELECT id FROM cases WHERE name = ?");
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    /** The case of that name, created if it does not exist yet. */
    public long ensureCase(Tx tx, String name) throws SQLException {
        Optional<Long> existing = idOf(tx, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("guid", Ids.guid());
        return tx.insertLong("cases", row);
    }

    /** The attribute of that name, created with the given type if it does not exist yet. */
    public Attribute ensureAttribute(Tx tx, String name, AttributeType type) throws SQLException {
        for (Attribute a : attributes(tx.connection())) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        int position;
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM attributes")) {
            rs.next();
            position = rs.getInt(1);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("type", type.dbName());
        row.put("position", position);
        row.put("guid", Ids.guid());
        long id = tx.insertLong("attributes", row);
        return new Attribute(id, name, type, position);
    }

    /** Sets (or clears, with null) a case's value; the raw value must fit the attribute's type. */
    public void setValue(Tx tx, long caseId, Attribute attribute, String raw) throws SQLException {
        String value = AttributeValues.canonical(attribute.type(), raw);
        Long existing = null;
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM attribute_values WHERE case_id = ? AND attribute_id = ?")) {
            ps.setLong(1, caseId);
            ps.setLong(2, attribute.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    existing = rs.getLong(1);
                }
            }
        }
        if (existing != null) {
            Map<String, Object> values = new HashMap<>();
            values.put("value", value);
            tx.update("attribute_values", existing, values);
        } else if (value != null) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case_id", caseId);
            row.put("attribute_id", attribute.id());
            row.put("value", value);
            tx.insert("attribute_values", row);
        }
    }

    /** Links a speaker of a transcript to a case, so codings in that speaker's turns count for it. */
    public void linkSpeaker(Tx tx, long transcriptId, String speaker, long caseId) throws SQLException {
        Long existing = null;
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM speaker_cases WHERE transcript_id = ? AND speaker = ?")) {
            ps.setLong(1, transcriptId);
            ps.setString(2, speaker);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    existing = rs.getLong(1);
                }
            }
        }
        if (existing != null) {
            tx.update("speaker_cases", existing, Map.of("case_id", caseId));
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("transcript_id", transcriptId);
            row.put("speaker", speaker);
            row.put("case_id", caseId);
            tx.insert("speaker_cases", row);
        }
    }

    /** Speaker label to case id, for the speakers of a transcript that count for a case of their own. */
    public Map<String, Long> speakerCases(long transcriptId) {
        return database.read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT speaker, case_id FROM speaker_cases WHERE transcript_id = ? ORDER BY id")) {
                ps.setLong(1, transcriptId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    /** Every case's attribute values as stored (canonical text), keyed by case id and attribute name. */
    public Map<Long, Map<String, String>> storedValues() {
        return database.read(c -> {
            Map<Long, Map<String, String>> out = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT v.case_id, a.name, v.value FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id"
                            + " WHERE v.value IS NOT NULL ORDER BY v.case_id, a.position, a.id")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            return out;
        });
    }

    /** For every transcript with speakers linked to cases of their own: speaker label to case id. */
    public Map<Long, Map<String, Long>> speakerCases() {
        return database.read(c -> {
            Map<Long, Map<String, Long>> out = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT transcript_id, speaker, case_id FROM speaker_cases ORDER BY transcript_id, id")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
            return out;
        });
    }

    /** Removes cases no transcript, speaker or attribute value refers to (left over by a sheet). */
    public void dropUnusedCases(Tx tx) throws SQLException {
        List<Long> orphans = new ArrayList<>();
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM transcripts t WHERE t.case_id = c.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM speaker_cases s WHERE s.case_id = c.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM attribute_values v WHERE v.case_id = c.id)")) {
            while (rs.next()) {
                orphans.add(rs.getLong(1));
            }
        }
        for (long id : orphans) {
            tx.delete("cases", id);
        }
    }
}
