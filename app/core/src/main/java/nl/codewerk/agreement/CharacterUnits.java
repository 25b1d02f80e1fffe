package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Character comparison: every character of the transcript's turns (spoken words) is a unit, and a
 * code is present at a character for a coder when one of that coder's codings of it covers the
 * character. Counted by sweeping over span boundaries rather than character by character, and a
 * coded unit is reported as a maximal run of characters (within one turn) with the same pattern.
 */
final class CharacterUnits implements PresenceComparison {

    @Override
    public void compare(TranscriptUnits transcript, List<List<Segment>> codings, long[] counts, Sink sink) {
        List<Segment> turns = transcript.turns();
        int coders = codings.size();
        List<List<Segment>> covered = new ArrayList<>(coders);
        int boundaryCount = turns.size() * 2;
        for (List<Segment> spans : codings) {
            List<Segment> merged = merge(spans);
            covered.add(merged);
            boundaryCount += merged.size() * 2;
        }
        int[] boundaries = new int[boundaryCount];
        int b = 0;
        for (Segment turn : turns) {
            boundaries[b++] = turn.start();
            boundaries[b++] = turn.end();
        }
        for (List<Segment> merged : covered) {
            for (Segment s : merged) {
                boundaries[b++] = s.start();
                boundaries[b++] = s.end();
            }
        }
        Arrays.sort(boundaries);
        int turn = 0;
        int[] at = new int[coders];
        int runStart = -1;
        int runEnd = -1;
        int runPattern = 0;
        int runTurn = -1;
        for (int i = 0; i + 1 < boundaries.length; i++) {
            int x = boundaries[i];
            int y = boundaries[i + 1];
            if (x == y) {
                continue;
            }
            while (turn < turns.size() && turns.get(turn).end() <= x) {
                turn++;
            }
            if (turn == turns.size() || turns.get(turn).start() > x) {
                continue; // between turns: labels, timestamps, blank lines are not compared
            }
            int pattern = 0;
            for (int r = 0; r < coders; r++) {
                List<Segment> merged = covered.get(r);
                while (at[r] < merged.size() && merged.get(at[r]).end() <= x) {
                    at[r]++;
                }
                if (at[r] < merged.size() && merged.get(at[r]).start() <= x) {
                    pattern |= 1 << r;
                }
            }
            counts[pattern] += y - x;
            boolean coded = pattern != 0;
            if (coded && pattern == runPattern && runEnd == x && runTurn == turn) {
                runEnd = y;
                continue;
            }
            if (runStart >= 0) {
                sink.unit(runStart, runEnd, runPattern);
                runStart = -1;
                runPattern = 0;
            }
            if (coded) {
                runStart = x;
                runEnd = y;
                runPattern = pattern;
                runTurn = turn;
            }
        }
        if (runStart >= 0) {
            sink.unit(runStart, runEnd, runPattern);
        }
    }

    @Override
    public long units(TranscriptUnits transcript) {
        return transcript.turnCharacters();
    }

    /** The characters a coder's codings cover, as sorted disjoint spans (overlapping codings count once). */
    static List<Segment> merge(List<Segment> spans) {
        List<Segment> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Segment> out = new ArrayList<>();
        for (Segment s : sorted) {
            if (s.length() == 0) {
                continue;
            }
            if (!out.isEmpty() && out.getLast().end() >= s.start()) {
                Segment last = out.removeLast();
                out.add(new Segment(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
