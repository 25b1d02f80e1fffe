package nl.codewerk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How turn text becomes searchable words, in one place so indexing and querying agree.
 * Words are split by Unicode word rules, lower-cased and folded (no diacritics), and indexed
 * once each, as written. Stems are applied at query time ({@link StemForms}). Stop words are
 * indexed too, so phrases keep them; queries drop them from clauses that are not phrases.
 */
public final class SearchAnalysis {

    /** Changes whenever indexing changes, so older indexes are rebuilt rather than misread. */
    static final String FORMAT = "codewerk-search-5";

    private static final CharArraySet STOP_WORDS = folded(DutchAnalyzer.getDefaultStopSet());

    private SearchAnalysis() {
    }

    /** The analyzer for the turn text field: folded words with their offsets. */
    static Analyzer indexAnalyzer() {
        return WORDS;
    }

    /** Analyzers are thread-safe and keep a tokenizer per thread: share this one. */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new FoldingFilter(new LowerCaseFilter(source)));
        }
    };

    /** The analyzer that yields folded, unstemmed words: for indexing and queries. */
    static Analyzer wordAnalyzer() {
        return WORDS;
    }

    /** A word of text as the analysis sees it: folded form, position and offsets in the text. */
    record Token(String folded, int position, int start, int end) {
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The Dutch stem of a folded word ({@code gesprekken} to {@code gesprek}). */
    static String stem(String folded) {
        DutchStemmer stemmer = new DutchStemmer();
        stemmer.setCurrent(folded);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * Lower-cases and removes diacritics character by character, the way indexed words are
     * folded; used for wildcard and fuzzy patterns, which the tokenizer would cut up.
     */
    public static String fold(String word) {
        StringBuilder lower = new StringBuilder(word.length());
        word.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        char[] in = FoldingFilter.stripMarks(lower.toString()).toCharArray();
        char[] out = new char[in.length * 4 + 1];
        int length = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    /** Whether a folded word is one of Lucene's Dutch stop words (de, het, een, en, ...). */
    public static boolean isStopWord(String folded) {
        return STOP_WORDS.contains(folded);
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet out = new CharArraySet(words.size(), false);
        for (Object word : words) {
            out.add(FoldingFilter.stripMarks(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(out);
    }
}
