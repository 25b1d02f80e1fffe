package nl.codewerk.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ratings of units (rows) by raters (columns); a cell holds a category value or is missing.
 *
 * <p>The table also fixes the scale the measures work on: the level of measurement and the
 * ordered category set. Cells are read once, here, so every measure agrees on what counts as
 * the same category ("1" and "1.0" are one category at ordinal, interval and ratio level;
 * at nominal level they are different labels).
 *
 * <p>The category set is the one given by the user (so that unused categories still count for
 * Brennan-Prediger and Gwet's AC1), else the observed values. Order matters only for the
 * ordinal metric: the given order, else numeric when all categories are numbers, else
 * lexicographic.
 *
 * <p>Immutable.
 */
public final class RatingTable {

    /** Plain decimal numbers; a single comma is read as the decimal separator (Dutch spreadsheets). */
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][+-]?\\d+)?");

    private final List<String> raters;
    private final String[][] cells;
    private final MeasureLevel level;
    private final List<String> categories;
    private final boolean categoriesGiven;
    private final double[] numbers;
    private final int[][] codes;

    private RatingTable(List<String> raters, String[][] cells, MeasureLevel level, List<String> categories,
            boolean categoriesGiven, double[] numbers, int[][] codes) {
        this.raters = raters;
        this.cells = cells;
        this.level = level;
        this.categories = categories;
        this.categoriesGiven = categoriesGiven;
        this.numbers = numbers;
        this.codes = codes;
    }

    /** A nominal table with the observed categories. */
    public static RatingTable of(List<String> raters, List<? extends List<String>> rows) {
        return of(raters, rows, MeasureLevel.NOMINAL, null);
    }

    /**
     * Reads a table.
     *
     * @param raters     column names, distinct and not blank
     * @param rows       one list per unit with one cell per rater; {@code null} or blank is missing
     * @param level      how values are compared
     * @param categories the full category set in scale order, or {@code null} for the observed values
     * @throws IllegalArgumentException when a row has the wrong length, a value is not a number at
     *                                  interval or ratio level, or a value is outside the given categories
     */
    public static RatingTable of(List<String> raters, List<? extends List<String>> rows, MeasureLevel level,
            List<String> categories) {
        Objects.requireNonNull(level, "level");
        List<String> names = checkRaters(raters);
        String[][] cells = new String[rows.size()][];
        for (int u = 0; u < rows.size(); u++) {
            List<String> row = rows.get(u);
            if (row.size() != names.size()) {
                throw new IllegalArgumentException("unit " + (u + 1) + " has " + row.size()
                        + " cells but the table has " + names.size() + " raters");
            }
            String[] stripped = new String[names.size()];
            for (int r = 0; r < stripped.length; r++) {
                String cell = row.get(r);
                stripped[r] = cell == null || cell.isBlank() ? null : cell.strip();
            }
            cells[u] = stripped;
        }
        return build(names, cells, level, categories);
    }

    /** The same cells read at another level or against another category set. */
    public RatingTable withScale(MeasureLevel newLevel, List<String> newCategories) {
        return build(raters, cells, Objects.requireNonNull(newLevel, "level"), newCategories);
    }

    /**
     * The units at the given indices, in that order; repeats are allowed (bootstrap resamples).
     * The category set stays that of this table, so q for Brennan-Prediger and AC1 does not
     * shrink when a resample happens to miss a category.
     */
    public RatingTable selectUnits(int[] unitIndices) {
        String[][] newCells = new String[unitIndices.length][];
        int[][] newCodes = new int[unitIndices.length][];
        for (int i = 0; i < unitIndices.length; i++) {
            Objects.checkIndex(unitIndices[i], cells.length);
            newCells[i] = cells[unitIndices[i]];
            newCodes[i] = codes[unitIndices[i]];
        }
        return new RatingTable(raters, newCells, level, categories, categoriesGiven, numbers, newCodes);
    }

    /** The raters at the given indices, in that order (a permutation or a subset). */
    public RatingTable selectRaters(int[] raterIndices) {
        List<String> newRaters = new ArrayList<>();
        for (int r : raterIndices) {
            newRaters.add(raters.get(r));
        }
        checkRaters(newRaters);
        String[][] newCells = new String[cells.length][raterIndices.length];
        int[][] newCodes = new int[cells.length][raterIndices.length];
        for (int u = 0; u < cells.length; u++) {
            for (int i = 0; i < raterIndices.length; i++) {
                newCells[u][i] = cells[u][raterIndices[i]];
                newCodes[u][i] = codes[u][raterIndices[i]];
            }
        }
        return new RatingTable(List.copyOf(newRaters), newCells, level, categories, categoriesGiven, numbers,
                newCodes);
    }

    /**
     * Stacks tables with the same raters and level: the units of the first, then of the second, ...
     * This is how per-code presence tables are pooled (see {@link TwoCoderCounts#pooled}).
     * The category set is the union of the given sets when every table has one, else observed.
     */
    public static RatingTable concat(List<RatingTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        RatingTable first = tables.getFirst();
        List<String[]> allCells = new ArrayList<>();
        boolean allGiven = true;
        Map<Object, String> union = new LinkedHashMap<>();
        for (RatingTable t : tables) {
            if (!t.raters.equals(first.raters)) {
                throw new IllegalArgumentException("cannot stack tables with raters " + first.raters + " and "
                        + t.raters);
            }
            if (t.level != first.level) {
                throw new IllegalArgumentException("cannot stack tables at levels " + first.level.id() + " and "
                        + t.level.id());
            }
            allCells.addAll(Arrays.asList(t.cells));
            allGiven &= t.categoriesGiven;
            for (String c : t.categories) {
                union.putIfAbsent(key(c, first.level, -1, ""), c);
            }
        }
        return build(first.raters, allCells.toArray(String[][]::new), first.level,
                allGiven ? List.copyOf(union.values()) : null);
    }

    public int unitCount() {
        return cells.length;
    }

    public int raterCount() {
        return raters.size();
    }

    public List<String> raters() {
        return raters;
    }

    /** The cell text (stripped), or {@code null} when missing. */
    public String rating(int unit, int rater) {
        return cells[unit][rater];
    }

    public MeasureLevel level() {
        return level;
    }

    /** The category set in scale order: the given one, or the observed values. */
    public List<String> categories() {
        return categories;
    }

    /** Whether {@link #categories()} was given by the user rather than observed. */
    public boolean categoriesGiven() {
        return categoriesGiven;
    }

    /** Index of the cell's category in {@link #categories()}, or -1 when missing. */
    int code(int unit, int rater) {
        return codes[unit][rater];
    }

    /** Numeric value of a category; NaN when it is not a number (nominal or ordinal labels). */
    double number(int category) {
        return numbers[category];
    }

    @Override
    public String toString() {
        return "RatingTable[" + cells.length + " units x " + raters.size() + " raters, " + level.id() + ", "
                + "categories " + categories + (categoriesGiven ? " (given)" : " (observed)") + "]";
    }

    private static List<String> checkRaters(List<String> raters) {
        if (raters.isEmpty()) {
            throw new IllegalArgumentException("a rating table needs at least one rater");
        }
        Set<String> seen = new HashSet<>();
        for (String name : raters) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("rater names must not be blank");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("rater '" + name + "' appears twice");
            }
        }
        return List.copyOf(raters);
    }

    private static RatingTable build(List<String> raters, String[][] cells, MeasureLevel level,
            List<String> givenCategories) {
        // Category identity is by key: a Double for numbers at non-nominal levels, else the text.
        Map<Object, Integer> index = new HashMap<>();
        List<String> labels = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        boolean given = givenCategories != null;
        if (given) {
            for (String label : givenCategories) {
                if (label == null || label.isBlank()) {
                    throw new IllegalArgumentException("a given category is blank");
                }
                String text = label.strip();
                Object key = key(text, level, -1, "");
                if (index.putIfAbsent(key, labels.size()) != null) {
                    throw new IllegalArgumentException("category '" + text + "' is given twice");
                }
                labels.add(text);
                keys.add(key);
            }
        } else {
            Map<Object, String> observed = new HashMap<>();
            for (int u = 0; u < cells.length; u++) {
                for (int r = 0; r < raters.size(); r++) {
                    String cell = cells[u][r];
                    if (cell != null) {
                        Object key = key(cell, level, u, raters.get(r));
                        observed.putIfAbsent(key, key instanceof Double d ? canonical(d) : cell);
                    }
                }
            }
            List<Map.Entry<Object, String>> sorted = new ArrayList<>(observed.entrySet());
            boolean allNumbers = sorted.stream().allMatch(e -> e.getKey() instanceof Double);
            sorted.sort(allNumbers
                    ? Comparator.comparingDouble(e -> (Double) e.getKey())
                    : Map.Entry.comparingByValue());
            for (Map.Entry<Object, String> e : sorted) {
                index.put(e.getKey(), labels.size());
                labels.add(e.getValue());
                keys.add(e.getKey());
            }
        }
        double[] numbers = new double[keys.size()];
        for (int c = 0; c < numbers.length; c++) {
            numbers[c] = keys.get(c) instanceof Double d ? d : Double.NaN;
        }
        int[][] codes = new int[cells.length][raters.size()];
        for (int u = 0; u < cells.length; u++) {
            for (int r = 0; r < raters.size(); r++) {
                String cell = cells[u][r];
                if (cell == null) {
                    codes[u][r] = -1;
                    continue;
                }
                Integer code = index.get(key(cell, level, u, raters.get(r)));
                if (code == null) {
                    throw new InvalidCellException(u, raters.get(r),
                            "value '" + cell + "' is not among the given categories " + labels);
                }
                codes[u][r] = code;
            }
        }
        return new RatingTable(raters, cells, level, List.copyOf(labels), given, numbers, codes);
    }

    /** Identity of a cell value at a level; unit -1 means a given category rather than a cell. */
    private static Object key(String text, MeasureLevel level, int unit, String rater) {
        if (!level.readsNumbers()) {
            return text;
        }
        Optional<Double> number = parseNumber(text);
        if (number.isEmpty()) {
            if (level.requiresNumbers()) {
                String problem = "value '" + text + "' is not a number, which level " + level.id() + " requires";
                throw unit < 0 ? new IllegalArgumentException("category " + problem)
                        : new InvalidCellException(unit, rater, problem);
            }
            return text;
        }
        double value = number.get();
        if (level == MeasureLevel.RATIO && value < 0) {
            // The ratio metric compares (c-k)/(c+k); it is meaningless below an absolute zero.
            String problem = "value '" + text + "' is negative, which level ratio does not allow";
            throw unit < 0 ? new IllegalArgumentException("category " + problem)
                    : new InvalidCellException(unit, rater, problem);
        }
        return value;
    }

    static Optional<Double> parseNumber(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(text.replace(',', '.'));
        if (!Double.isFinite(value)) {
            return Optional.empty();
        }
        return Optional.of(value + 0.0); // folds -0.0 into 0.0 so that "-0" and "0" are one category
    }

    private static String canonical(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
