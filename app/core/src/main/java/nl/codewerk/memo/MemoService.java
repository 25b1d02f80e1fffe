package nl.codewerk.memo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;
import nl.codewerk.util.Ids;

/** Writing, editing, deleting and finding memos; each change is one undoable action. */
public final class MemoService {

    private static final String SELECT = "SELECT id, target_type, target_id, title, text, author, created_at, updated_at, guid FROM memos";

    private final Database database;

    public MemoService(Database database) {
        this.database = database;
    }

    public Memo add(MemoTarget target, String title, String text, String author) {
        if (text == null || text.isBlank()) {
            throw new LocalizedException("memo.empty");
        }
        long id = database.action(Messages.get("undo.addMemo"), author, tx -> {
            String now = Instant.now().toString();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("target_type", target.kind().dbName());
            row.put("target_id", target.id());
            row.put("title", title);
            row.put("text", text);
            row.put("author", author);
            row.put("created_at", now);
            row.put("updated_at", now);
            row.put("guid", Ids.guid());
            return tx.insertLong("memos", row);
        });
        return get(id).orElseThrow();
    }

    public void edit(long memoId, String title, String text, String author) {
        database.action(Messages.get("undo.editMemo"), author, tx -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("title", title);
            values.put("text", text);
            values.put("updated_at", Instant.now().toString());
            tx.update("memos", memoId, values);
            return null;
        });
    }

    public void delete(long memoId, String author) {
        database.action(Messages.get("undo.deleteMemo"), author, tx -> {
            tx.delete("memos", memoId);
            return null;
        });
    }

    public Optional<Memo> get(long id) {
        List<Memo> found = query(SELECT + " WHERE id = ?", id);
        return found.stream().findFirst();
    }

    public List<Memo> list() {
        return query(SELECT + " ORDER BY id");
    }

    public List<Memo> on(MemoTarget target) {
        return target.id() == null
                ? query(SELECT + " WHERE target_type = ? AND target_id IS NULL ORDER BY id", target.kind().dbName())
                : query(SELECT + " WHERE target_type = ? AND target_id = ? ORDER BY id", target.kind().dbName(), target.id());
    }

    /** Memos whose title or text contains the words, ignoring case. */
    public List<Memo> search(String words) {
        String needle = words.toLowerCase(Locale.ROOT);
        return list().stream()
                .filter(m -> m.text().toLowerCase(Locale.ROOT).contains(needle)
                        || (m.title() != null && m.title().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
    }

    private List<Memo> query(String sql, Object... args) {
        return database.read(c -> {
            List<Memo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(memo(rs));
                    }
                }
            }
            return out;
        });
    }

    private static Memo memo(ResultSet rs) throws SQLException {
        return new Memo(rs.getLong("id"),
                new MemoTarget(MemoTarget.Kind.valueOf(rs.getString("target_type").toUpperCase(Locale.ROOT)), rs.getString("target_id")),
                rs.getString("title"), rs.getString("text"), rs.getString("author"),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")), rs.getString("guid"));
    }
}
