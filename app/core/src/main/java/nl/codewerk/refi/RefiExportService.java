package nl.codewerk.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.i18n.Messages;
import nl.codewerk.memo.Memo;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Exports a project as a REFI-QDA .qdpx: {@code project.qde} plus {@code sources/GUID.txt} (the
 * stored text, UTF-8 without BOM, LF line ends), positions in code points as the standard
 * defines them. Every GUID comes from the project (or is derived from one), so exporting twice
 * gives the same identities. The file is written beside the target and moved into place whole.
 */
public final class RefiExportService {

    static final String ORIGIN = "Codewerk";

    private final Project project;

    public RefiExportService(Project project) {
        this.project = project;
    }

    /** The export, as the writer gets it, with what the format cannot carry. */
    record Export(RefiProject model, List<NotImported> left) {
    }

    public RefiReport exportProject(Path out, Progress progress) {
        Export export = build(progress);
        RefiProject m = export.model();
        byte[] qde = QdeWriter.project(m);
        Path absolute = out.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".writing-" + UUID.randomUUID());
        try {
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("project.qde"));
                zip.write(qde);
                zip.closeEntry();
                for (RefiProject.Source s : m.sources()) {
                    zip.putNextEntry(new ZipEntry("sources/" + QdpxReader.fileName(s.plainTextPath())));
                    if (s.text().startsWith("\uFEFF")) {
                        // Readers drop one leading BOM; a text that itself begins with U+FEFF keeps it behind this one.
                        zip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    }
                    zip.write(s.text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RefiException(e, "refi.cannotWrite", absolute.getFileName(), e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Nothing of the user's is in a half-written temporary export.
            }
        }
        int codings = m.sources().stream().mapToInt(s -> (int) s.selections().stream().mapToLong(sel -> sel.codings().size()).sum()).sum();
        return new RefiReport(count(m.codes()), m.sources().size(), codings, m.cases().size(), m.notes().size(), m.users().size(), 0,
                PositionUnit.CODEPOINT.cliName(), export.left(), List.of(Messages.get("refi.note.exportPositions")));
    }

    private static int count(List<RefiProject.Code> codes) {
        return codes.stream().mapToInt(c -> 1 + count(c.children())).sum();
    }

    /** Reads the project into the exchange model. */
    Export build(Progress progress) {
        List<NotImported> left = new ArrayList<>();
        Map<String, String> userGuids = new LinkedHashMap<>();
        List<RefiProject.User> users = new ArrayList<>();
        project.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, guid FROM coders ORDER BY id")) {
                while (rs.next()) {
                    String guid = RefiGuids.forExport("coder", rs.getString(2));
                    userGuids.put(rs.getString(1), guid);
                    users.add(new RefiProject.User(guid, rs.getString(1), null));
                }
            }
            return null;
        });
        List<Memo> memos = project.memos().list();
        for (Memo memo : memos) {
            if (memo.author() != null && !memo.author().isBlank() && !userGuids.containsKey(memo.author())) {
                String guid = RefiGuids.derived("user", memo.author());
                userGuids.put(memo.author(), guid);
                users.add(new RefiProject.User(guid, memo.author(), null));
            }
        }
        Map<String, List<String>> memoRefs = new HashMap<>();
        List<RefiProject.Note> notes = new ArrayList<>();
        for (Memo memo : memos) {
            String guid = RefiGuids.forExport("memo", memo.guid());
            memoRefs.computeIfAbsent(memo.target().spec(), k -> new ArrayList<>()).add(guid);
            notes.add(new RefiProject.Note(guid, memo.title(), memo.text(), null, null, userGuids.get(memo.author()),
                    RefiValues.dateTime(memo.createdAt()), RefiValues.dateTime(memo.updatedAt())));
        }

        Codebook book = project.codebook().codebook();
        Map<String, String> codeGuids = new HashMap<>();
        book.inTreeOrder().forEach(code -> codeGuids.put(code.id(), RefiGuids.forExport("code", code.guid())));
        List<RefiProject.Code> codes = new ArrayList<>();
        int levels = 0;
        for (Code root : book.roots()) {
            codes.add(code(book, root, codeGuids, memoRefs));
        }
        for (Code code : book.inTreeOrder()) {
            CodeLevel derived = book.children(code.id()).isEmpty() ? CodeLevel.OPEN : CodeLevel.AXIAL;
            if (code.core() || code.level() != derived) {
                levels++;
            }
        }
        if (levels > 0) {
            left.add(new NotImported("level", Messages.get("refi.label.codeLevels"), Messages.get("refi.export.levels"), levels));
        }
        List<RefiProject.Link> links = relations(codeGuids, notes);

        Map<Long, String> caseGuids = new LinkedHashMap<>();
        Map<Long, String> caseNames = new LinkedHashMap<>();
        Map<Long, List<RefiProject.VariableValue>> values = new HashMap<>();
        List<RefiProject.Variable> variables = variables(caseGuids, caseNames, values);

        List<TranscriptSummary> summaries = new ArrayList<>(project.transcripts().list());
        summaries.sort(Comparator.comparingLong(TranscriptSummary::id));
        Map<Long, List<Coding>> codingsByTranscript = new HashMap<>();
        for (Coding coding : project.codings().list(CodingFilter.ALL)) {
            codingsByTranscript.computeIfAbsent(coding.transcriptId(), k -> new ArrayList<>()).add(coding);
        }
        Map<Long, List<String>> caseSources = new HashMap<>();
        Map<Long, List<String>> caseSelections = new HashMap<>();
        List<RefiProject.Source> sources = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            progress.checkCancelled();
            progress.update(i, summaries.size(), summaries.get(i).name());
            Transcript t = project.transcripts().get(summaries.get(i).id()).orElseThrow();
            String guid = RefiGuids.forExport("transcript", t.guid());
            if (t.caseId() != null) {
                caseSources.computeIfAbsent(t.caseId(), k -> new ArrayList<>()).add(guid);
            }
            List<RefiProject.Selection> selections = new ArrayList<>();
            for (Coding coding : codingsByTranscript.getOrDefault(t.id(), List.of())) {
                String codingGuid = RefiGuids.forExport("coding", coding.guid());
                String coder = userGuids.get(coding.coder());
                RefiProject.Coding c = new RefiProject.Coding(codingGuid, codeGuids.get(coding.codeId()), coder, RefiValues.dateTime(coding.createdAt()),
                        memoRefs.getOrDefault(MemoTarget.coding(coding.id()).spec(), List.of()));
                selections.add(new RefiProject.Selection(RefiGuids.derived("selection", codingGuid), null,
                        codePoints(t.text(), coding.start()), codePoints(t.text(), coding.end()), coder, RefiValues.dateTime(coding.createdAt()),
                        coding.comment(), List.of(c), List.of()));
            }
            speakerSelections(t, guid, selections, caseSelections);
            sources.add(new RefiProject.Source(guid, t.name(), "TextSource", "internal://" + guid + ".txt", null, t.text(), null, null,
                    RefiValues.dateTime(t.importedAt()), selections, List.of(), memoRefs.getOrDefault(MemoTarget.transcript(t.id()).spec(), List.of()),
                    List.of()));
        }
        progress.update(summaries.size(), summaries.size(), "");

        List<RefiProject.Case> cases = new ArrayList<>();
        for (Map.Entry<Long, String> c : caseGuids.entrySet()) {
            cases.add(new RefiProject.Case(c.getValue(), caseNames.get(c.getKey()), null, List.of(), values.getOrDefault(c.getKey(), List.of()),
                    caseSources.getOrDefault(c.getKey(), List.of()), caseSelections.getOrDefault(c.getKey(), List.of())));
        }
        List<String> projectRefs = new ArrayList<>(memoRefs.getOrDefault(MemoTarget.PROJECT.spec(), List.of()));
        // A memo whose code, transcript or coding is gone still belongs to the project.
        java.util.Set<String> placed = new java.util.HashSet<>(projectRefs);
        codes.forEach(c -> collectRefs(c, placed));
        sources.forEach(s -> {
            placed.addAll(s.noteRefs());
            s.selections().forEach(sel -> sel.codings().forEach(c -> placed.addAll(c.noteRefs())));
        });
        links.forEach(l -> placed.addAll(l.noteRefs()));
        for (RefiProject.Note n : notes) {
            if (!placed.contains(n.guid())) {
                projectRefs.add(n.guid());
            }
        }
        RefiProject model = new RefiProject(project.name(), ORIGIN, null, project.database().info("created_at").map(RefiValues::instant).map(RefiValues::dateTime).orElse(null), null,
                users, codes, variables, cases, sources, notes, links, projectRefs, List.of());
        return new Export(model, left);
    }

    private static void collectRefs(RefiProject.Code c, java.util.Set<String> into) {
        into.addAll(c.noteRefs());
        c.children().forEach(child -> collectRefs(child, into));
    }

    private static RefiProject.Code code(Codebook book, Code code, Map<String, String> guids, Map<String, List<String>> memoRefs) {
        List<RefiProject.Code> children = new ArrayList<>();
        for (Code child : book.children(code.id())) {
            children.add(code(book, child, guids, memoRefs));
        }
        return new RefiProject.Code(guids.get(code.id()), code.name(), code.active(), code.color(), CodeDescription.of(code).compose(),
                memoRefs.getOrDefault(MemoTarget.code(code.id()).spec(), List.of()), children);
    }

    /** The codebook alone, for a .qdc. */
    List<RefiProject.Code> codes() {
        Codebook book = project.codebook().codebook();
        Map<String, String> guids = new HashMap<>();
        book.inTreeOrder().forEach(code -> guids.put(code.id(), RefiGuids.forExport("code", code.guid())));
        List<RefiProject.Code> out = new ArrayList<>();
        for (Code root : book.roots()) {
            out.add(code(book, root, guids, Map.of()));
        }
        return out;
    }

    /** Code relations as links between codes; a relation's memo as a note on the link. */
    private List<RefiProject.Link> relations(Map<String, String> codeGuids, List<RefiProject.Note> notes) {
        return project.database().read(c -> {
            List<RefiProject.Link> links = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT from_code, to_code, type, memo, guid FROM code_relations ORDER BY id")) {
                while (rs.next()) {
                    String guid = RefiGuids.forExport("relation", rs.getString(5));
                    List<String> refs = new ArrayList<>();
                    String memo = rs.getString(4);
                    if (memo != null && !memo.isBlank()) {
                        String note = RefiGuids.derived("relation-memo", guid);
                        notes.add(new RefiProject.Note(note, rs.getString(3), memo, null, null, null, null, null));
                        refs.add(note);
                    }
                    links.add(new RefiProject.Link(guid, rs.getString(3), "OneWay", codeGuids.get(rs.getString(1)), codeGuids.get(rs.getString(2)), refs));
                }
            }
            return links;
        });
    }

    /** Attributes as variables (a number attribute is Integer when every value is whole), and each case's values. */
    private List<RefiProject.Variable> variables(Map<Long, String> caseGuids, Map<Long, String> caseNames,
            Map<Long, List<RefiProject.VariableValue>> values) {
        return project.database().read(c -> {
            record Attr(long id, String name, String type, String guid) {
            }
            List<Attr> attrs = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name, type, guid FROM attributes ORDER BY position, id")) {
                while (rs.next()) {
                    attrs.add(new Attr(rs.getLong(1), rs.getString(2), rs.getString(3), RefiGuids.forExport("attribute", rs.getString(4))));
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name, guid FROM cases ORDER BY id")) {
                while (rs.next()) {
                    caseGuids.put(rs.getLong(1), RefiGuids.forExport("case", rs.getString(3)));
                    caseNames.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<Long, Map<Long, String>> raw = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT case_id, attribute_id, value FROM attribute_values WHERE value IS NOT NULL ORDER BY case_id")) {
                while (rs.next()) {
                    raw.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
                }
            }
            List<RefiProject.Variable> out = new ArrayList<>();
            Map<Long, String> kinds = new HashMap<>();
            for (Attr a : attrs) {
                String kind = switch (a.type()) {
                    case "boolean" -> "Boolean";
                    case "date" -> "Date";
                    case "number" -> raw.values().stream().map(m -> m.get(a.id())).filter(v -> v != null)
                            .allMatch(v -> v.matches("-?\\d+")) ? "Integer" : "Float";
                    default -> "Text";
                };
                kinds.put(a.id(), kind);
                out.add(new RefiProject.Variable(a.guid(), a.name(), kind, null));
            }
            for (Long caseId : caseGuids.keySet()) {
                List<RefiProject.VariableValue> mine = new ArrayList<>();
                Map<Long, String> theirs = raw.getOrDefault(caseId, Map.of());
                for (Attr a : attrs) {
                    if (theirs.get(a.id()) != null) {
                        mine.add(new RefiProject.VariableValue(a.guid(), kinds.get(a.id()), theirs.get(a.id())));
                    }
                }
                values.put(caseId, mine);
            }
            return out;
        });
    }

    /**
     * A speaker who counts for a case of their own (paired interviews): each of their turns
     * becomes an uncoded selection the case refers to, which import turns back into the link.
     */
    private void speakerSelections(Transcript t, String sourceGuid, List<RefiProject.Selection> selections,
            Map<Long, List<String>> caseSelections) {
        Map<String, Long> speakers = project.cases().speakerCases(t.id());
        if (speakers.isEmpty()) {
            return;
        }
        for (Turn turn : t.turns()) {
            Long caseId = turn.speaker() == null ? null : speakers.get(turn.speaker());
            if (caseId != null && turn.end() > turn.start()) {
                String guid = RefiGuids.derived("speaker-turn", sourceGuid + ":" + turn.ordinal());
                selections.add(new RefiProject.Selection(guid, turn.speaker(), codePoints(t.text(), turn.start()),
                        codePoints(t.text(), turn.end()), null, null, null, List.of(), List.of()));
                caseSelections.computeIfAbsent(caseId, k -> new ArrayList<>()).add(guid);
            }
        }
    }

    /** Our UTF-16 offset as the standard's code point position. */
    static long codePoints(String text, int utf16Offset) {
        return text.codePointCount(0, Math.min(utf16Offset, text.length()));
    }
}
