package nl.codewerk.codebook;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.project.Tx;
import nl.codewerk.util.Ids;

/**
 * Puts a codebook file's codes, suggested relations and proposed core category into a project.
 * Codes whose id is already there are left alone, so adding the same codebook twice is harmless.
 */
public final class CodebookLoader {

    private final CodebookService codebook;

    public CodebookLoader(CodebookService codebook) {
        this.codebook = codebook;
    }

    /** Returns the number of codes added. */
    public int load(Tx tx, CodebookFile file) throws SQLException {
        int added = addAll(tx, file.codes(), null);
        for (CodebookFile.Relation relation : file.relations()) {
            if (exists(tx, relation.from()) && exists(tx, relation.to())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("from_code", relation.from());
                row.put("to_code", relation.to());
                row.put("type", RelationType.parse(relation.type()).dbName());
                row.put("memo", relation.rationale());
                row.put("guid", Ids.guid());
                tx.insert("code_relations", row);
            }
        }
        if (file.coreCategory() != null && file.coreCategory().code() != null && exists(tx, file.coreCategory().code())) {
            // A proposal: noted in a memo on the code, not marked as core, so the researcher decides.
            Map<String, Object> row = new LinkedHashMap<>();
            String now = java.time.Instant.now().toString();
            row.put("target_type", MemoTarget.Kind.CODE.dbName());
            row.put("target_id", file.coreCategory().code());
            row.put("title", "Voorstel kerncategorie / proposed core category");
            row.put("text", file.coreCategory().rationale()
                    + (file.coreCategory().rationaleEn() == null ? "" : "\n\n" + file.coreCategory().rationaleEn()));
            row.put("author", "Codewerk");
            row.put("created_at", now);
            row.put("updated_at", now);
            row.put("guid", Ids.guid());
            tx.insert("memos", row);
        }
        return added;
    }

    private int addAll(Tx tx, List<CodebookFile.Entry> entries, String parentId) throws SQLException {
        int added = 0;
        for (CodebookFile.Entry e : entries) {
            String id = e.id();
            if (!exists(tx, id)) {
                CodeLevel level = e.level() == null ? (e.children().isEmpty() ? CodeLevel.OPEN : CodeLevel.AXIAL) : CodeLevel.parse(e.level());
                id = codebook.insert(tx, new CodebookService.NewCode(e.id(), parentId, e.name(), e.nameEn(), e.definition(), e.whenToUse(),
                        e.whenNotToUse(), e.example(), e.color(), level));
                added++;
            }
            added += addAll(tx, e.children(), id);
        }
        return added;
    }

    private static boolean exists(Tx tx, String id) throws SQLException {
        if (id == null) {
            return false;
        }
        try (var ps = tx.connection().prepareStatement("SELECT 1 FROM codes WHERE id = ?")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
