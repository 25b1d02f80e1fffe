package nl.codewerk.codebook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;
import nl.codewerk.project.Tx;
import nl.codewerk.util.Ids;

/**
 * The codebook operations researchers perform: each is one transaction and one entry in the
 * undo log, so the workbench and the command line behave the same.
 */
public final class CodebookService {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String COLUMNS = "id, parent_id, position, name, name_en, definition, when_to_use, when_not_to_use, example, color, level, active, core, guid";

    private final Database database;

    public CodebookService(Database database) {
        this.database = database;
    }

    public Codebook codebook() {
        return database.read(c -> {
            List<Code> codes = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM codes")) {
                while (rs.next()) {
                    codes.add(new Code(rs.getString("id"), rs.getString("parent_id"), rs.getInt("position"), rs.getString("name"),
                            rs.getString("name_en"), rs.getString("definition"), rs.getString("when_to_use"), rs.getString("when_not_to_use"),
                            rs.getString("example"), rs.getString("color"), CodeLevel.parse(rs.getString("level")),
                            rs.getInt("active") == 1, rs.getInt("core") == 1, rs.getString("guid")));
                }
            }
            return new Codebook(codes);
        });
    }

    /** Number of codings per code id (the code's own, not its children's). */
    public Map<String, Integer> codingCounts() {
        return database.read(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    public List<CodeRelation> relations() {
        return database.read(c -> {
            List<CodeRelation> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, from_code, to_code, type, memo FROM code_relations ORDER BY id")) {
                while (rs.next()) {
                    out.add(new CodeRelation(rs.getLong(1), rs.getString(2), rs.getString(3), RelationType.parse(rs.getString(4)), rs.getString(5)));
                }
            }
            return out;
        });
    }

    /** Fields of a new code; null fields get defaults (an id from the name, grey, open). */
    public record NewCode(String id, String parentId, String name, String nameEn, String definition, String whenToUse,
            String whenNotToUse, String example, String color, CodeLevel level) {

        public static NewCode named(String name, String parentId) {
            return new NewCode(null, parentId, name, null, null, null, null, null, null, null);
        }

        public NewCode withLevel(CodeLevel newLevel) {
            return new NewCode(id, parentId, name, nameEn, definition, whenToUse, whenNotToUse, example, color, newLevel);
        }

        public NewCode withColor(String newColor) {
            return new NewCode(id, parentId, name, nameEn, definition, whenToUse, whenNotToUse, example, newColor, level);
        }
    }

    public Code add(NewCode code, String actor) {
        String label = Messages.get("undo.addCode", code.name());
        String id = database.action(label, actor, tx -> insert(tx, code));
        return codebook().get(id).orElseThrow();
    }

    /**
     * Inside an open transaction: the id of the code of this name under the same parent, or of
     * a new code made from these details when there is none (in-vivo coding, the palette).
     */
    public String findOrInsert(Tx tx, NewCode code) throws SQLException {
        Optional<String> existing = siblingId(tx, code.parentId(), requireName(code.name()), null);
        return existing.isPresent() ? existing.get() : insert(tx, code);
    }

    /** Inserts a code inside an open transaction (used by codebook loading and merging too). */
    public String insert(Tx tx, NewCode code) throws SQLException {
        String name = requireName(code.name());
        if (code.parentId() != null && !exists(tx, code.parentId())) {
            throw new CodebookException("codebook.unknownCode", code.parentId());
        }
        if (siblingNamed(tx, code.parentId(), name, null)) {
            throw new CodebookException("codebook.duplicateName", name);
        }
        String color = code.color() == null ? "#9E9E9E" : requireColor(code.color());
        String id = code.id() != null ? code.id() : freshId(tx, name);
        if (exists(tx, id)) {
            throw new CodebookException("codebook.duplicateId", id);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("parent_id", code.parentId());
        row.put("position", nextPosition(tx, code.parentId()));
        row.put("name", name);
        row.put("name_en", code.nameEn());
        row.put("definition", code.definition());
        row.put("when_to_use", code.whenToUse());
        row.put("when_not_to_use", code.whenNotToUse());
        row.put("example", code.example());
        row.put("color", color.toUpperCase(Locale.ROOT));
        row.put("level", (code.level() == null ? CodeLevel.OPEN : code.level()).dbName());
        row.put("active", 1);
        row.put("core", 0);
        row.put("guid", Ids.guid());
        tx.insert("codes", row);
        return id;
    }

    public void rename(String codeId, String newName, String actor) {
        String name = requireName(newName);
        database.action(Messages.get("undo.renameCode", newName), actor, tx -> {
            Code code = require(tx, codeId);
            if (siblingNamed(tx, code.parentId(), name, codeId)) {
                throw new CodebookException("codebook.duplicateName", name);
            }
            tx.update("codes", codeId, Map.of("name", name));
            return null;
        });
    }

    /** Moves a code (with its subtree) under another parent, or to the root with null. */
    public void move(String codeId, String newParentId, String actor) {
        database.action(Messages.get("undo.moveCode"), actor, tx -> {
            Code code = require(tx, codeId);
            if (newParentId != null) {
                require(tx, newParentId);
                Codebook book = codebook(tx);
                if (newParentId.equals(codeId) || book.isAncestor(codeId, newParentId)) {
                    throw new CodebookException("codebook.moveIntoItself", code.name());
                }
            }
            if (siblingNamed(tx, newParentId, code.name(), codeId)) {
                throw new CodebookException("codebook.duplicateName", code.name());
            }
            Map<String, Object> values = new HashMap<>();
            values.put("parent_id", newParentId);
            values.put("position", nextPosition(tx, newParentId));
            tx.update("codes", codeId, values);
            return null;
        });
    }

    /** Puts a code at a position among its siblings (drag and drop in the tree). */
    public void reorder(String codeId, int newIndex, String actor) {
        database.action(Messages.get("undo.moveCode"), actor, tx -> {
            Code code = require(tx, codeId);
            List<Code> siblings = new ArrayList<>(code.parentId() == null ? codebook(tx).roots() : codebook(tx).children(code.parentId()));
            siblings.removeIf(c -> c.id().equals(codeId));
            siblings.add(Math.max(0, Math.min(newIndex, siblings.size())), code);
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).position() != i) {
                    tx.update("codes", siblings.get(i).id(), Map.of("position", i));
                }
            }
            return null;
        });
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: its codings move to the target (exact
     * duplicates collapse), its children move under the target, its relations follow, its memos
     * are re-attached, and the source code is removed.
     */
    public MergeResult merge(String sourceId, String targetId, String actor) {
        return database.action(Messages.get("undo.mergeCodes"), actor, tx -> {
            Code source = require(tx, sourceId);
            Code target = require(tx, targetId);
            if (sourceId.equals(targetId) || codebook(tx).isAncestor(sourceId, targetId)) {
                throw new CodebookException("codebook.mergeIntoItself", source.name(), target.name());
            }
            int moved = 0;
            int collapsed = 0;
            List<long[]> codings = new ArrayList<>();
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id, transcript_id, start, end, coder_id FROM codings WHERE code_id = ? ORDER BY id")) {
                ps.setString(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        codings.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                    }
                }
            }
            for (long[] coding : codings) {
                if (duplicateExists(tx, targetId, coding)) {
                    deleteCodingWithMemos(tx, coding[0]);
                    collapsed++;
                } else {
                    tx.update("codings", coding[0], Map.of("code_id", targetId));
                    moved++;
                }
            }
            for (Code child : codebook(tx).children(sourceId)) {
                Map<String, Object> values = new HashMap<>();
                values.put("parent_id", targetId);
                values.put("position", nextPosition(tx, targetId));
                tx.update("codes", child.id(), values);
            }
            retarget(tx, "code_relations", "from_code", sourceId, targetId);
            retarget(tx, "code_relations", "to_code", sourceId, targetId);
            for (long memoId : ids(tx, "SELECT id FROM memos WHERE target_type = 'code' AND target_id = ?", sourceId)) {
                tx.update("memos", memoId, Map.of("target_id", targetId));
            }
            tx.delete("codes", sourceId);
            return new MergeResult(moved, collapsed);
        });
    }

    public record MergeResult(int moved, int collapsed) {
    }

    /** Deletes a code with its subtree, their codings, relations and memos. */
    public int delete(String codeId, String actor) {
        return database.action(Messages.get("undo.deleteCode"), actor, tx -> {
            require(tx, codeId);
            List<Code> subtree = codebook(tx).subtree(codeId);
            int codings = 0;
            for (int i = subtree.size() - 1; i >= 0; i--) {
                String id = subtree.get(i).id();
                for (long coding : ids(tx, "SELECT id FROM codings WHERE code_id = ?", id)) {
                    deleteCodingWithMemos(tx, coding);
                    codings++;
                }
                for (long relation : ids(tx, "SELECT id FROM code_relations WHERE from_code = ? OR to_code = ?", id, id)) {
                    tx.delete("code_relations", relation);
                }
                for (long memo : ids(tx, "SELECT id FROM memos WHERE target_type = 'code' AND target_id = ?", id)) {
                    tx.delete("memos", memo);
                }
                tx.delete("codes", id);
            }
            return codings;
        });
    }

    public void recolor(String codeId, String color, String actor) {
        String valid = requireColor(color).toUpperCase(Locale.ROOT);
        update(codeId, Messages.get("undo.recolorCode"), actor, Map.of("color", valid));
    }

    public void setLevel(String codeId, CodeLevel level, String actor) {
        update(codeId, Messages.get("undo.setLevel"), actor, Map.of("level", level.dbName()));
    }

    public void setActive(String codeId, boolean active, String actor) {
        update(codeId, Messages.get(active ? "undo.activateCode" : "undo.deactivateCode"), actor, Map.of("active", active ? 1 : 0));
    }

    /** Edits the texts a coder reads: definition, when to use, when not, example, English name. */
    public void describe(String codeId, String definition, String whenToUse, String whenNotToUse, String example, String nameEn, String actor) {
        Map<String, Object> values = new HashMap<>();
        values.put("definition", definition);
        values.put("when_to_use", whenToUse);
        values.put("when_not_to_use", whenNotToUse);
        values.put("example", example);
        values.put("name_en", nameEn);
        update(codeId, Messages.get("undo.describeCode"), actor, values);
    }

    /** Marks the core category of selective coding; only one code is the core at a time. */
    public void markCore(String codeId, String actor) {
        database.action(Messages.get("undo.markCore"), actor, tx -> {
            require(tx, codeId);
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM codes WHERE core = 1 AND id <> ?")) {
                ps.setString(1, codeId);
                List<String> others = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        others.add(rs.getString(1));
                    }
                }
                for (String other : others) {
                    tx.update("codes", other, Map.of("core", 0));
                }
            }
            Map<String, Object> values = new HashMap<>();
            values.put("core", 1);
            values.put("level", CodeLevel.SELECTIVE.dbName());
            tx.update("codes", codeId, values);
            return null;
        });
    }

    public CodeRelation relate(String fromId, String toId, RelationType type, String memo, String actor) {
        long id = database.action(Messages.get("undo.relateCodes"), actor, tx -> {
            require(tx, fromId);
            require(tx, toId);
            if (fromId.equals(toId)) {
                throw new CodebookException("codebook.relateToItself");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from_code", fromId);
            row.put("to_code", toId);
            row.put("type", type.dbName());
            row.put("memo", memo);
            row.put("guid", Ids.guid());
            return tx.insertLong("code_relations", row);
        });
        return new CodeRelation(id, fromId, toId, type, memo);
    }

    public void removeRelation(long relationId, String actor) {
        database.action(Messages.get("undo.removeRelation"), actor, tx -> {
            tx.delete("code_relations", relationId);
            return null;
        });
    }

    private void update(String codeId, String label, String actor, Map<String, Object> values) {
        database.action(label, actor, tx -> {
            require(tx, codeId);
            tx.update("codes", codeId, values);
            return null;
        });
    }

    private Codebook codebook(Tx tx) throws SQLException {
        List<Code> codes = new ArrayList<>();
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM codes")) {
            while (rs.next()) {
                codes.add(new Code(rs.getString("id"), rs.getString("parent_id"), rs.getInt("position"), rs.getString("name"),
                        rs.getString("name_en"), rs.getString("definition"), rs.getString("when_to_use"), rs.getString("when_not_to_use"),
                        rs.getString("example"), rs.getString("color"), CodeLevel.parse(rs.getString("level")),
                        rs.getInt("active") == 1, rs.getInt("core") == 1, rs.getString("guid")));
            }
        }
        return new Codebook(codes);
    }

    private Code require(Tx tx, String codeId) throws SQLException {
        return codebook(tx).get(codeId).orElseThrow(() -> new CodebookException("codebook.unknownCode", codeId));
    }

    private static boolean exists(Tx tx, String id) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM codes WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean siblingNamed(Tx tx, String parentId, String name, String exceptId) throws SQLException {
        return siblingId(tx, parentId, name, exceptId).isPresent();
    }

    /** The first code under the parent (null: the roots) with this name, other than exceptId. */
    private static Optional<String> siblingId(Tx tx, String parentId, String name, String exceptId) throws SQLException {
        String sql = parentId == null
                ? "SELECT id FROM codes WHERE parent_id IS NULL AND name = ? ORDER BY position"
                : "SELECT id FROM codes WHERE parent_id = ? AND name = ? ORDER BY position";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            int i = 1;
            if (parentId != null) {
                ps.setString(i++, parentId);
            }
            ps.setString(i, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!Objects.equals(rs.getString(1), exceptId)) {
                        return Optional.of(rs.getString(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int nextPosition(Tx tx, String parentId) throws SQLException {
        String sql = parentId == null
                ? "SELECT COALESCE(MAX(position), -1) + 1 FROM codes WHERE parent_id IS NULL"
                : "SELECT COALESCE(MAX(position), -1) + 1 FROM codes WHERE parent_id = ?";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            if (parentId != null) {
                ps.setString(1, parentId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A readable id made from the name, unique in the project ("taken-jim", "taken-jim-2"). */
    private static String freshId(Tx tx, String name) throws SQLException {
        String base = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "code";
        }
        base = "user." + base;
        String id = base;
        for (int n = 2; exists(tx, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static boolean duplicateExists(Tx tx, String codeId, long[] coding) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT 1 FROM codings WHERE code_id = ? AND transcript_id = ? AND start = ? AND end = ? AND coder_id = ?")) {
            ps.setString(1, codeId);
            ps.setLong(2, coding[1]);
            ps.setLong(3, coding[2]);
            ps.setLong(4, coding[3]);
            ps.setLong(5, coding[4]);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void deleteCodingWithMemos(Tx tx, long codingId) throws SQLException {
        for (long memo : ids(tx, "SELECT id FROM memos WHERE target_type = 'coding' AND target_id = ?", String.valueOf(codingId))) {
            tx.delete("memos", memo);
        }
        tx.delete("codings", codingId);
    }

    private static void retarget(Tx tx, String table, String column, String from, String to) throws SQLException {
        for (long id : ids(tx, "SELECT id FROM " + table + " WHERE " + column + " = ?", from)) {
            tx.update(table, id, Map.of(column, to));
        }
    }

    private static List<Long> ids(Tx tx, String sql, Object... args) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new CodebookException("codebook.emptyName");
        }
        return name.strip();
    }

    private static String requireColor(String color) {
        if (color == null || !COLOR.matcher(color.strip()).matches()) {
            throw new CodebookException("codebook.badColor", color);
        }
        return color.strip();
    }
}
