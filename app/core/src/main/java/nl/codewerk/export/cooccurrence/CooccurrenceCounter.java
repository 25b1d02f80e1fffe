package nl.codewerk.export.cooccurrence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.codewerk.codebook.Code;
import nl.codewerk.export.CodedSpans;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.Scope;
import nl.codewerk.export.ScopedCoding;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;

/**
 * Counts how often codes occur together, per turn or per overlapping coded text. Counting
 * stretches of the union of each code's coded text (not pairs of codings) keeps two coders
 * who coded the same passage from counting it twice.
 */
public final class CooccurrenceCounter {

    private final ProjectSnapshot snapshot;

    public CooccurrenceCounter(ProjectSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public CooccurrenceMatrix count(ExportFilter filter, CooccurrenceUnit unit, Progress progress) {
        Scope scope = snapshot.scope(filter);
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Code> codes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        scope.codings().forEach(c -> used.add(c.codeId()));
        for (Code code : scope.codes()) {
            if (used.contains(code.id())) {
                index.put(code.id(), codes.size());
                codes.add(code);
            }
        }
        int[][] counts = new int[codes.size()][codes.size()];
        Map<Long, List<ScopedCoding>> byTranscript = new LinkedHashMap<>();
        scope.codings().forEach(c -> byTranscript.computeIfAbsent(c.transcriptId(), k -> new ArrayList<>()).add(c));
        int done = 0;
        for (Map.Entry<Long, List<ScopedCoding>> e : byTranscript.entrySet()) {
            progress.checkCancelled();
            progress.update(done++, byTranscript.size(), "");
            if (unit == CooccurrenceUnit.TURN) {
                countTurns(snapshot.caseOf().turns(e.getKey()), e.getValue(), index, counts);
            } else {
                countOverlaps(e.getKey(), e.getValue(), index, counts);
            }
        }
        return new CooccurrenceMatrix(scope, unit, codes, counts);
    }

    private static void countTurns(List<Turn> turns, List<ScopedCoding> codings, Map<String, Integer> index, int[][] counts) {
        int[] starts = new int[turns.size()];
        for (int i = 0; i < turns.size(); i++) {
            starts[i] = turns.get(i).start();
        }
        Map<Integer, BitSet> codesInTurn = new HashMap<>();
        for (ScopedCoding sc : codings) {
            int found = Arrays.binarySearch(starts, sc.coding().start());
            // Start at the turn the coding begins in (or the one before, whose words it may still cover).
            int from = Math.max(0, found >= 0 ? found : -found - 2);
            for (int t = from; t < turns.size() && turns.get(t).start() < sc.coding().end(); t++) {
                if (turns.get(t).overlaps(sc.coding().start(), sc.coding().end())) {
                    codesInTurn.computeIfAbsent(t, k -> new BitSet()).set(index.get(sc.codeId()));
                }
            }
        }
        for (BitSet present : codesInTurn.values()) {
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                for (int j = present.nextSetBit(i); j >= 0; j = present.nextSetBit(j + 1)) {
                    counts[i][j]++;
                    if (i != j) {
                        counts[j][i]++;
                    }
                }
            }
        }
    }

    private static void countOverlaps(long transcriptId, List<ScopedCoding> codings, Map<String, Integer> index, int[][] counts) {
        Map<Integer, CodedSpans> spans = new HashMap<>();
        for (ScopedCoding sc : codings) {
            spans.computeIfAbsent(index.get(sc.codeId()), k -> new CodedSpans())
                    .add(transcriptId, sc.coding().start(), sc.coding().end());
        }
        List<Integer> present = new ArrayList<>(spans.keySet());
        for (int a = 0; a < present.size(); a++) {
            int i = present.get(a);
            int[] unionI = spans.get(i).union(transcriptId);
            counts[i][i] += unionI.length / 2;
            for (int b = a + 1; b < present.size(); b++) {
                int j = present.get(b);
                int shared = CodedSpans.sharedStretches(unionI, spans.get(j).union(transcriptId));
                counts[i][j] += shared;
                counts[j][i] += shared;
            }
        }
    }
}
