package nl.codewerk.ui.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.coding.Coding;

/**
 * Gives each coding a column in the margin so overlapping codings stand side by side, like
 * MAXQDA's coding stripes. Greedy: a coding takes the leftmost column free at its start.
 */
final class CodingLanes {

    static final int MAX_LANES = 8;

    private final Map<Long, Integer> laneOf = new HashMap<>();
    private final int count;

    CodingLanes(List<Coding> codings) {
        List<Coding> ordered = new ArrayList<>(codings);
        ordered.sort(Comparator.comparingInt(Coding::start).thenComparing(Comparator.comparingInt(Coding::length).reversed()));
        List<Integer> laneEnds = new ArrayList<>();
        for (Coding coding : ordered) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > coding.start()) {
                lane++;
            }
            if (lane >= MAX_LANES) {
                // Beyond eight overlapping codings the last column is shared; the tooltip lists all.
                lane = MAX_LANES - 1;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(coding.end());
            } else {
                laneEnds.set(lane, Math.max(laneEnds.get(lane), coding.end()));
            }
            laneOf.put(coding.id(), lane);
        }
        count = laneEnds.size();
    }

    int lane(Coding coding) {
        return laneOf.getOrDefault(coding.id(), 0);
    }

    int count() {
        return count;
    }
}
