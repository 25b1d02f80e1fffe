package nl.codewerk.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import nl.codewerk.util.Words;

/**
 * The text some codings cover, per transcript, as a union: where two codings (by two coders,
 * or nested) overlap, the overlapping words count once. Spans that touch are joined so a word
 * cut by a coding boundary is not counted twice.
 */
public final class CodedSpans {

    private final Map<Long, int[]> raw = new HashMap<>();
    private final Map<Long, Integer> sizes = new HashMap<>();
    private Map<Long, int[]> merged;

    public void add(long transcriptId, int start, int end) {
        int size = sizes.getOrDefault(transcriptId, 0);
        int[] spans = raw.get(transcriptId);
        if (spans == null) {
            spans = new int[8];
        } else if (size * 2 + 2 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[size * 2] = start;
        spans[size * 2 + 1] = end;
        raw.put(transcriptId, spans);
        sizes.put(transcriptId, size + 1);
        merged = null;
    }

    /** The transcripts that have spans. */
    public Set<Long> transcripts() {
        return raw.keySet();
    }

    /** Sorted, disjoint, non-touching spans of one transcript as start,end,start,end,... */
    public int[] union(long transcriptId) {
        if (merged == null) {
            merged = new HashMap<>();
        }
        return merged.computeIfAbsent(transcriptId, id -> {
            int[] spans = raw.get(id);
            return spans == null ? new int[0] : merge(spans, sizes.get(id));
        });
    }

    /** The words in the union, counted as {@link Words} counts them, over all transcripts. */
    public long words(LongFunction<String> textOf) {
        long words = 0;
        for (long transcriptId : raw.keySet()) {
            String text = textOf.apply(transcriptId);
            int[] union = union(transcriptId);
            for (int i = 0; i < union.length; i += 2) {
                words += Words.count(text, Math.min(union[i], text.length()), Math.min(union[i + 1], text.length()));
            }
        }
        return words;
    }

    /** How many separate stretches of text two unions share (see {@link #union}). */
    public static int sharedStretches(int[] a, int[] b) {
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int start = Math.max(a[i], b[j]);
            int end = Math.min(a[i + 1], b[j + 1]);
            if (start < end) {
                count++;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return count;
    }

    private static int[] merge(int[] spans, int size) {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            packed[i] = ((long) spans[i * 2] << 32) | (spans[i * 2 + 1] & 0xffffffffL);
        }
        Arrays.sort(packed);
        int[] out = new int[size * 2];
        int n = 0;
        for (long p : packed) {
            int start = (int) (p >>> 32);
            int end = (int) p;
            if (n > 0 && start <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], end);
            } else {
                out[n++] = start;
                out[n++] = end;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
