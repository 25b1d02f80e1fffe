package nl.codewerk.merge;

/**
 * Something in the other project that could not be matched without guessing; its codings were
 * left out of the merge.
 *
 * @param kind    {@code code-renamed}, {@code code-parent-missing}, {@code transcript-missing} or
 *                {@code transcript-ambiguous}
 * @param subject the code id or the transcript name in the other project
 * @param here    the code's name path in this project (code-renamed), else null
 * @param there   the code's name path in the other project, or the transcript's text SHA-256
 * @param codings how many of the other project's codings this held back
 * @param message the conflict in a sentence, in the user's language
 */
public record MergeConflict(String kind, String subject, String here, String there, int codings, String message) {

    public static final String CODE_RENAMED = "code-renamed";
    public static final String CODE_PARENT_MISSING = "code-parent-missing";
    public static final String TRANSCRIPT_MISSING = "transcript-missing";
    public static final String TRANSCRIPT_AMBIGUOUS = "transcript-ambiguous";
}
