package nl.codewerk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Which indexed words share a Dutch stem, read from an index reader's term dictionary. The
 * index holds every word once, as written (folded); a word typed on its own is looked up as
 * all indexed words with its stem ({@code gesprek} as gesprek, gesprekken). Stemming at query
 * time instead of indexing stems halves the terms indexed; Snowball's Dutch stems are not
 * always prefixes of their words ({@code formaat} to {@code format}), hence a full map rather
 * than a prefix scan. Stems are remembered across readers: a word's stem never changes.
 */
final class StemForms {

    private static final int CACHE_LIMIT = 500_000;
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

    /** For checking a query's syntax before there is an index: no word is known. */
    static final StemForms EMPTY = new StemForms(Map.of());

    private final Map<String, List<String>> forms;

    private StemForms(Map<String, List<String>> forms) {
        this.forms = forms;
    }

    static StemForms of(IndexReader reader) throws IOException {
        Map<String, List<String>> forms = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, TurnDocuments.TEXT);
        if (terms != null) {
            TermsEnum words = terms.iterator();
            for (BytesRef word = words.next(); word != null; word = words.next()) {
                String text = word.utf8ToString();
                forms.computeIfAbsent(stemOf(text), k -> new ArrayList<>(2)).add(text);
            }
        }
        return new StemForms(forms);
    }

    /** The stem of a folded word, remembered. */
    static String stemOf(String folded) {
        String stem = STEMS.get(folded);
        if (stem == null) {
            stem = SearchAnalysis.stem(folded);
            if (STEMS.size() >= CACHE_LIMIT) {
                STEMS.clear();
            }
            STEMS.put(folded, stem);
        }
        return stem;
    }

    /** Indexed words with the same stem as this folded word (none when no such word is indexed). */
    List<String> formsOf(String folded) {
        return forms.getOrDefault(stemOf(folded), List.of());
    }

    /** Matches every indexed word with the same stem as this folded word. */
    Query query(String folded) {
        List<String> words = formsOf(folded);
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no indexed word with the stem of " + folded);
        }
        if (words.size() == 1) {
            return new TermQuery(new Term(TurnDocuments.TEXT, words.getFirst()));
        }
        SynonymQuery.Builder builder = new SynonymQuery.Builder(TurnDocuments.TEXT);
        words.forEach(w -> builder.addTerm(new Term(TurnDocuments.TEXT, w)));
        return builder.build();
    }
}
