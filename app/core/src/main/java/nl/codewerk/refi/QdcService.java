package nl.codewerk.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Tx;
import nl.codewerk.workspace.Project;
import org.w3c.dom.Element;

/**
 * REFI-QDA codebooks (.qdc) in and out of a project. Import adds the file's codes to the
 * project's codebook as one undoable action: a code already there (same GUID, else the same
 * names from the root) is merged, a new one is added under its parent.
 */
public final class QdcService {

    private final Project project;

    public QdcService(Project project) {
        this.project = project;
    }

    public RefiReport exportCodebook(Path out) {
        List<RefiProject.Code> codes = new RefiExportService(project).codes();
        if (codes.isEmpty()) {
            throw new RefiException("refi.emptyCodebook", project.name());
        }
        byte[] xml = QdeWriter.codebook(codes, RefiExportService.ORIGIN);
        Path absolute = out.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".writing-" + UUID.randomUUID());
        try {
            Files.write(temp, xml);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RefiException(e, "refi.cannotWrite", absolute.getFileName(), e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A half-written temporary copy holds nothing of the user's.
            }
        }
        int count = project.codebook().codebook().size();
        return new RefiReport(count, 0, 0, 0, 0, 0, 0, null, List.of(), List.of());
    }

    public RefiReport importCodebook(Path qdc, String actor) {
        String name = qdc.getFileName().toString();
        if (!Files.isRegularFile(qdc)) {
            throw new RefiException("refi.notFound", qdc);
        }
        byte[] bytes;
        try {
            if (Files.size(qdc) > ArchiveLimits.DEFAULT.maxEntryBytes()) {
                throw new RefiException("refi.entryTooLarge", name, ArchiveLimits.DEFAULT.maxEntryBytes() / (1024 * 1024));
            }
            bytes = Files.readAllBytes(qdc);
        } catch (IOException e) {
            throw new RefiException(e, "refi.cannotRead", name, e.getMessage());
        }
        Element root = SafeXml.parse(bytes, name).getDocumentElement();
        Element book = root;
        if (Xml.ours(root) && Xml.name(root).equals("Project")) {
            book = Xml.child(root, "CodeBook");
        } else if (!Xml.ours(root) || !Xml.name(root).equals("CodeBook")) {
            throw new RefiException("refi.notACodebook", name, Xml.name(root));
        }
        List<RefiProject.Code> codes = book == null ? List.of() : QdeParser.codes(book);
        List<NotImported> left = new ArrayList<>();
        for (Element set : Xml.within(root, "Sets", "Set")) {
            String setName = Xml.attr(set, "name");
            left.add(NotImported.one("set", setName == null ? Xml.attr(set, "guid") : setName, Messages.get("refi.skip.set",
                    Xml.children(set, "MemberCode").size())));
        }
        List<String> notes = new ArrayList<>();
        int[] counts = new int[2];
        project.database().action(Messages.get("refi.undo.importCodebook", name), actor, tx -> {
            new Merge(tx, project.codebook(), project.codebook().codebook(), left, notes, counts).all(codes, null);
            return null;
        });
        return new RefiReport(counts[0], 0, 0, 0, 0, 0, counts[1], null, left, notes);
    }

    /** One merge of a file's code tree into the project's. */
    private static final class Merge {

        private final Tx tx;
        private final CodebookService service;
        private final Map<String, String> byGuid = new HashMap<>();
        private final Map<String, Map<String, String>> childrenByName = new HashMap<>();
        private final Map<String, Code> existing = new HashMap<>();
        private final List<NotImported> left;
        private final List<String> notes;
        private final int[] counts;

        Merge(Tx tx, CodebookService service, Codebook book, List<NotImported> left, List<String> notes, int[] counts) {
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
}
