package nl.codewerk.coding;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.codewerk.codebook.CodebookException;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;
import nl.codewerk.project.Tx;
import nl.codewerk.util.Ids;

/** Applying, changing and listing codings, and the coders who make them. */
public final class CodingService {

    /** Who codes when nobody was named: the system user, as NVivo and MAXQDA do. */
    public static String defaultCoder() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "coder" : name;
    }

    public record Span(long transcriptId, int start, int end) {
    }

    private final Database database;
    private final Map<String, Integer> lengths = new java.util.concurrent.ConcurrentHashMap<>();

    public CodingService(Database database) {
        this.database = database;
    }

    public List<String> coders() {
        return database.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM coders ORDER BY name COLLATE NOCASE")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** The coder's id, creating the coder on first use. */
    public static long ensureCoder(Tx tx, String name) throws SQLException {
        String coder = name == null || name.isBlank() ? defaultCoder() : name.strip();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM coders WHERE name = ?")) {
            ps.setString(1, coder);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", coder);
        row.put("guid", Ids.guid());
        return tx.insertLong("coders", row);
    }

    /** Applies a code to a span. Applying the same code to the same span twice adds nothing. */
    public Coding apply(long transcriptId, int start, int end, String codeId, String coder) {
        List<Coding> made = applyAll(List.of(new Span(transcriptId, start, end)), codeId, coder,
                Messages.get("undo.applyCode", codeName(codeId)));
        return made.isEmpty() ? existing(transcriptId, start, end, codeId, coder).orElseThrow() : made.getFirst();
    }

    /** Applies a code to many spans as one action (autocode, code a selection of turns). */
    public List<Coding> applyAll(List<Span> spans, String codeId, String coder, String label) {
        String who = coder == null || coder.isBlank() ? defaultCoder() : coder.strip();
        List<Long> ids = database.action(label, who, tx -> insertCodings(tx, spans, codeId, who));
        return ids.stream().map(id -> get(id).orElseThrow()).toList();
    }

    /**
     * Makes a code (or finds the one of that name under the same parent) and applies it to the
     * span in one action, so in-vivo coding and a code made from the palette are one step to undo.
     */
    public Coding applyNewCode(Span span, CodebookService codebook, CodebookService.NewCode code, String coder) {
        String who = coder == null || coder.isBlank() ? defaultCoder() : coder.strip();
        record Made(String codeId, List<Long> codings) {
        }
        Made made = database.action(Messages.get("undo.addAndApplyCode", code.name().strip()), who, tx -> {
            String codeId = codebook.findOrInsert(tx, code);
            return new Made(codeId, insertCodings(tx, List.of(span), codeId, who));
        });
        return made.codings().isEmpty() ? existing(span.transcriptId(), span.start(), span.end(), made.codeId(), who).orElseThrow()
                : get(made.codings().getFirst()).orElseThrow();
    }

    private List<Long> insertCodings(Tx tx, List<Span> spans, String codeId, String who) throws SQLException {
        requireCode(tx, codeId);
        long coderId = ensureCoder(tx, who);
        List<Long> made = new ArrayList<>();
        Map<Long, Integer> lengths = new HashMap<>();
        for (Span span : spans) {
            Integer known = lengths.get(span.transcriptId());
            int length = known != null ? known : textLength(tx, span.transcriptId());
            lengths.put(span.transcriptId(), length);
            if (span.start() < 0 || span.end() > length || span.end() <= span.start()) {
                throw new CodingException("coding.badSpan", span.start(), span.end(), length);
            }
            if (duplicate(tx, span, codeId, coderId)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("transcript_id", span.transcriptId());
            row.put("start", span.start());
            row.put("end", span.end());
            row.put("code_id", codeId);
            row.put("coder_id", coderId);
            row.put("created_at", Instant.now().toString());
            row.put("comment", null);
            row.put("guid", Ids.guid());
            made.add(tx.insertLong("codings", row));
        }
        return made;
    }

    public void remove(long codingId, String actor) {
        database.action(Messages.get("undo.removeCoding"), actor, tx -> {
            requireCoding(tx, codingId);
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM memos WHERE target_type = 'coding' AND target_id = ?")) {
                ps.setString(1, String.valueOf(codingId));
                List<Long> memos = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        memos.add(rs.getLong(1));
                    }
                }
                for (long memo : memos) {
                    tx.delete("memos", memo);
                }
            }
            tx.delete("codings", codingId);
            return null;
        });
    }

    /** Gives a coding another code. */
    public void recode(long codingId, String newCodeId, String actor) {
        database.action(Messages.get("undo.recode", codeName(newCodeId)), actor, tx -> {
            requireCoding(tx, codingId);
            requireCode(tx, newCodeId);
            tx.update("codings", codingId, Map.of("code_id", newCodeId));
            return null;
        });
    }

    /** Moves a coding's boundaries. */
    public void resize(long codingId, int start, int end, String actor) {
        database.action(Messages.get("undo.resizeCoding"), actor, tx -> {
            Coding coding = requireCoding(tx, codingId);
            int length = textLength(tx, coding.transcriptId());
            if (start < 0 || end > length || end <= start) {
                throw new CodingException("coding.badSpan", start, end, length);
            }
            tx.update("codings", codingId, Map.of("start", start, "end", end));
            return null;
        });
    }

    public void comment(long codingId, String comment, String actor) {
        database.action(Messages.get("undo.commentCoding"), actor, tx -> {
            requireCoding(tx, codingId);
            Map<String, Object> values = new HashMap<>();
            values.put("comment", comment == null || comment.isBlank() ? null : comment);
            tx.update("codings", codingId, values);
            return null;
        });
    }

    public Optional<Coding> get(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE k.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(coding(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<Coding> list(CodingFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.transcriptId() != null) {
            sql.append(" AND k.transcript_id = ?");
            args.add(filter.transcriptId());
        }
        if (filter.codeId() != null) {
            sql.append(" AND k.code_id = ?");
            args.add(filter.codeId());
        }
        if (filter.coder() != null) {
            sql.append(" AND c.name = ?");
            args.add(filter.coder());
        }
        sql.append(" ORDER BY k.transcript_id, k.start, k.end, k.id");
        return database.read(c -> {
            List<Coding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(coding(rs));
                    }
                }
            }
            return out;
        });
    }

    public int count() {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM codings")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static final String SELECT = "SELECT k.id, k.transcript_id, k.start, k.end, k.code_id, c.name AS coder, k.created_at, k.comment, k.guid"
            + " FROM codings k JOIN coders c ON c.id = k.coder_id";

    private static Coding coding(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong("id"), rs.getLong("transcript_id"), rs.getInt("start"), rs.getInt("end"), rs.getString("code_id"),
                rs.getString("coder"), Instant.parse(rs.getString("created_at")), rs.getString("comment"), rs.getString("guid"));
    }

    private Optional<Coding> existing(long transcriptId, int start, int end, String codeId, String coder) {
        String who = coder == null || coder.isBlank() ? defaultCoder() : coder.strip();
        return list(new CodingFilter(transcriptId, codeId, who)).stream()
                .filter(c -> c.start() == start && c.end() == end).findFirst();
    }

    private String codeName(String codeId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM codes WHERE id = ?")) {
                ps.setString(1, codeId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : codeId;
                }
            }
        });
    }

    private static Coding requireCoding(Tx tx, long codingId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(SELECT + " WHERE k.id = ?")) {
            ps.setLong(1, codingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new CodingException("coding.unknown", codingId);
                }
                return coding(rs);
            }
        }
    }

    private static void requireCode(Tx tx, String codeId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM codes WHERE id = ?")) {
            ps.setString(1, codeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new CodebookException("codebook.unknownCode", codeId);
                }
            }
        }
    }

    /**
     * The transcript's length in UTF-16 units. SQLite's length() counts code points, so the text
     * is measured in Java once per version of it (keyed by its hash) instead of on every coding.
     */
    private int textLength(Tx tx, long transcriptId) throws SQLException {
        String hash;
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT text_sha256 FROM transcripts WHERE id = ?")) {
            ps.setLong(1, transcriptId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new CodingException("coding.unknownTranscript", transcriptId);
                }
                hash = rs.getString(1);
            }
        }
        Integer known = lengths.get(hash);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT text FROM transcripts WHERE id = ?")) {
            ps.setLong(1, transcriptId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int length = rs.getString(1).length();
                if (lengths.size() > 1000) {
                    lengths.clear();
                }
                lengths.put(hash, length);
                return length;
            }
        }
    }

    private static boolean duplicate(Tx tx, Span span, String codeId, long coderId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT 1 FROM codings WHERE transcript_id = ? AND start = ? AND end = ? AND code_id = ? AND coder_id = ?")) {
            ps.setLong(1, span.transcriptId());
            ps.setInt(2, span.start());
            ps.setInt(3, span.end());
            ps.setString(4, codeId);
            ps.setLong(5, coderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
