package nl.codewerk.search;

/** Orders in which a keyword-in-context list can be shown. */
public enum HitSort {
    /** Transcript by name, then where the hit is in it: reading order. */
    POSITION,
    /** Best-matching turns first (words rarer in the project weigh more), then reading order. */
    RELEVANCE,
    /** By speaker label, then reading order. */
    SPEAKER,
    /** By the matched words (ignoring case and diacritics), then reading order. */
    MATCH
}
