package nl.codewerk.export.freq;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.Case;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.export.ExportException;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.Scope;
import nl.codewerk.export.ScopedCoding;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.util.Progress;

/**
 * Computes frequency tables. The counting rules are in {@code docs/exports.md}: a case counts
 * once per code however many codings and coders; a coding counts for the case of the speaker
 * of its turn ({@link nl.codewerk.coding.CaseOfCoding}); words are those of the union of the
 * coded text per transcript; a parent's subtree columns count its own codings and those of
 * every code under it.
 */
public final class FrequencyCounter {

    private final ProjectSnapshot snapshot;

    public FrequencyCounter(ProjectSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The tallies of one row: all cases, per group and per coder, own and subtree. */
    private static final class RowTallies {
        final Tally own = new Tally();
        final Tally subtree = new Tally();
        final Map<String, Tally[]> groups = new HashMap<>();
        final Map<String, Tally[]> coders = new HashMap<>();

        void add(ScopedCoding coding, String group, String coder, boolean ownCoding) {
            if (ownCoding) {
                own.add(coding);
            }
            subtree.add(coding);
            if (group != null) {
                addTo(groups.computeIfAbsent(group, k -> new Tally[] {new Tally(), new Tally()}), coding, ownCoding);
            }
            if (coder != null) {
                addTo(coders.computeIfAbsent(coder, k -> new Tally[] {new Tally(), new Tally()}), coding, ownCoding);
            }
        }

        private static void addTo(Tally[] pair, ScopedCoding coding, boolean ownCoding) {
            if (ownCoding) {
                pair[0].add(coding);
            }
            pair[1].add(coding);
        }
    }

    public FrequencyTable count(FrequencyOptions options, Progress progress) {
        Scope scope = snapshot.scope(options.filter());
        Attribute attribute = options.grouping() == Grouping.ATTRIBUTE ? attribute(options.attribute()) : null;
        Map<Long, String> groupOfCase = new HashMap<>();
        Map<Long, String> groupOfTranscript = new HashMap<>();
        List<FrequencyTable.Group> groups = groups(scope, options.grouping(), attribute, groupOfCase, groupOfTranscript);
        List<String> coders = !options.perCoder() ? List.of()
                : options.filter().coder() != null ? List.of(options.filter().coder()) : snapshot.coders();

        Codebook codebook = snapshot.codebook();
        Map<String, RowTallies> tallies = new LinkedHashMap<>();
        scope.codes().forEach(c -> tallies.put(c.id(), new RowTallies()));
        RowTallies total = new RowTallies();
        int done = 0;
        for (ScopedCoding coding : scope.codings()) {
            String group = options.grouping() == Grouping.TRANSCRIPT ? groupOfTranscript.get(coding.transcriptId())
                    : coding.caseId() == null ? null : groupOfCase.get(coding.caseId());
            String coder = options.perCoder() ? coding.coding().coder() : null;
            tallies.get(coding.codeId()).add(coding, group, coder, true);
            Code code = codebook.get(coding.codeId()).orElseThrow();
            while (code.parentId() != null && tallies.containsKey(code.parentId())) {
                tallies.get(code.parentId()).add(coding, group, coder, false);
                code = codebook.get(code.parentId()).orElseThrow();
            }
            total.add(coding, group, coder, true);
            if (++done % 2000 == 0) {
                progress.checkCancelled();
                progress.update(done, scope.codings().size(), "");
            }
        }
        int inScope = scope.cases().size();
        List<FrequencyTable.Row> rows = new ArrayList<>();
        for (Code code : scope.codes()) {
            progress.checkCancelled();
            rows.add(row(code, codebook.depth(code.id()), CodePath.format(codebook.path(code.id())), tallies.get(code.id()), groups, coders, inScope));
        }
        FrequencyTable.Row totalRow = row(null, 0, "", total, groups, coders, inScope);
        return new FrequencyTable(scope, options, rows, totalRow, groups, coders);
    }

    private FrequencyTable.Row row(Code code, int depth, String path, RowTallies t, List<FrequencyTable.Group> groups, List<String> coders, int inScope) {
        RowCounts counts = new RowCounts(t.own.counts(inScope, snapshot::text), t.subtree.counts(inScope, snapshot::text));
        Map<String, RowCounts> byGroup = new LinkedHashMap<>();
        for (FrequencyTable.Group g : groups) {
            byGroup.put(g.key(), counts(t.groups.get(g.key()), g.cases()));
        }
        Map<String, RowCounts> byCoder = new LinkedHashMap<>();
        for (String coder : coders) {
            byCoder.put(coder, counts(t.coders.get(coder), inScope));
        }
        return new FrequencyTable.Row(code, depth, path, counts, byGroup, byCoder);
    }

    private RowCounts counts(Tally[] pair, int denominator) {
        if (pair == null) {
            return RowCounts.NONE;
        }
        return new RowCounts(pair[0].counts(denominator, snapshot::text), pair[1].counts(denominator, snapshot::text));
    }

    private Attribute attribute(String name) {
        return snapshot.attribute(name).orElseThrow(() -> new ExportException("export.unknownAttribute", name,
                String.join(", ", snapshot.attributes().stream().map(Attribute::name).toList())));
    }

    /** The column groups in display order; fills in which group each case or transcript falls in. */
    private List<FrequencyTable.Group> groups(Scope scope, Grouping grouping, Attribute attribute,
            Map<Long, String> groupOfCase, Map<Long, String> groupOfTranscript) {
        List<FrequencyTable.Group> out = new ArrayList<>();
        switch (grouping) {
            case NONE -> {
            }
            case CASE -> {
                for (long caseId : scope.cases()) {
                    String name = snapshot.cases().get(caseId).name();
                    groupOfCase.put(caseId, name);
                    out.add(new FrequencyTable.Group(name, name, 1));
                }
            }
            case TRANSCRIPT -> {
                for (TranscriptSummary t : snapshot.transcripts()) {
                    String key = out.stream().anyMatch(g -> g.key().equals(t.name())) ? t.name() + " (" + t.id() + ")" : t.name();
                    groupOfTranscript.put(t.id(), key);
                    int cases = (int) snapshot.caseOf().casesOf(t.id()).stream().filter(scope.cases()::contains).count();
                    out.add(new FrequencyTable.Group(key, key, cases));
                }
            }
            case ATTRIBUTE -> out.addAll(valueGroups(scope, attribute, groupOfCase));
        }
        return out;
    }

    /** One group per value the cases in scope have, in the values' natural order, "no value" last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<FrequencyTable.Group> valueGroups(Scope scope, Attribute attribute, Map<Long, String> groupOfCase) {
        Map<Comparable, List<Long>> byValue = new TreeMap<>();
        List<Long> withoutValue = new ArrayList<>();
        for (long caseId : scope.cases()) {
            Case c = snapshot.cases().get(caseId);
            Object value = c.attributes().get(attribute.name());
            if (value == null) {
                withoutValue.add(caseId);
            } else {
                byValue.computeIfAbsent((Comparable) value, k -> new ArrayList<>()).add(caseId);
            }
        }
        // Yes before no reads naturally; Boolean's own order puts false first.
        List<Map.Entry<Comparable, List<Long>>> entries = new ArrayList<>(byValue.entrySet());
        if (entries.size() == 2 && Boolean.FALSE.equals(entries.getFirst().getKey())) {
            Collections.reverse(entries);
        }
        List<FrequencyTable.Group> out = new ArrayList<>();
        for (Map.Entry<Comparable, List<Long>> e : entries) {
            String key = e.getKey().toString();
            e.getValue().forEach(id -> groupOfCase.put(id, key));
            out.add(new FrequencyTable.Group(key, e.getKey(), e.getValue().size()));
        }
        if (!withoutValue.isEmpty()) {
            withoutValue.forEach(id -> groupOfCase.put(id, ""));
            out.add(new FrequencyTable.Group("", null, withoutValue.size()));
        }
        return out;
    }
}
