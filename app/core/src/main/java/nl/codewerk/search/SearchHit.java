package nl.codewerk.search;

/**
 * One match of a query: {@code [start, end)} are UTF-16 offsets into the transcript text
 * covering exactly the matched words (a phrase from its first to its last word). The context
 * parts are for display: whitespace is collapsed to single spaces and a cut is marked with
 * "…"; the exact matched text is {@code transcript.text().substring(start, end)}.
 */
public record SearchHit(long transcriptId, String transcriptName, int turn, String speaker, int start, int end,
        String before, String match, String after, float score) {

    public static final String MARK_OPEN = "«";
    public static final String MARK_CLOSE = "»";

    /** The hit in its context, the matched words between « and ». */
    public String snippet() {
        return before + MARK_OPEN + match + MARK_CLOSE + after;
    }
}
