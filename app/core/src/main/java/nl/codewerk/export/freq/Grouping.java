package nl.codewerk.export.freq;

/** What a frequency table breaks its counts down by, besides all cases together. */
public enum Grouping {
    /** Only the counts over all cases in scope. */
    NONE,
    /** One column group per case. */
    CASE,
    /** One column group per transcript. */
    TRANSCRIPT,
    /** One column group per value of a case attribute. */
    ATTRIBUTE;

    public String jsonKey() {
        return switch (this) {
            case NONE -> null;
            case CASE -> "byCase";
            case TRANSCRIPT -> "byTranscript";
            case ATTRIBUTE -> "byValue";
        };
    }
}
