package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * Presence of one code (or of several codes pooled) for two or more coders: for every presence
 * pattern, the number of units that show it. A pattern is a bit mask over the coders, bit i set
 * when coder i applied the code in the unit; pattern 0 is "nobody applied it", which is observed
 * agreement on absence.
 *
 * <p>With complete yes/no ratings every measure depends only on these counts, so the project's
 * agreement never has to materialise a row per unit (see {@link PresenceMeasures}). Pooling codes
 * is adding their counts, which is the same as stacking their unit tables
 * ({@link TwoCoderCounts#pooled}). Counts are {@code long}: a pooled character-level table can
 * exceed two billion units.
 */
public final class PresenceCounts {

    /** 2^16 patterns is already far more coders than a reliability study has. */
    public static final int MAX_CODERS = 16;

    private final List<String> coders;
    private final long[] patterns;

    private PresenceCounts(List<String> coders, long[] patterns) {
        this.coders = coders;
        this.patterns = patterns;
    }

    /** Counts indexed by pattern; {@code patterns.length} must be 2^coders. */
    public static PresenceCounts of(List<String> coders, long[] patterns) {
        List<String> names = List.copyOf(coders);
        if (names.size() < 2 || names.size() > MAX_CODERS) {
            throw new IllegalArgumentException("presence counts need 2 to " + MAX_CODERS + " coders, got " + names.size());
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("a coder appears twice in " + names);
        }
        if (patterns.length != 1 << names.size()) {
            throw new IllegalArgumentException(names.size() + " coders have " + (1 << names.size())
                    + " presence patterns, got " + patterns.length + " counts");
        }
        for (long count : patterns) {
            if (count < 0) {
                throw new IllegalArgumentException("counts cannot be negative: " + Arrays.toString(patterns));
            }
        }
        return new PresenceCounts(names, patterns.clone());
    }

    /** Two coders: pattern 1 is only A (the first coder), 2 only B, 3 both, 0 neither. */
    public static PresenceCounts of(String coderA, String coderB, TwoCoderCounts counts) {
        return of(List.of(coderA, coderB), new long[] {counts.neither(), counts.onlyA(), counts.onlyB(), counts.both()});
    }

    public static PresenceCounts empty(List<String> coders) {
        return of(coders, new long[1 << coders.size()]);
    }

    public List<String> coders() {
        return coders;
    }

    public int coderCount() {
        return coders.size();
    }

    /** Units showing the pattern (bit i set = coder i applied the code). */
    public long pattern(int mask) {
        return patterns[mask];
    }

    long[] patterns() {
        return patterns.clone();
    }

    public long units() {
        long n = 0;
        for (long count : patterns) {
            n += count;
        }
        return n;
    }

    /** Units where every coder applied the code. */
    public long allCoders() {
        return patterns[patterns.length - 1];
    }

    /** Units where no coder applied it. */
    public long noCoder() {
        return patterns[0];
    }

    /** Units where some but not all coders applied it: the disagreements. */
    public long someCoders() {
        return units() - allCoders() - noCoder();
    }

    /** Units where the given coder applied the code. */
    public long presentFor(int coder) {
        long n = 0;
        for (int mask = 0; mask < patterns.length; mask++) {
            if ((mask & (1 << coder)) != 0) {
                n += patterns[mask];
            }
        }
        return n;
    }

    public long both() {
        requireTwo();
        return patterns[3];
    }

    public long onlyA() {
        requireTwo();
        return patterns[1];
    }

    public long onlyB() {
        requireTwo();
        return patterns[2];
    }

    public long neither() {
        requireTwo();
        return patterns[0];
    }

    /** The sum of two count tables over the same coders: their units stacked. */
    public PresenceCounts plus(PresenceCounts other) {
        if (!coders.equals(other.coders)) {
            throw new IllegalArgumentException("cannot add counts of coders " + coders + " and " + other.coders);
        }
        long[] sum = new long[patterns.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Math.addExact(patterns[i], other.patterns[i]);
        }
        return new PresenceCounts(coders, sum);
    }

    /** The two-coder counts, when they fit the int-based {@link TwoCoderCounts}. */
    public TwoCoderCounts toTwoCoderCounts() {
        requireTwo();
        return TwoCoderCounts.of(Math.toIntExact(both()), Math.toIntExact(onlyA()), Math.toIntExact(onlyB()),
                Math.toIntExact(neither()));
    }

    /**
     * One row per unit, "yes"/"no" per coder, with the declared scale {yes, no}; rows grouped by
     * pattern. Meant for small tables (tests, exporting a table to check elsewhere).
     */
    public RatingTable toRatingTable() {
        List<List<String>> rows = new ArrayList<>();
        for (int mask = 0; mask < patterns.length; mask++) {
            rows.addAll(Collections.nCopies(Math.toIntExact(patterns[mask]), row(mask)));
        }
        return table(rows);
    }

    /**
     * One row per pattern that occurs. Whether a measure is defined depends only on which patterns
     * occur, so this tiny table gives the same "not defined" answer, with the same reason, as the
     * full one.
     */
    RatingTable patternTable() {
        List<List<String>> rows = new ArrayList<>();
        for (int mask = 0; mask < patterns.length; mask++) {
            if (patterns[mask] > 0) {
                rows.add(row(mask));
            }
        }
        return table(rows);
    }

    private List<String> row(int mask) {
        List<String> row = new ArrayList<>(coders.size());
        for (int r = 0; r < coders.size(); r++) {
            row.add((mask & (1 << r)) != 0 ? TwoCoderCounts.PRESENT : TwoCoderCounts.ABSENT);
        }
        return row;
    }

    private RatingTable table(List<List<String>> rows) {
        return RatingTable.of(coders, rows, MeasureLevel.NOMINAL, List.of(TwoCoderCounts.PRESENT, TwoCoderCounts.ABSENT));
    }

    private void requireTwo() {
        if (coders.size() != 2) {
            throw new IllegalStateException("both/only A/only B/neither are counts of two coders; there are " + coders.size());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresenceCounts other && coders.equals(other.coders) && Arrays.equals(patterns, other.patterns);
    }

    @Override
    public int hashCode() {
        return coders.hashCode() * 31 + Arrays.hashCode(patterns);
    }

    @Override
    public String toString() {
        return "PresenceCounts" + coders + Arrays.toString(patterns);
    }
}
