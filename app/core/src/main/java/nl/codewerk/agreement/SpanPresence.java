package nl.codewerk.agreement;

import java.util.List;

/**
 * Turn, sentence and paragraph comparison: a code is present in a unit for a coder when one of
 * that coder's codings of it overlaps the unit by at least one character.
 */
final class SpanPresence implements PresenceComparison {

    @Override
    public void compare(TranscriptUnits transcript, List<List<Segment>> codings, long[] counts, Sink sink) {
        List<Segment> units = transcript.units();
        int[] masks = new int[units.size()];
        for (int coder = 0; coder < codings.size(); coder++) {
            int bit = 1 << coder;
            for (Segment coding : codings.get(coder)) {
                for (int u = firstEndingAfter(units, coding.start()); u < units.size() && units.get(u).start() < coding.end(); u++) {
                    masks[u] |= bit;
                }
            }
        }
        for (int u = 0; u < masks.length; u++) {
            counts[masks[u]]++;
            if (masks[u] != 0) {
                sink.unit(units.get(u).start(), units.get(u).end(), masks[u]);
            }
        }
    }

    @Override
    public long units(TranscriptUnits transcript) {
        return transcript.units().size();
    }

    /** The first unit whose end lies after {@code offset}: units are sorted and disjoint, so ends are sorted. */
    private static int firstEndingAfter(List<Segment> units, int offset) {
        int lo = 0;
        int hi = units.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
