package nl.codewerk.refi;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Tx;

/**
 * Merges a codebook file's code tree into a project's codebook inside the caller's
 * transaction: a code with the same GUID, else with the same name under the same parent (exact,
 * then ignoring case), is the same code; everything else is added under its parent.
 */
final class QdcLoader {

    private final Tx tx;
    private final CodebookService service;
    private final Map<String, String> byGuid = new HashMap<>();
    private final Map<String, Map<String, String>> childrenByName = new HashMap<>();
    private final Map<String, Code> existing = new HashMap<>();
    private final List<NotImported> left;
    private final List<String> notes;
    private final int[] counts;

    QdcLoader(Tx tx, CodebookService service, Codebook book, List<NotImported> left, List<String> notes, int[] counts) {
        this.tx = tx;
        this.service = service;
        this.left = left;
        this.notes = notes;
        this.counts = counts;
        for (Code c : book.inTreeOrder()) {
            existing.put(c.id(), c);
            if (c.guid() != null) {
                byGuid.putIfAbsent(RefiGuids.key(c.guid()), c.id());
            }
            childrenByName.computeIfAbsent(String.valueOf(c.parentId()), k -> new HashMap<>()).putIfAbsent(c.name(), c.id());
        }
    }

    void all(List<RefiProject.Code> codes, String parentId) throws SQLException {
        for (RefiProject.Code c : codes) {
            one(c, parentId);
        }
    }

    private void one(RefiProject.Code c, String parentId) throws SQLException {
        String name = c.name() == null || c.name().isBlank() ? "Code " + c.guid().substring(0, 8) : c.name().strip();
        Map<String, String> siblings = childrenByName.computeIfAbsent(String.valueOf(parentId), k -> new HashMap<>());
        String match = byGuid.get(c.guid());
        if (match == null) {
            match = siblings.get(name);
        }
        if (match == null) {
            match = siblings.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        String id;
        CodeDescription d = CodeDescription.parse(c.description());
        if (match != null) {
            id = match;
            counts[1]++;
            Code ours = existing.get(id);
            if (ours != null && d.definition() != null) {
                if (ours.definition() == null || ours.definition().isBlank()) {
                    tx.update("codes", id, Map.of("definition", d.definition()));
                } else if (!ours.definition().strip().equals(d.definition())) {
                    left.add(NotImported.one("description", ours.name(), Messages.get("refi.skip.definitionKept")));
                }
            }
            String color = RefiValues.color(c.color());
            if (ours != null && color != null && !color.equalsIgnoreCase(ours.color())) {
                notes.add(Messages.get("refi.note.colorKept", ours.name(), ours.color(), color));
            }
        } else {
            String color = RefiValues.color(c.color());
            CodeLevel level = c.children().isEmpty() ? CodeLevel.OPEN : CodeLevel.AXIAL;
            id = service.insert(tx, new CodebookService.NewCode(null, parentId, name, d.nameEn(), d.definition(), d.whenToUse(),
                    d.whenNotToUse(), d.example(), color, level));
            Map<String, Object> values = new HashMap<>();
            if (!byGuid.containsKey(c.guid()) && !guidTaken(c.guid())) {
                values.put("guid", c.guid());
            }
            if (!c.codable()) {
                values.put("active", 0);
            }
            if (!values.isEmpty()) {
                tx.update("codes", id, values);
            }
            siblings.put(name, id);
            counts[0]++;
        }
        byGuid.putIfAbsent(c.guid(), id);
        for (RefiProject.Code child : c.children()) {
            one(child, id);
        }
    }

    private boolean guidTaken(String guid) throws SQLException {
        try (var ps = tx.connection().prepareStatement("SELECT 1 FROM codes WHERE lower(guid) = ?")) {
            ps.setString(1, guid.toLowerCase(Locale.ROOT));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
