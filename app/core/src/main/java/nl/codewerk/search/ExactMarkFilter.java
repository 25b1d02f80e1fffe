package nl.codewerk.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks the unstemmed copy that {@link org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter}
 * made of every word, so one field holds both the exact form ({@code =gesprekken}) and the stem
 * ({@code gesprek}) at the same position: phrases match exact words, single words match stems.
 */
final class ExactMarkFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ExactMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            int length = term.length();
            char[] buffer = term.resizeBuffer(length + 1);
            System.arraycopy(buffer, 0, buffer, 1, length);
            buffer[0] = SearchAnalysis.EXACT_MARK;
            term.setLength(length + 1);
        }
        return true;
    }
}
