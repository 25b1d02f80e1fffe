package nl.codewerk.search;

/**
 * A word and how often it occurs. Forms that differ only in case or diacritics count as one
 * word, shown in its most frequent written form (lower case).
 *
 * @param transcripts in how many transcripts it occurs
 * @param share       its count as a fraction of all counted words
 */
public record WordCount(String word, int count, int transcripts, double share) {
}
