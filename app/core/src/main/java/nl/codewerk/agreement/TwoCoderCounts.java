package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Presence/absence of one code for two coders over a set of units (turns, sentences, ...):
 * in how many units both applied it, only coder A, only coder B, or neither.
 *
 * @param both    units where both coders applied the code
 * @param onlyA   units where only coder A applied it
 * @param onlyB   units where only coder B applied it
 * @param neither units where neither did
 * @param units   all units compared; must equal the sum of the four cells, because "neither"
 *                is a real observation (agreement on absence), not a remainder to guess
 */
public record TwoCoderCounts(int both, int onlyA, int onlyB, int neither, int units) {

    public static final String PRESENT = "yes";
    public static final String ABSENT = "no";

    public TwoCoderCounts {
        if (both < 0 || onlyA < 0 || onlyB < 0 || neither < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + both + ", " + onlyA + ", " + onlyB
                    + ", " + neither);
        }
        if ((long) both + onlyA + onlyB + neither != units) {
            throw new IllegalArgumentException("both + onlyA + onlyB + neither = "
                    + ((long) both + onlyA + onlyB + neither) + " but units = " + units);
        }
    }

    public static TwoCoderCounts of(int both, int onlyA, int onlyB, int neither) {
        return new TwoCoderCounts(both, onlyA, onlyB, neither, both + onlyA + onlyB + neither);
    }

    /** One row per unit, yes/no per coder, with the category set {yes, no} so that q = 2. */
    public RatingTable toRatingTable(String coderA, String coderB) {
        List<List<String>> rows = new ArrayList<>(units);
        rows.addAll(Collections.nCopies(both, List.of(PRESENT, PRESENT)));
        rows.addAll(Collections.nCopies(onlyA, List.of(PRESENT, ABSENT)));
        rows.addAll(Collections.nCopies(onlyB, List.of(ABSENT, PRESENT)));
        rows.addAll(Collections.nCopies(neither, List.of(ABSENT, ABSENT)));
        return RatingTable.of(List.of(coderA, coderB), rows, MeasureLevel.NOMINAL, List.of(PRESENT, ABSENT));
    }

    public RatingTable toRatingTable() {
        return toRatingTable("A", "B");
    }

    /**
     * Pools several codes by stacking their unit tables: each (code, unit) pair becomes one row,
     * so the pooled table has sum(units) rows and the bootstrap resamples (code, unit) pairs.
     * Any measure is then computed once on the stacked table; this is not the mean of per-code
     * values, and the "neither" cells of every code count as observed agreement on absence.
     */
    public static RatingTable pooled(List<TwoCoderCounts> perCode, String coderA, String coderB) {
        if (perCode.isEmpty()) {
            throw new IllegalArgumentException("no codes to pool");
        }
        return RatingTable.concat(perCode.stream().map(c -> c.toRatingTable(coderA, coderB)).toList());
    }

    public static RatingTable pooled(List<TwoCoderCounts> perCode) {
        return pooled(perCode, "A", "B");
    }
}
