package nl.codewerk.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Emits every (folded) word as its exact form marked with {@link SearchAnalysis#EXACT_MARK}
 * ({@code =gesprekken}) and, at the same position, its Dutch stem ({@code gesprek}) when that
 * differs from the word. A word that is its own stem ({@code de}, {@code mentor}) gets only the
 * exact form, so queries look for a stem {@code s} as {@code s} or {@code =s}
 * ({@link SearchAnalysis#stemQuery}). Phrases, wildcards and fuzzy words are matched against
 * exact forms, single words against stems. Stems are remembered per word: interview text
 * repeats its words so much that the cache saves most of the Snowball stemmer's work.
 */
final class StemAndExactFilter extends TokenFilter {

    private static final int CACHE_LIMIT = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final DutchStemmer stemmer = new DutchStemmer();
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    private char[] pendingStem;

    StemAndExactFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingStem != null) {
            // Same offsets and type as the exact form just emitted; only the text and position change.
            term.copyBuffer(pendingStem, 0, pendingStem.length);
            increment.setPositionIncrement(0);
            pendingStem = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] stem = stems.get(buffer, 0, length);
        if (stem == null) {
            // The stemmer works in the array it is given: never hand it the term's own buffer.
            stemmer.setCurrent(java.util.Arrays.copyOf(buffer, length), length);
            stemmer.stem();
            stem = java.util.Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            if (stems.size() >= CACHE_LIMIT) {
                stems.clear();
            }
            stems.put(java.util.Arrays.copyOf(buffer, length), stem);
        }
        // One token fewer for every word that is its own stem: about half of all words.
        pendingStem = java.util.Arrays.equals(stem, 0, stem.length, buffer, 0, length) ? null : stem;
        buffer = term.resizeBuffer(length + 1);
        System.arraycopy(buffer, 0, buffer, 1, length);
        buffer[0] = SearchAnalysis.EXACT_MARK;
        term.setLength(length + 1);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingStem = null;
    }
}
