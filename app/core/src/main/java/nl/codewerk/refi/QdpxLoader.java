package nl.codewerk.refi;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.CodebookException;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.codebook.RelationType;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.Messages;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.project.Tx;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Ids;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Puts a REFI-QDA project, read and checked by {@link QdpxReader}, into a new Codewerk project
 * inside one transaction: the maps from the file's GUIDs to our ids, and the list of what was
 * left out and why. One loader per import.
 */
final class QdpxLoader {

    /** Where a coding lies after mapping: our transcript and UTF-16 offsets. */
    private record Span(long transcriptId, int start, int end) {
    }

    /** What a note is attached to, most specific first. */
    private enum Attach { CODING, SELECTION, CODE, SOURCE, PROJECT }

    private record NoteTarget(MemoTarget target, String label) {
    }

    private final Project project;
    private final Tx tx;
    private final QdpxReader.Read read;
    private final RefiProject p;
    private final PositionRule.Decision decision;
    private final Progress progress;
    private final List<NotImported> left = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Set<String>> usedGuids = new HashMap<>();
    private final Map<String, Long> coders = new HashMap<>();
    private final Map<Long, String> coderNames = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, Attribute> attributes = new HashMap<>();
    private final Map<String, Long> caseIds = new HashMap<>();
    private final Map<Long, String> caseNames = new HashMap<>();
    private final Set<String> caseNamesTaken = new HashSet<>();
    private final Map<String, Long> sourceCase = new HashMap<>();
    private final Map<String, Long> transcripts = new HashMap<>();
    private final Map<Long, ImportedText> texts = new HashMap<>();
    private final Map<String, Span> selections = new HashMap<>();
    private final Set<String> caseSelectionRefs = new HashSet<>();
    private final Map<String, EnumMap<Attach, List<NoteTarget>>> noteTargets = new HashMap<>();
    private final Set<String> notesConsumed = new HashSet<>();
    private Long unknownCoder;
    private int codeCount;
    private int codingCount;
    private int caseCount;
    private int memoCount;
    private int userCount;

    QdpxLoader(Project project, Tx tx, QdpxReader.Read read, PositionRule.Decision decision, Progress progress) {
        this.project = project;
        this.tx = tx;
        this.read = read;
        this.p = read.project();
        this.decision = decision;
        this.progress = progress;
        left.addAll(p.skipped());
        left.addAll(read.missing());
        notes.addAll(decision.notes());
        notes.addAll(read.facts());
    }

    RefiReport load() throws SQLException {
        users();
        Set<String> roots = new HashSet<>();
        for (RefiProject.Code c : p.codes()) {
            code(c, null, roots);
        }
        variables();
        cases();
        for (RefiProject.Case c : p.cases()) {
            caseSelectionRefs.addAll(c.selectionRefs());
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < p.sources().size(); i++) {
            progress.checkCancelled();
            progress.update(p.sources().size() + i, 2L * p.sources().size(), PositionRule.sourceName(p.sources().get(i)));
            source(p.sources().get(i), i, names);
        }
        speakers();
        for (String ref : p.noteRefs()) {
            attach(ref, Attach.PROJECT, MemoTarget.PROJECT, Messages.get("refi.label.project"));
        }
        relations();
        memos();
        return new RefiReport(codeCount, p.sources().size(), codingCount, caseCount, memoCount, userCount, 0,
                decision.unit().cliName(), left, notes);
    }

    private void users() throws SQLException {
        Set<String> taken = new HashSet<>();
        for (RefiProject.User u : p.users()) {
            String name = !blank(u.name()) ? u.name().strip() : !blank(u.id()) ? u.id().strip() : "user " + u.guid().substring(0, 8);
            String unique = RefiValues.unique(name, taken);
            if (!unique.equals(name)) {
                notes.add(Messages.get("refi.note.renamedUser", name, unique));
            }
            long id = CodingService.ensureCoder(tx, unique);
            setGuid("coders", id, u.guid());
            coders.putIfAbsent(u.guid(), id);
            coderNames.put(id, unique);
            userCount++;
        }
    }

    /** The coder of the first known user among the candidates (coding, selection, source, project). */
    private long coder(String... userGuids) throws SQLException {
        for (String guid : userGuids) {
            if (guid == null) {
                continue;
            }
            Long id = coders.get(guid);
            if (id == null) {
                // Referred to but not listed under Users: still a person, keep them apart.
                String name = RefiValues.unique("user " + guid.substring(0, 8), new HashSet<>(coderNames.values().stream()
                        .map(n -> n.toLowerCase(Locale.ROOT)).toList()));
                id = CodingService.ensureCoder(tx, name);
                setGuid("coders", id, guid);
                coders.put(guid, id);
                coderNames.put(id, name);
                userCount++;
            }
            return id;
        }
        if (coders.size() == 1 && p.users().size() == 1) {
            return coders.values().iterator().next();
        }
        if (unknownCoder == null) {
            String name = Messages.get("refi.unknownCoder");
            unknownCoder = CodingService.ensureCoder(tx, name);
            coderNames.put(unknownCoder, name);
            userCount++;
            notes.add(Messages.get("refi.note.unknownCoder", name));
        }
        return unknownCoder;
    }

    private void code(RefiProject.Code c, String parentId, Set<String> siblings) throws SQLException {
        String name = blank(c.name()) ? "Code " + c.guid().substring(0, 8) : c.name().strip();
        String unique = RefiValues.unique(name, siblings);
        if (!unique.equals(name)) {
            notes.add(Messages.get("refi.note.renamedCode", name, unique));
        }
        String color = RefiValues.color(c.color());
        if (c.color() != null && color == null) {
            notes.add(Messages.get("refi.note.badColor", c.color(), unique));
        }
        CodeDescription d = CodeDescription.parse(c.description());
        CodeLevel level = c.children().isEmpty() ? CodeLevel.OPEN : CodeLevel.AXIAL;
        String id = project.codebook().insert(tx, new CodebookService.NewCode(null, parentId, unique, d.nameEn(), d.definition(),
                d.whenToUse(), d.whenNotToUse(), d.example(), color, level));
        setGuid("codes", id, c.guid());
        if (!c.codable()) {
            tx.update("codes", id, Map.of("active", 0));
        }
        codes.putIfAbsent(c.guid(), id);
        codeCount++;
        for (String ref : c.noteRefs()) {
            attach(ref, Attach.CODE, MemoTarget.code(id), Messages.get("refi.label.code", unique));
        }
        Set<String> children = new HashSet<>();
        for (RefiProject.Code child : c.children()) {
            code(child, id, children);
        }
    }

    private void variables() throws SQLException {
        Set<Long> created = new HashSet<>();
        for (int i = 0; i < p.variables().size(); i++) {
            RefiProject.Variable v = p.variables().get(i);
            String name = blank(v.name()) ? "Variable " + (i + 1) : v.name().strip();
            String type = v.type() == null ? "Text" : v.type().strip();
            AttributeType ours = switch (type) {
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Integer", "Float" -> AttributeType.NUMBER;
                case "Date" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            };
            if (!type.equals("Text") && ours == AttributeType.TEXT) {
                notes.add(Messages.get("refi.note.variableAsText", name, type));
            }
            boolean existed = project.cases().attributes().stream().anyMatch(a -> a.name().equals(name))
                    || attributes.values().stream().anyMatch(a -> a.name().equals(name));
            Attribute a = project.cases().ensureAttribute(tx, name, ours);
            if (!existed && created.add(a.id())) {
                setGuid("attributes", a.id(), v.guid());
            } else if (a.type() != ours) {
                notes.add(Messages.get("refi.note.variableMerged", name, a.type().dbName()));
            }
            attributes.put(v.guid(), a);
            if (!blank(v.description())) {
                left.add(NotImported.one("description", name, Messages.get("refi.skip.variableDescription")));
            }
        }
    }

    private void cases() throws SQLException {
        Map<String, String> sourceNames = new HashMap<>();
        p.sources().forEach(s -> sourceNames.put(s.guid(), PositionRule.sourceName(s)));
        for (int i = 0; i < p.cases().size(); i++) {
            RefiProject.Case c = p.cases().get(i);
            String name = RefiValues.unique(blank(c.name()) ? "Case " + (i + 1) : c.name().strip(), caseNamesTaken);
            long id = project.cases().ensureCase(tx, name);
            setGuid("cases", id, c.guid());
            caseIds.putIfAbsent(c.guid(), id);
            caseNames.put(id, name);
            caseCount++;
            for (RefiProject.VariableValue v : c.values()) {
                value(id, name, v);
            }
            for (String ref : c.sourceRefs()) {
                Long other = sourceCase.putIfAbsent(ref, id);
                if (other != null && other != id) {
                    left.add(NotImported.one("case", name + " / " + sourceNames.getOrDefault(ref, ref),
                            Messages.get("refi.skip.secondCase", caseNames.get(other))));
                }
            }
            if (!c.codeRefs().isEmpty()) {
                left.add(new NotImported("case", name, Messages.get("refi.skip.caseCodes"), c.codeRefs().size()));
            }
            if (!blank(c.description())) {
                left.add(NotImported.one("description", name, Messages.get("refi.skip.caseDescription")));
            }
        }
    }

    private void value(long caseId, String owner, RefiProject.VariableValue v) throws SQLException {
        Attribute a = v.variableGuid() == null ? null : attributes.get(v.variableGuid());
        if (a == null) {
            left.add(NotImported.one("value", owner, Messages.get("refi.skip.unknownVariable", String.valueOf(v.value()))));
            return;
        }
        if (blank(v.value())) {
            return;
        }
        String raw = v.value().strip();
        try {
            if (a.type() == AttributeType.NUMBER) {
                raw = new BigDecimal(raw).toPlainString();
            } else if (a.type() == AttributeType.DATE && raw.matches("\\d{4}-\\d{2}-\\d{2}.+")) {
                raw = raw.substring(0, 10);
            }
            project.cases().setValue(tx, caseId, a, raw);
        } catch (IllegalArgumentException | DateTimeException e) {
            left.add(NotImported.one("value", owner + " / " + a.name(), Messages.get("refi.skip.badValue", v.value(), a.type().dbName())));
        }
    }

    private void source(RefiProject.Source s, int index, Set<String> names) throws SQLException {
        QdpxReader.Text t = read.sources().get(s.guid());
        String base = !blank(s.name()) ? s.name().strip()
                : t.fileName() != null ? t.fileName().replaceFirst("\\.[A-Za-z0-9]+$", "") : "Source " + (index + 1);
        String name = RefiValues.unique(base, names);
        Long caseId = sourceCase.get(s.guid());
        ImportedText imported = t.text().imported();
        long id = project.transcripts().insert(tx, name, t.fileName(), imported, t.sha256(), caseId);
        setGuid("transcripts", id, s.guid());
        transcripts.putIfAbsent(s.guid(), id);
        texts.put(id, imported);
        if (!s.values().isEmpty()) {
            if (caseId == null) {
                String caseName = RefiValues.unique(name, caseNamesTaken);
                caseId = project.cases().ensureCase(tx, caseName);
                caseNames.put(caseId, caseName);
                caseCount++;
                project.transcripts().setCase(tx, id, caseId);
            }
            notes.add(Messages.get("refi.note.sourceVariables", name, caseNames.get(caseId)));
            for (RefiProject.VariableValue v : s.values()) {
                value(caseId, caseNames.get(caseId), v);
            }
        }
        if (!blank(s.description())) {
            memo(MemoTarget.transcript(id), Messages.get("refi.descriptionTitle"), s.description(), null, null, null, Ids.guid());
        }
        for (String ref : s.noteRefs()) {
            attach(ref, Attach.SOURCE, MemoTarget.transcript(id), Messages.get("refi.label.source", name));
        }
        for (RefiProject.Selection sel : s.selections()) {
            selection(s, t.text(), id, name, sel);
        }
        for (RefiProject.Coding c : s.codings()) {
            String where = Messages.get("refi.label.wholeSource", name);
            if (imported.text().isEmpty()) {
                left.add(NotImported.one("coding", where, Messages.get("refi.skip.emptyText")));
            } else {
                coding(new Span(id, 0, imported.text().length()), c, null, s, where);
            }
        }
    }

    private void selection(RefiProject.Source s, SourceText text, long transcriptId, String name, RefiProject.Selection sel)
            throws SQLException {
        String where = Messages.get("refi.label.selection", name, String.valueOf(sel.start()), String.valueOf(sel.end()));
        String problem = null;
        Span span = null;
        if (sel.start() == null || sel.end() == null) {
            problem = Messages.get("refi.skip.noPosition");
        } else if (text.text().isEmpty()) {
            problem = Messages.get("refi.skip.emptyText");
        } else {
            boolean two = decision.crlfTwo(s.guid());
            int a = text.offset(sel.start(), decision.unit(), two);
            int b = text.offset(sel.end(), decision.unit(), two);
            if (a == SourceText.PAST_END || b == SourceText.PAST_END) {
                problem = Messages.get("refi.skip.pastEnd", text.length(decision.unit(), two), decision.unit().cliName());
            } else {
                String stored = text.text();
                if (a > 0 && a < stored.length() && Character.isLowSurrogate(stored.charAt(a)) && Character.isHighSurrogate(stored.charAt(a - 1))) {
                    a--;
                }
                if (b > 0 && b < stored.length() && Character.isLowSurrogate(stored.charAt(b)) && Character.isHighSurrogate(stored.charAt(b - 1))) {
                    b++;
                }
                if (b <= a) {
                    problem = Messages.get("refi.skip.emptySelection");
                } else {
                    span = new Span(transcriptId, a, b);
                    selections.put(sel.guid(), span);
                }
            }
        }
        Long first = null;
        if (sel.codings().isEmpty()) {
            if (!caseSelectionRefs.contains(sel.guid()) && sel.noteRefs().isEmpty()) {
                String reason = problem != null ? problem : Messages.get("refi.skip.uncoded");
                left.add(NotImported.one("selection", where + (blank(sel.description()) ? "" : ": " + sel.description().strip()), reason));
            }
        } else if (problem != null) {
            left.add(new NotImported("coding", where, problem, sel.codings().size()));
        } else {
            for (RefiProject.Coding c : sel.codings()) {
                Long id = coding(span, c, sel, s, where);
                if (first == null) {
                    first = id;
                }
            }
        }
        for (String ref : sel.noteRefs()) {
            if (first != null) {
                attach(ref, Attach.SELECTION, MemoTarget.coding(first), where);
            } else {
                attach(ref, Attach.SELECTION, MemoTarget.transcript(transcriptId), where);
            }
        }
    }

    private Long coding(Span span, RefiProject.Coding c, RefiProject.Selection sel, RefiProject.Source s, String where) throws SQLException {
        String codeId = c.codeRef() == null ? null : codes.get(c.codeRef());
        if (codeId == null) {
            left.add(NotImported.one("coding", where, Messages.get("refi.skip.unknownCode", String.valueOf(c.codeRef()))));
            return null;
        }
        long coderId = coder(c.creatingUser(), sel == null ? null : sel.creatingUser(), s.creatingUser(), p.creatingUser());
        Instant created = RefiValues.instant(c.creationDateTime());
        if (created == null && sel != null) {
            created = RefiValues.instant(sel.creationDateTime());
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("transcript_id", span.transcriptId());
        row.put("start", span.start());
        row.put("end", span.end());
        row.put("code_id", codeId);
        row.put("coder_id", coderId);
        row.put("created_at", (created == null ? Instant.now() : created).toString());
        row.put("comment", sel == null || blank(sel.description()) ? null : sel.description().strip());
        row.put("guid", freshGuid("codings", c.guid()));
        long id = tx.insertLong("codings", row);
        codingCount++;
        for (String ref : c.noteRefs()) {
            attach(ref, Attach.CODING, MemoTarget.coding(id), where);
        }
        return id;
    }

    /** A case's selection references that cover exactly one speaker's turn link that speaker to the case. */
    private void speakers() throws SQLException {
        for (RefiProject.Case c : p.cases()) {
            long caseId = caseIds.get(c.guid());
            int unplaced = 0;
            for (String ref : c.selectionRefs()) {
                Span span = selections.get(ref);
                Turn turn = null;
                if (span != null) {
                    for (Turn candidate : texts.get(span.transcriptId()).turns()) {
                        if (candidate.start() == span.start() && candidate.end() == span.end() && candidate.speaker() != null) {
                            turn = candidate;
                        }
                    }
                }
                if (turn == null) {
                    unplaced++;
                } else {
                    project.cases().linkSpeaker(tx, span.transcriptId(), turn.speaker(), caseId);
                }
            }
            if (unplaced > 0) {
                left.add(new NotImported("case", caseNames.get(caseId), Messages.get("refi.skip.caseSelection"), unplaced));
            }
        }
    }

    /** Links between two codes become code relations; their notes become the relation's memo. */
    private void relations() throws SQLException {
        Map<String, RefiProject.Note> notesByGuid = new HashMap<>();
        p.notes().forEach(n -> notesByGuid.put(n.guid(), n));
        for (RefiProject.Link l : p.links()) {
            String from = l.originGuid() == null ? null : codes.get(l.originGuid());
            String to = l.targetGuid() == null ? null : codes.get(l.targetGuid());
            String name = blank(l.name()) ? Messages.get("refi.label.link") : l.name().strip();
            if (from == null || to == null || from.equals(to)) {
                left.add(NotImported.one("link", name, Messages.get("refi.skip.link")));
                continue;
            }
            RelationType type;
            List<String> memo = new ArrayList<>();
            try {
                type = blank(l.name()) ? RelationType.ASSOCIATED : RelationType.parse(l.name());
            } catch (CodebookException notOurs) {
                type = RelationType.ASSOCIATED;
                memo.add(l.name().strip());
            }
            for (String ref : l.noteRefs()) {
                String text = read.notes().get(ref);
                if (text != null && notesByGuid.containsKey(ref)) {
                    notesConsumed.add(ref);
                    if (!text.isBlank()) {
                        memo.add(text.strip());
                    }
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from_code", from);
            row.put("to_code", to);
            row.put("type", type.dbName());
            row.put("memo", memo.isEmpty() ? null : String.join("\n\n", memo));
            row.put("guid", freshGuid("code_relations", l.guid()));
            tx.insert("code_relations", row);
        }
    }

    private void memos() throws SQLException {
        Set<String> known = new HashSet<>();
        for (RefiProject.Note n : p.notes()) {
            known.add(n.guid());
            if (notesConsumed.contains(n.guid())) {
                continue;
            }
            String title = QdpxReader.noteName(n);
            List<NoteTarget> targets = new ArrayList<>();
            noteTargets.getOrDefault(n.guid(), new EnumMap<>(Attach.class)).values().forEach(targets::addAll);
            MemoTarget target = targets.isEmpty() ? MemoTarget.PROJECT : targets.getFirst().target();
            for (NoteTarget extra : targets.subList(Math.min(1, targets.size()), targets.size())) {
                left.add(NotImported.one("note", title, Messages.get("refi.skip.noteAgain", extra.label())));
            }
            String text = read.notes().getOrDefault(n.guid(), "");
            if (text.isBlank() && !blank(n.description())) {
                text = n.description().strip();
            } else if (!blank(n.description())) {
                left.add(NotImported.one("description", title, Messages.get("refi.skip.noteDescription")));
            }
            String author = n.creatingUser() == null || !coders.containsKey(n.creatingUser()) ? null : coderNames.get(coders.get(n.creatingUser()));
            memo(target, blank(n.name()) ? null : n.name().strip(), text, author, RefiValues.instant(n.creationDateTime()),
                    RefiValues.instant(n.modifiedDateTime()), n.guid());
        }
        for (String ref : noteTargets.keySet()) {
            if (!known.contains(ref)) {
                left.add(NotImported.one("note", ref, Messages.get("refi.skip.noNote")));
            }
        }
        if (!blank(p.description())) {
            memo(MemoTarget.PROJECT, Messages.get("refi.descriptionTitle"), p.description(), null, null, null, Ids.guid());
        }
    }

    private void memo(MemoTarget target, String title, String text, String author, Instant created, Instant updated, String guid)
            throws SQLException {
        String createdAt = (created == null ? Instant.now() : created).toString();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("target_type", target.kind().dbName());
        row.put("target_id", target.id());
        row.put("title", title);
        row.put("text", text.replace("\r\n", "\n").replace('\r', '\n'));
        row.put("author", author);
        row.put("created_at", createdAt);
        row.put("updated_at", updated == null ? createdAt : updated.toString());
        row.put("guid", freshGuid("memos", guid));
        tx.insert("memos", row);
        memoCount++;
    }

    private void attach(String noteGuid, Attach how, MemoTarget target, String label) {
        noteTargets.computeIfAbsent(noteGuid, k -> new EnumMap<>(Attach.class))
                .computeIfAbsent(how, k -> new ArrayList<>()).add(new NoteTarget(target, label));
    }

    /** Gives a row the file's GUID unless another row of the table has it already (files do repeat GUIDs). */
    private void setGuid(String table, Object id, String guid) throws SQLException {
        if (guid != null && usedGuids.computeIfAbsent(table, k -> new HashSet<>()).add(guid)) {
            tx.update(table, id, Map.of("guid", guid));
        } else if (guid != null) {
            notes.add(Messages.get("refi.note.duplicateGuid", guid, table));
        }
    }

    private String freshGuid(String table, String guid) {
        if (guid != null && usedGuids.computeIfAbsent(table, k -> new HashSet<>()).add(guid)) {
            return guid;
        }
        notes.add(Messages.get("refi.note.duplicateGuid", guid, table));
        return Ids.guid();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
