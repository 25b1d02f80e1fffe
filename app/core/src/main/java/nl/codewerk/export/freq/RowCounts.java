package nl.codewerk.export.freq;

/** A code's counts of its own codings and of the codings of its whole subtree. */
public record RowCounts(Counts own, Counts subtree) {

    public static final RowCounts NONE = new RowCounts(Counts.NONE, Counts.NONE);
}
