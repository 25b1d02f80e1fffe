package nl.codewerk.agreement;

/**
 * A cell of a rating table that cannot be read at the table's level or category set.
 * Carries the position so that a file reader can name the line instead of the unit index.
 */
final class InvalidCellException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int unit;
    private final String rater;
    private final String problem;

    InvalidCellException(int unit, String rater, String problem) {
        super("unit " + (unit + 1) + ", rater '" + rater + "': " + problem);
        this.unit = unit;
        this.rater = rater;
        this.problem = problem;
    }

    /** Zero-based unit (row) index. */
    int unit() {
        return unit;
    }

    String rater() {
        return rater;
    }

    /** The problem without the position. */
    String problem() {
        return problem;
    }
}
