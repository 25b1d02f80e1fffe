package nl.codewerk.export.fragments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.CaseOfCoding;
import nl.codewerk.coding.Coding;
import nl.codewerk.export.AttributionTemplate;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.Scope;
import nl.codewerk.export.ScopedCoding;
import nl.codewerk.memo.Memo;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;

/** Collects the coded fragments of a scope, per code in tree order, by transcript and position. */
public final class FragmentCollector {

    private final ProjectSnapshot snapshot;

    public FragmentCollector(ProjectSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    private record Key(String codeId, long transcriptId, int start, int end) {
    }

    public FragmentReport collect(FragmentOptions options, Progress progress) {
        Scope scope = snapshot.scope(options.filter());
        AttributionTemplate template = options.template() == null
                ? AttributionTemplate.defaultFor(snapshot.attributes())
                : new AttributionTemplate(options.template(), snapshot.attributes());
        Map<String, List<Memo>> memosByCoding = options.includeMemos() ? memos(MemoTarget.Kind.CODING) : Map.of();
        Map<String, List<Memo>> memosByCode = options.includeMemos() ? memos(MemoTarget.Kind.CODE) : Map.of();

        Map<Key, List<ScopedCoding>> passages = new LinkedHashMap<>();
        for (ScopedCoding sc : scope.codings()) {
            Coding c = sc.coding();
            passages.computeIfAbsent(new Key(c.codeId(), c.transcriptId(), c.start(), c.end()), k -> new ArrayList<>()).add(sc);
        }
        Map<String, List<Fragment>> byCode = new HashMap<>();
        Map<String, Set<Long>> casesByCode = new HashMap<>();
        int done = 0;
        for (Map.Entry<Key, List<ScopedCoding>> e : passages.entrySet()) {
            Fragment fragment = fragment(e.getKey(), e.getValue(), options, memosByCoding);
            byCode.computeIfAbsent(e.getKey().codeId(), k -> new ArrayList<>()).add(fragment);
            for (ScopedCoding sc : e.getValue()) {
                if (sc.caseId() != null) {
                    casesByCode.computeIfAbsent(sc.codeId(), k -> new HashSet<>()).add(sc.caseId());
                }
            }
            if (++done % 1000 == 0) {
                progress.checkCancelled();
                progress.update(done, passages.size(), "");
            }
        }
        Map<Long, Integer> transcriptOrder = new HashMap<>();
        List<TranscriptSummary> transcripts = snapshot.transcripts();
        for (int i = 0; i < transcripts.size(); i++) {
            transcriptOrder.put(transcripts.get(i).id(), i);
        }
        Comparator<Fragment> order = Comparator.comparingInt((Fragment f) -> transcriptOrder.getOrDefault(f.transcriptId(), Integer.MAX_VALUE))
                .thenComparingInt(Fragment::start).thenComparingInt(Fragment::end);
        Codebook codebook = snapshot.codebook();
        List<CodeFragments> codes = new ArrayList<>();
        for (Code code : scope.codes()) {
            List<Fragment> fragments = new ArrayList<>(byCode.getOrDefault(code.id(), List.of()));
            fragments.sort(order);
            int inSubtree = codebook.subtree(code.id()).stream().mapToInt(c -> byCode.getOrDefault(c.id(), List.of()).size()).sum();
            codes.add(new CodeFragments(code, codebook.depth(code.id()), fragments,
                    casesByCode.getOrDefault(code.id(), Set.of()).size(), inSubtree, memosByCode.getOrDefault(code.id(), List.of())));
        }
        return new FragmentReport(scope, options, template, codes);
    }

    private Fragment fragment(Key key, List<ScopedCoding> codings, FragmentOptions options, Map<String, List<Memo>> memosByCoding) {
        String text = snapshot.text(key.transcriptId());
        int start = Math.min(key.start(), text.length());
        int end = Math.min(key.end(), text.length());
        CaseOfCoding caseOf = snapshot.caseOf();
        Turn turn = caseOf.turnAt(key.transcriptId(), start);
        String before = "";
        String after = "";
        if (options.contextWords() > 0) {
            Turn last = caseOf.turnAt(key.transcriptId(), Math.max(start, end - 1));
            int lower = turn == null ? 0 : Math.min(start, turn.start());
            int upper = last == null ? end : Math.max(end, last.end());
            before = text.substring(ContextWindow.before(text, start, lower, options.contextWords()), start);
            after = text.substring(end, ContextWindow.after(text, end, upper, options.contextWords()));
        }
        Long caseId = codings.getFirst().caseId();
        List<Memo> memos = new ArrayList<>();
        for (ScopedCoding sc : codings) {
            memos.addAll(memosByCoding.getOrDefault(String.valueOf(sc.coding().id()), List.of()));
        }
        TranscriptSummary transcript = snapshot.transcript(key.transcriptId());
        return new Fragment(key.codeId(), key.transcriptId(), transcript == null ? "" : transcript.name(), start, end,
                text.substring(start, end), before, after, turn == null ? null : turn.speaker(),
                caseId == null ? null : snapshot.cases().get(caseId), codings.stream().map(ScopedCoding::coding).toList(), memos);
    }

    /** Memos on targets of one kind, by target id. */
    private Map<String, List<Memo>> memos(MemoTarget.Kind kind) {
        Map<String, List<Memo>> out = new HashMap<>();
        for (Memo memo : snapshot.memos()) {
            if (memo.target().kind() == kind) {
                out.computeIfAbsent(memo.target().id(), k -> new ArrayList<>()).add(memo);
            }
        }
        return out;
    }
}
