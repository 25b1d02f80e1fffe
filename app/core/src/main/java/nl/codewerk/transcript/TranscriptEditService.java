package nl.codewerk.transcript;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;
import nl.codewerk.project.Tx;
import nl.codewerk.util.Ids;
import nl.codewerk.util.Words;

/**
 * Changes the text of an imported transcript (a typo, a passage to remove, a name to replace)
 * and moves everything that points into it: codings and turns by the rules of {@link TextEdit},
 * the fingerprint and word count with the text. Every row is written through {@link Tx}, so an
 * edit is one entry in the undo log and listeners (search index, workbench) hear that
 * transcripts, turns and codings changed. A coding whose text is deleted entirely is not dropped
 * silently: it becomes a memo on the transcript that says which code, which coder and which words.
 */
public final class TranscriptEditService {

    private final Database database;

    public TranscriptEditService(Database database) {
        this.database = database;
    }

    /** Replaces {@code [start, end)} of the transcript's text by {@code newText}, as one undoable action. */
    public EditResult edit(long transcriptId, int start, int end, String newText, String actor) {
        if (start < 0 || end < start) {
            throw new TextEditException("edit.badRange", start, end);
        }
        TextEdit edit = TextEdit.of(start, end, newText == null ? "" : newText);
        String name = database.read(c -> name(c, transcriptId));
        return database.action(Messages.get("undo.editText", name), actor, tx -> apply(tx, transcriptId, List.of(edit), actor));
    }

    /**
     * Makes several edits of one transcript inside the caller's transaction (pseudonymisation
     * replaces every occurrence of a name at once). The edits must not overlap and are given in
     * text order, with offsets of the text before any of them; they are applied from the last to
     * the first so those offsets stay valid.
     */
    public EditResult apply(Tx tx, long transcriptId, List<TextEdit> edits, String actor) throws SQLException {
        String name = name(tx.connection(), transcriptId);
        String text = text(tx, transcriptId);
        for (int i = 0; i < edits.size(); i++) {
            edits.get(i).checkAgainst(text);
            if (i > 0 && edits.get(i - 1).end() > edits.get(i).start()) {
                throw new IllegalArgumentException("Edits overlap or are out of order: " + edits.get(i - 1) + ", " + edits.get(i));
            }
        }
        // One pass: applying thousands of replacements one by one would copy the text each time.
        StringBuilder built = new StringBuilder(text.length());
        int at = 0;
        for (TextEdit edit : edits) {
            built.append(text, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        String newText = built.append(text, at, text.length()).toString();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", newText);
        values.put("text_sha256", Ids.sha256(newText));
        values.put("words", Words.count(newText));
        tx.update("transcripts", transcriptId, values);

        int[] turns = moveTurns(tx, transcriptId, edits);
        CodingOutcome codings = moveCodings(tx, transcriptId, text, edits, actor);
        tx.touch("transcripts");
        tx.touch("turns");
        tx.touch("codings");
        return new EditResult(transcriptId, name, edits, codings.shifted, codings.resized, codings.removed, turns[0], turns[1],
                text.length(), newText.length());
    }

    /** Returns {turns changed, turns removed}. */
    private static int[] moveTurns(Tx tx, long transcriptId, List<TextEdit> edits) throws SQLException {
        List<Turn> before = new ArrayList<>();
        Map<Integer, Long> idByOrdinal = new HashMap<>();
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT id, ordinal, label_start, start, end, speaker, timestamp FROM turns WHERE transcript_id = ? ORDER BY ordinal")) {
            ps.setLong(1, transcriptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Turn turn = new Turn(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7));
                    before.add(turn);
                    idByOrdinal.put(turn.ordinal(), rs.getLong(1));
                }
            }
        }
        List<Turn> after = before;
        for (int i = edits.size() - 1; i >= 0; i--) {
            after = EditedTurns.map(after, edits.get(i));
        }
        Map<Integer, Turn> kept = new HashMap<>();
        after.forEach(t -> kept.put(t.ordinal(), t));
        int removed = 0;
        for (Turn turn : before) {
            if (!kept.containsKey(turn.ordinal())) {
                tx.delete("turns", idByOrdinal.get(turn.ordinal()));
                removed++;
            }
        }
        // Renumber from the front: each turn moves to an ordinal no higher than its old one,
        // which the turns before it have already left, so UNIQUE(transcript_id, ordinal) holds.
        Map<Integer, Turn> old = new HashMap<>();
        before.forEach(t -> old.put(t.ordinal(), t));
        int changed = 0;
        for (int i = 0; i < after.size(); i++) {
            Turn moved = after.get(i);
            Turn was = old.get(moved.ordinal());
            if (i != was.ordinal() || moved.labelStart() != was.labelStart() || moved.start() != was.start() || moved.end() != was.end()) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("ordinal", i);
                values.put("label_start", moved.labelStart());
                values.put("start", moved.start());
                values.put("end", moved.end());
                tx.update("turns", idByOrdinal.get(moved.ordinal()), values);
                changed++;
            }
        }
        return new int[] {changed, removed};
    }

    private static final class CodingOutcome {
        int shifted;
        int resized;
        final List<EditResult.RemovedCoding> removed = new ArrayList<>();
    }

    private record StoredCoding(long id, int start, int end, String codeId, String codeName, String coder, String comment) {
    }

    private static CodingOutcome moveCodings(Tx tx, long transcriptId, String oldText, List<TextEdit> edits, String actor)
            throws SQLException {
        List<StoredCoding> codings = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT k.id, k.start, k.end, k.code_id, c.name, o.name, k.comment FROM codings k"
                        + " JOIN codes c ON c.id = k.code_id JOIN coders o ON o.id = k.coder_id"
                        + " WHERE k.transcript_id = ? ORDER BY k.start, k.end, k.id")) {
            ps.setLong(1, transcriptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codings.add(new StoredCoding(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
        }
        CodingOutcome outcome = new CodingOutcome();
        for (StoredCoding coding : codings) {
            int a = coding.start();
            int b = coding.end();
            boolean shifted = false;
            boolean resized = false;
            boolean gone = false;
            for (int i = edits.size() - 1; i >= 0 && !gone; i--) {
                TextEdit edit = edits.get(i);
                switch (edit.effectOn(a, b)) {
                    case UNCHANGED -> { }
                    case SHIFTED -> shifted = true;
                    case RESIZED -> resized = true;
                    case REMOVED -> gone = true;
                }
                TextEdit.Span span = edit.mapCoding(a, b);
                if (span != null) {
                    a = span.start();
                    b = span.end();
                }
            }
            if (gone) {
                outcome.removed.add(keepAsMemo(tx, transcriptId, coding, oldText.substring(coding.start(), coding.end()), actor));
            } else if (a != coding.start() || b != coding.end()) {
                tx.update("codings", coding.id(), Map.of("start", a, "end", b));
                if (resized) {
                    outcome.resized++;
                } else if (shifted) {
                    outcome.shifted++;
                }
            }
        }
        return outcome;
    }

    /**
     * Removes a coding whose words are all gone and writes what it was into a memo on the
     * transcript; memos written on the coding itself move to the transcript with it.
     */
    private static EditResult.RemovedCoding keepAsMemo(Tx tx, long transcriptId, StoredCoding coding, String text, String actor)
            throws SQLException {
        List<Long> memos = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM memos WHERE target_type = 'coding' AND target_id = ?")) {
            ps.setString(1, String.valueOf(coding.id()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    memos.add(rs.getLong(1));
                }
            }
        }
        for (long memo : memos) {
            tx.update("memos", memo, Map.of("target_type", "transcript", "target_id", String.valueOf(transcriptId)));
        }
        String body = Messages.get("edit.removedCodingMemo", coding.codeName(), coding.coder(), coding.start(), coding.end(), text);
        if (coding.comment() != null && !coding.comment().isBlank()) {
            body += "\n" + Messages.get("edit.removedCodingComment", coding.comment());
        }
        String now = Instant.now().toString();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("target_type", "transcript");
        row.put("target_id", String.valueOf(transcriptId));
        row.put("title", Messages.get("edit.removedCodingTitle", coding.codeName()));
        row.put("text", body);
        row.put("author", actor);
        row.put("created_at", now);
        row.put("updated_at", now);
        row.put("guid", Ids.guid());
        long memoId = tx.insertLong("memos", row);
        tx.delete("codings", coding.id());
        return new EditResult.RemovedCoding(coding.id(), coding.codeId(), coding.codeName(), coding.coder(), coding.start(),
                coding.end(), text, memoId);
    }

    private static String text(Tx tx, long transcriptId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT text FROM transcripts WHERE id = ?")) {
            ps.setLong(1, transcriptId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new TextEditException("edit.unknownTranscript", transcriptId);
                }
                return rs.getString(1);
            }
        }
    }

    private static String name(java.sql.Connection c, long transcriptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM transcripts WHERE id = ?")) {
            ps.setLong(1, transcriptId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new TextEditException("edit.unknownTranscript", transcriptId);
                }
                return rs.getString(1);
            }
        }
    }
}
