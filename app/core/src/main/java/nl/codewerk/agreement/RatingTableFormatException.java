package nl.codewerk.agreement;

/** A rating-table file that cannot be read; the message names the line and says what is wrong. */
public final class RatingTableFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public RatingTableFormatException(int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    /** One-based line of the problem, or 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }
}
