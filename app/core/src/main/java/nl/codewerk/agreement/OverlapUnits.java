package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Segment-overlap comparison of two coders: the units are the coded segments themselves. A
 * segment of coder A and one of coder B (same code, same transcript) match when their overlap is
 * at least X% of their union. Each segment matches at most one other; candidate pairs are taken
 * in decreasing order of overlap ratio (ties: earlier segments first), which makes the matching
 * deterministic. A matched pair is reported as one unit spanning both segments. A match is "both", an unmatched segment "only A" or "only B"; there is no
 * "neither" at this unit, because no segment exists that nobody coded.
 */
final class OverlapUnits implements PresenceComparison {

    /** Why the chance-corrected measures are not reported at this unit. */
    static final String NO_ABSENCE_REASON =
            "segment overlap has no units where both coders agree a code is absent";

    private final double percent;

    OverlapUnits(double percent) {
        this.percent = percent;
    }

    private record Candidate(int a, int b, long overlap, long union) {
    }

    @Override
    public void compare(TranscriptUnits transcript, List<List<Segment>> codings, long[] counts, Sink sink) {
        if (codings.size() != 2) {
            throw new IllegalArgumentException("segment overlap compares two coders, got " + codings.size());
        }
        List<Segment> a = sorted(codings.get(0));
        List<Segment> b = sorted(codings.get(1));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                long overlap = a.get(i).overlap(b.get(j));
                if (overlap == 0) {
                    continue;
                }
                long union = Math.max(a.get(i).end(), b.get(j).end()) - Math.min(a.get(i).start(), b.get(j).start());
                if (overlap * 100.0 >= percent * union) {
                    candidates.add(new Candidate(i, j, overlap, union));
                }
            }
        }
        // Ratio overlap/union compared exactly by cross-multiplication.
        candidates.sort(((Comparator<Candidate>) (x, y) -> Long.compare(y.overlap * x.union, x.overlap * y.union))
                .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
        boolean[] matchedA = new boolean[a.size()];
        boolean[] matchedB = new boolean[b.size()];
        for (Candidate c : candidates) {
            if (!matchedA[c.a] && !matchedB[c.b]) {
                matchedA[c.a] = true;
                matchedB[c.b] = true;
                counts[3]++;
                Segment x = a.get(c.a);
                Segment y = b.get(c.b);
                sink.unit(Math.min(x.start(), y.start()), Math.max(x.end(), y.end()), 3);
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!matchedA[i]) {
                counts[1]++;
                sink.unit(a.get(i).start(), a.get(i).end(), 1);
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!matchedB[j]) {
                counts[2]++;
                sink.unit(b.get(j).start(), b.get(j).end(), 2);
            }
        }
    }

    @Override
    public long units(TranscriptUnits transcript) {
        return 0;
    }

    private static List<Segment> sorted(List<Segment> spans) {
        List<Segment> out = new ArrayList<>(spans);
        out.sort(null);
        return out;
    }
}
