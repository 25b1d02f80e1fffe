package nl.codewerk.search;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds diacritics away so {@code geinterviewd} finds {@code geïnterviewd}. Unlike Lucene's
 * ASCIIFoldingFilter alone it also removes combining marks, which some word processors write
 * after the letter (e + U+0308) instead of the precomposed ë. Offsets stay those of the tokenizer.
 */
final class FoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] folded = new char[64];

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                fold();
                return true;
            }
        }
        return true;
    }

    private void fold() {
        String stripped = stripMarks(term.toString());
        char[] in = stripped.toCharArray();
        if (folded.length < in.length * 4) {
            folded = new char[in.length * 4];
        }
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, folded, 0, in.length);
        term.copyBuffer(folded, 0, length);
    }

    /** The text without combining marks (decomposed first, so ï loses its diaeresis too). */
    static String stripMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
