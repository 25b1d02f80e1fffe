package nl.codewerk.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.codewerk.i18n.Messages;
import nl.codewerk.privacy.PseudonymPreview.Place;
import nl.codewerk.privacy.PseudonymPreview.Where;
import nl.codewerk.project.Backups;
import nl.codewerk.project.Compaction;
import nl.codewerk.project.Database;
import nl.codewerk.project.ProjectException;
import nl.codewerk.project.Tx;
import nl.codewerk.transcript.TextEdit;
import nl.codewerk.transcript.TranscriptEditService;

/**
 * Replaces names by pseudonyms in one transcript or the whole project, everywhere they can be:
 * the text (codings and turns follow, as with any edit), transcript and file names, speakers
 * and the speaker-to-case links, coding comments, memos, the transcript's cases and their text
 * attributes; for the whole project also every case and attribute, the codebook's texts and the
 * project's name. Coders' names are left alone: they name the research team, not participants.
 *
 * <p>Before it, a backup; after it, the undo history is emptied (its row images hold the old
 * text) and the file is rebuilt so deleted text cannot be read from free pages. That makes a
 * pseudonymisation final: the way back is the backup taken just before. The list is saved in the
 * project, so transcripts imported later are pseudonymised with it as they come in.
 */
public final class PseudonymiseService {

    static final String SAVED_KEY = "privacy.pseudonyms";
    static final String DONE_KEY = "privacy.pseudonymised";
    /** Characters of context on each side of an occurrence in a preview. */
    static final int CONTEXT = 40;

    /** What a pseudonymisation did, the backup that can undo it and the list now saved in the project. */
    public record Report(PseudonymPreview changed, Backups.Backup backup, boolean undoHistoryCleared, PseudonymList saved) {
    }

    private final Database database;
    private final TranscriptEditService edits;

    public PseudonymiseService(Database database) {
        this.database = database;
        this.edits = new TranscriptEditService(database);
    }

    /** The list saved in the project by earlier pseudonymisations (empty when there is none). */
    public PseudonymList saved() {
        return database.info(SAVED_KEY).filter(s -> !s.isBlank()).map(PseudonymList::fromJson).orElse(PseudonymList.EMPTY);
    }

    /**
     * Removes the saved list (later imports are then no longer pseudonymised) and rebuilds the
     * file, so the names it held cannot be read from it: for handing over a project file, when
     * the key between names and pseudonyms must be kept apart from the data.
     */
    public void forgetSaved() {
        database.setInfo(SAVED_KEY, null);
        Compaction.purgeDeletedContent(database);
    }

    /** Every place the list would change, changing nothing; {@code transcriptId} null means the whole project. */
    public PseudonymPreview preview(PseudonymList list, Long transcriptId) {
        requireUsable(list);
        Set<Long> scope = scope(transcriptId);
        NameMatcher matcher = list.matcher();
        return database.read(c -> plan(c, matcher, scope).preview(list));
    }

    /**
     * Pseudonymises: backup, all replacements in one transaction, list saved, undo history
     * emptied, file rebuilt. {@code transcriptId} null means the whole project.
     */
    public Report apply(PseudonymList list, Long transcriptId, String actor) {
        requireUsable(list);
        if (database.readOnly()) {
            throw new ProjectException("project.readOnlyOpen", database.file().getFileName());
        }
        Set<Long> scope = scope(transcriptId);
        PseudonymList merged = saved().plus(list);
        Backups.Backup backup = Backups.take(database, "before-pseudonymise");
        NameMatcher matcher = list.matcher();
        PseudonymPreview changed = database.unrecorded(Messages.get("privacy.pseudonymiseAction"), tx -> {
            Plan plan = plan(tx.connection(), matcher, scope);
            execute(tx, plan, actor);
            putInfo(tx, SAVED_KEY, merged.toJson());
            putInfo(tx, DONE_KEY, Instant.now() + " " + plan.size());
            database.undoLog().forgetAll(tx);
            return plan.preview(list);
        });
        Compaction.purgeDeletedContent(database);
        return new Report(changed, backup, true, merged);
    }

    /**
     * Pseudonymises newly imported transcripts (and their cases) with the saved list. Nothing
     * of them is in the undo history yet, so it stays; returns what changed, or empty when
     * there is no saved list.
     */
    public Optional<PseudonymPreview> applySavedTo(Collection<Long> transcriptIds) {
        PseudonymList list = saved();
        if (list.isEmpty() || transcriptIds.isEmpty() || database.readOnly()) {
            return Optional.empty();
        }
        NameMatcher matcher = list.matcher();
        Set<Long> scope = Set.copyOf(transcriptIds);
        PseudonymPreview changed = database.unrecorded(Messages.get("privacy.pseudonymiseAction"), tx -> {
            Plan plan = plan(tx.connection(), matcher, scope);
            execute(tx, plan, null);
            return plan.preview(list);
        });
        if (!changed.isEmpty()) {
            Compaction.purgeDeletedContent(database);
        }
        return Optional.of(changed);
    }

    private static void requireUsable(PseudonymList list) {
        if (list == null || list.isEmpty()) {
            throw new PseudonymException("pseudonym.emptyList");
        }
    }

    private Set<Long> scope(Long transcriptId) {
        if (transcriptId == null) {
            return null;
        }
        boolean exists = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM transcripts WHERE id = ?")) {
                ps.setLong(1, transcriptId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (!exists) {
            throw new PseudonymException("edit.unknownTranscript", transcriptId);
        }
        return Set.of(transcriptId);
    }

    // ---- the plan: everything that changes, found before anything is written ----

    private record TextChange(long transcriptId, String name, String text, List<NameMatcher.Match> matches) {
    }

    /** One value to change in {@code table.column} of the rows {@code ids} (a speaker is on many turns). */
    private record FieldChange(Where where, String owner, Long transcriptId, String table, List<Object> ids, String column,
            String before, String after, List<NameMatcher.Match> matches) {
    }

    private static final class Plan {
        final Map<Long, String> transcriptNames = new LinkedHashMap<>();
        final List<TextChange> texts = new ArrayList<>();
        final List<FieldChange> fields = new ArrayList<>();

        int size() {
            return texts.stream().mapToInt(t -> t.matches().size()).sum() + fields.stream().mapToInt(f -> f.matches().size()).sum();
        }

        PseudonymPreview preview(PseudonymList list) {
            List<Place> places = new ArrayList<>();
            for (TextChange text : texts) {
                for (NameMatcher.Match m : text.matches()) {
                    places.add(place(Where.TEXT, text.name(), text.transcriptId(), text.text(), m));
                }
            }
            for (FieldChange field : fields) {
                for (NameMatcher.Match m : field.matches()) {
                    places.add(place(field.where(), field.owner(), field.transcriptId(), field.before(), m));
                }
            }
            Map<Long, Integer> inText = new HashMap<>();
            Map<Long, Integer> total = new HashMap<>();
            for (Place p : places) {
                if (p.transcriptId() != null) {
                    total.merge(p.transcriptId(), 1, Integer::sum);
                    if (p.where() == Where.TEXT) {
                        inText.merge(p.transcriptId(), 1, Integer::sum);
                    }
                }
            }
            List<PseudonymPreview.PerTranscript> per = new ArrayList<>();
            for (var entry : transcriptNames.entrySet()) {
                long id = entry.getKey();
                per.add(new PseudonymPreview.PerTranscript(id, entry.getValue(), inText.getOrDefault(id, 0), total.getOrDefault(id, 0)));
            }
            return new PseudonymPreview(list.entries(), per, places);
        }

        private static Place place(Where where, String owner, Long transcriptId, String value, NameMatcher.Match m) {
            int from = safe(value, Math.max(0, m.start() - CONTEXT));
            int to = safe(value, Math.min(value.length(), m.end() + CONTEXT));
            return new Place(where, owner, transcriptId, m.start(), flat(value.substring(from, m.start())), m.found(),
                    flat(value.substring(m.end(), to)), m.pseudonym().original(), m.pseudonym().replacement());
        }

        private static int safe(String s, int at) {
            return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) && Character.isHighSurrogate(s.charAt(at - 1))
                    ? at - 1 : at;
        }

        private static String flat(String s) {
            return s.replace('\n', ' ');
        }
    }

    /** Finds every occurrence in scope ({@code null}: the whole project) without writing anything. */
    private static Plan plan(Connection c, NameMatcher matcher, Set<Long> scope) throws SQLException {
        Plan plan = new Plan();
        boolean whole = scope == null;
        String inScope = whole ? "" : " AND transcript_id IN (" + ids(scope) + ")";

        // Transcripts: text, name (kept unique, as imports keep it), file name.
        Set<String> takenNames = new HashSet<>();
        List<Object[]> renamed = new ArrayList<>();
        Map<Long, String> fileNames = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, file_name, text FROM transcripts ORDER BY name COLLATE NOCASE, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String name = rs.getString(2);
                if (!whole && !scope.contains(id)) {
                    takenNames.add(name);
                    continue;
                }
                plan.transcriptNames.put(id, name);
                String text = rs.getString(4);
                List<NameMatcher.Match> inText = matcher.find(text);
                if (!inText.isEmpty()) {
                    plan.texts.add(new TextChange(id, name, text, inText));
                }
                List<NameMatcher.Match> inName = matcher.find(name);
                if (inName.isEmpty()) {
                    takenNames.add(name);
                } else {
                    renamed.add(new Object[] {id, name, inName});
                }
                fileNames.put(id, rs.getString(3));
            }
        }
        for (Object[] r : renamed) {
            @SuppressWarnings("unchecked")
            List<NameMatcher.Match> found = (List<NameMatcher.Match>) r[2];
            String name = (String) r[1];
            plan.fields.add(new FieldChange(Where.TRANSCRIPT_NAME, name, (Long) r[0], "transcripts", List.of(r[0]), "name", name,
                    unique(matcher.replace(name), takenNames), found));
        }
        fileNames.forEach((id, fileName) ->
                field(plan, matcher, Where.FILE_NAME, plan.transcriptNames.get(id), id, "transcripts", id, "file_name", fileName));

        // Speakers: one new name per old name within a transcript, the same on its turns and its
        // speaker-to-case links; two people never end up as one speaker.
        Map<Long, Map<String, List<Object>>> turnsBySpeaker = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, transcript_id, speaker FROM turns WHERE speaker IS NOT NULL" + inScope
                + " ORDER BY transcript_id, ordinal"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                turnsBySpeaker.computeIfAbsent(rs.getLong(2), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(rs.getLong(1));
            }
        }
        Map<Long, Map<String, List<Object>>> linksBySpeaker = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, transcript_id, speaker FROM speaker_cases WHERE 1 = 1" + inScope
                + " ORDER BY transcript_id, id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                linksBySpeaker.computeIfAbsent(rs.getLong(2), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(rs.getLong(1));
            }
        }
        Set<Long> withSpeakers = new LinkedHashSet<>(turnsBySpeaker.keySet());
        withSpeakers.addAll(linksBySpeaker.keySet());
        for (long transcript : withSpeakers) {
            Set<String> speakers = new LinkedHashSet<>(turnsBySpeaker.getOrDefault(transcript, Map.of()).keySet());
            speakers.addAll(linksBySpeaker.getOrDefault(transcript, Map.of()).keySet());
            Set<String> taken = speakers.stream().filter(s -> !matcher.matches(s)).collect(Collectors.toCollection(HashSet::new));
            String owner = plan.transcriptNames.get(transcript);
            for (String speaker : speakers) {
                List<NameMatcher.Match> found = matcher.find(speaker);
                if (found.isEmpty()) {
                    continue;
                }
                String after = unique(matcher.replace(speaker), taken);
                List<Object> turnIds = turnsBySpeaker.getOrDefault(transcript, Map.of()).getOrDefault(speaker, List.of());
                List<Object> linkIds = linksBySpeaker.getOrDefault(transcript, Map.of()).getOrDefault(speaker, List.of());
                if (!turnIds.isEmpty()) {
                    plan.fields.add(new FieldChange(Where.SPEAKER, owner, transcript, "turns", turnIds, "speaker", speaker, after, found));
                }
                if (!linkIds.isEmpty()) {
                    // Shown once with the turns; counted here only when no turn has this speaker.
                    plan.fields.add(new FieldChange(Where.SPEAKER, owner, transcript, "speaker_cases", linkIds, "speaker", speaker, after,
                            turnIds.isEmpty() ? found : List.of()));
                }
            }
        }

        // Coding comments, and which codings belong to the scope (for their memos).
        Map<String, Long> codingTranscript = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, transcript_id, comment FROM codings WHERE 1 = 1" + inScope);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long transcript = rs.getLong(2);
                codingTranscript.put(String.valueOf(id), transcript);
                field(plan, matcher, Where.CODING_COMMENT, "coding " + id, transcript, "codings", id, "comment", rs.getString(3));
            }
        }

        // Memos: on the project, codes, transcripts and codings; only those of the scope's
        // transcripts and codings when pseudonymising one transcript.
        try (PreparedStatement ps = c.prepareStatement("SELECT id, target_type, target_id, title, text FROM memos ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String type = rs.getString(2);
                String target = rs.getString(3);
                Long transcript = "transcript".equals(type) && target != null && target.matches("\\d+") ? Long.valueOf(target)
                        : "coding".equals(type) ? codingTranscript.get(target) : null;
                if (!whole && (transcript == null || !scope.contains(transcript))) {
                    continue;
                }
                field(plan, matcher, Where.MEMO, "memo " + id, transcript, "memos", id, "title", rs.getString(4));
                field(plan, matcher, Where.MEMO, "memo " + id, transcript, "memos", id, "text", rs.getString(5));
            }
        }

        // A supervisor's notes on review decisions may name people too.
        try (PreparedStatement ps = c.prepareStatement("SELECT id, transcript_id, note FROM review_decisions WHERE note IS NOT NULL" + inScope);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                field(plan, matcher, Where.MEMO, "review decision " + rs.getLong(1), rs.getLong(2), "review_decisions", rs.getLong(1), "note", rs.getString(3));
            }
        }

        // Cases: all of them, or those the scope's transcripts and speakers count for.
        Set<Long> cases = null;
        if (!whole) {
            cases = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id FROM transcripts WHERE case_id IS NOT NULL AND id IN (" + ids(scope)
                    + ") UNION SELECT case_id FROM speaker_cases WHERE 1 = 1" + inScope); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cases.add(rs.getLong(1));
                }
            }
        }
        Set<String> takenCases = new HashSet<>();
        List<Object[]> renamedCases = new ArrayList<>();
        Map<Long, String> caseNames = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM cases ORDER BY name, id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String name = rs.getString(2);
                caseNames.put(id, name);
                List<NameMatcher.Match> found = (cases == null || cases.contains(id)) ? matcher.find(name) : List.of();
                if (found.isEmpty()) {
                    takenCases.add(name);
                } else {
                    renamedCases.add(new Object[] {id, name, found});
                }
            }
        }
        for (Object[] r : renamedCases) {
            @SuppressWarnings("unchecked")
            List<NameMatcher.Match> found = (List<NameMatcher.Match>) r[2];
            String name = (String) r[1];
            plan.fields.add(new FieldChange(Where.CASE, name, null, "cases", List.of(r[0]), "name", name,
                    unique(matcher.replace(name), takenCases), found));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT v.id, v.case_id, v.value, a.name FROM attribute_values v"
                + " JOIN attributes a ON a.id = v.attribute_id WHERE a.type = 'text' AND v.value IS NOT NULL ORDER BY v.case_id, a.position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long caseId = rs.getLong(2);
                if (cases == null || cases.contains(caseId)) {
                    field(plan, matcher, Where.ATTRIBUTE, caseNames.get(caseId) + ": " + rs.getString(4), null, "attribute_values",
                            rs.getLong(1), "value", rs.getString(3));
                }
            }
        }
        if (!whole) {
            return plan;
        }

        // The whole project only: attribute names, the codebook, the project's own name.
        Set<String> takenAttributes = new HashSet<>();
        List<Object[]> renamedAttributes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM attributes ORDER BY position, id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<NameMatcher.Match> found = matcher.find(rs.getString(2));
                if (found.isEmpty()) {
                    takenAttributes.add(rs.getString(2));
                } else {
                    renamedAttributes.add(new Object[] {rs.getLong(1), rs.getString(2), found});
                }
            }
        }
        for (Object[] r : renamedAttributes) {
            @SuppressWarnings("unchecked")
            List<NameMatcher.Match> found = (List<NameMatcher.Match>) r[2];
            plan.fields.add(new FieldChange(Where.ATTRIBUTE, (String) r[1], null, "attributes", List.of(r[0]), "name", (String) r[1],
                    unique(matcher.replace((String) r[1]), takenAttributes), found));
        }
        String[] codeColumns = {"name", "name_en", "definition", "when_to_use", "when_not_to_use", "example"};
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + String.join(", ", codeColumns) + " FROM codes ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                for (int i = 0; i < codeColumns.length; i++) {
                    field(plan, matcher, Where.CODEBOOK, rs.getString(1), null, "codes", rs.getString(1), codeColumns[i], rs.getString(i + 2));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, memo FROM code_relations ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                field(plan, matcher, Where.CODEBOOK, "relation " + rs.getLong(1), null, "code_relations", rs.getLong(1), "memo", rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM project_info WHERE key = 'name'"); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                field(plan, matcher, Where.PROJECT_NAME, "project", null, "project_info", "name", "value", rs.getString(1));
            }
        }
        return plan;
    }

    private static void field(Plan plan, NameMatcher matcher, Where where, String owner, Long transcriptId, String table, Object id,
            String column, String value) {
        List<NameMatcher.Match> found = matcher.find(value);
        if (!found.isEmpty()) {
            plan.fields.add(new FieldChange(where, owner, transcriptId, table, List.of(id), column, value, matcher.replace(value), found));
        }
    }

    private static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        for (int n = 2; taken.contains(name); n++) {
            name = wanted + " (" + n + ")";
        }
        taken.add(name);
        return name;
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    // ---- writing the plan ----

    /** Columns under a UNIQUE constraint: renamed in two steps, so names can change places. */
    private static final Set<String> UNIQUE_COLUMNS = Set.of("cases.name", "attributes.name", "speaker_cases.speaker");

    private void execute(Tx tx, Plan plan, String actor) throws SQLException {
        for (TextChange text : plan.texts) {
            List<TextEdit> changes = text.matches().stream()
                    .map(m -> new TextEdit(m.start(), m.end(), m.pseudonym().replacement())).toList();
            edits.apply(tx, text.transcriptId(), changes, actor);
        }
        List<FieldChange> unique = new ArrayList<>();
        for (FieldChange field : plan.fields) {
            if ("project_info".equals(field.table())) {
                putInfo(tx, (String) field.ids().getFirst(), field.after());
            } else if (UNIQUE_COLUMNS.contains(field.table() + "." + field.column())) {
                for (Object id : field.ids()) {
                    Map<String, Object> values = new HashMap<>();
                    values.put(field.column(), "\u0000pseudonymising " + field.table() + " " + id);
                    tx.update(field.table(), id, values);
                }
                unique.add(field);
            } else {
                for (Object id : field.ids()) {
                    Map<String, Object> values = new HashMap<>();
                    values.put(field.column(), field.after());
                    tx.update(field.table(), id, values);
                }
            }
        }
        for (FieldChange field : unique) {
            for (Object id : field.ids()) {
                Map<String, Object> values = new HashMap<>();
                values.put(field.column(), field.after());
                tx.update(field.table(), id, values);
            }
        }
    }

    private static void putInfo(Tx tx, String key, String value) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO project_info (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
        tx.touch("project_info");
    }
}
