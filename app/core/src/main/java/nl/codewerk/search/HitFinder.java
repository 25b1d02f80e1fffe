package nl.codewerk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Finds every match of a query in the turns that pass the filters, with exact offsets, using
 * Lucene's Matches API on offsets stored in the postings: one hit per match of a word or
 * phrase, not one per turn.
 */
final class HitFinder {

    /** A match before post-filtering: absolute offsets, the turn's document and score. */
    record RawHit(long transcriptId, int turn, int turnStart, int doc, int start, int end, float score) {
    }

    private HitFinder() {
    }

    /**
     * @param words   the parsed user query: its matches are the hits
     * @param turns   the user query with the filters: which turns to look in, and their score
     */
    static List<RawHit> find(IndexSearcher searcher, Query words, Query turns) throws IOException {
        return find(searcher, words, turns, true);
    }

    /** With {@code direct} false every query goes through the Matches API (tests compare both). */
    static List<RawHit> find(IndexSearcher searcher, Query words, Query turns, boolean direct) throws IOException {
        Weight turnWeight = searcher.createWeight(searcher.rewrite(turns), ScoreMode.COMPLETE, 1f);
        // Queries of words, wildcards and fuzzy words (no phrases) read their offsets straight
        // from the postings, one enumerator per term and segment; the Matches API would start
        // a new enumerator for every matching turn, which dominates the time of frequent words.
        List<Query> plain = new ArrayList<>();
        // Unrewritten: wildcards and fuzzy words are still MultiTermQueries that list their terms.
        direct = direct && plainTerms(words, plain);
        Weight matchWeight = direct ? null : searcher.createWeight(searcher.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<RawHit> hits = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = turnWeight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            List<PostingsEnum> postings = direct ? postings(leaf, plain) : null;
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues transcripts = leaf.reader().getNumericDocValues(TurnDocuments.TRANSCRIPT);
            NumericDocValues ordinals = leaf.reader().getNumericDocValues(TurnDocuments.ORDINAL);
            NumericDocValues offsets = leaf.reader().getNumericDocValues(TurnDocuments.OFFSET);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                float score = scorer.score();
                spans.clear();
                if (direct) {
                    offsets(postings, doc, spans);
                } else {
                    Matches matches = matchWeight.matches(leaf, doc);
                    MatchesIterator it = matches == null ? null : matches.getMatches(TurnDocuments.TEXT);
                    while (it != null && it.next()) {
                        if (it.startOffset() >= 0) {
                            spans.add(new int[] {it.startOffset(), it.endOffset()});
                        }
                    }
                }
                if (spans.isEmpty()) {
                    continue;
                }
                transcripts.advanceExact(doc);
                ordinals.advanceExact(doc);
                offsets.advanceExact(doc);
                long transcript = transcripts.longValue();
                int ordinal = (int) ordinals.longValue();
                int turnStart = (int) offsets.longValue();
                for (int[] span : outermost(spans)) {
                    hits.add(new RawHit(transcript, ordinal, turnStart, leaf.docBase + doc, turnStart + span[0], turnStart + span[1], score));
                }
            }
        }
        return hits;
    }

    /**
     * Collects the term and multi-term (wildcard, prefix, fuzzy) queries whose matches are the
     * hits; false when the query holds anything else (phrases), which then goes through Matches.
     */
    static boolean plainTerms(Query query, List<Query> out) {
        if (query instanceof TermQuery term) {
            if (!term.getTerm().field().equals(TurnDocuments.TEXT)) {
                return false;
            }
            out.add(term);
            return true;
        }
        if (query instanceof org.apache.lucene.search.MatchNoDocsQuery) {
            return true;
        }
        if (query instanceof SynonymQuery synonyms) {
            if (!synonyms.getField().equals(TurnDocuments.TEXT)) {
                return false;
            }
            synonyms.getTerms().forEach(t -> out.add(new TermQuery(t)));
            return true;
        }
        if (query instanceof MultiTermQuery multi) {
            if (!multi.getField().equals(TurnDocuments.TEXT)) {
                return false;
            }
            out.add(multi);
            return true;
        }
        if (query instanceof BoostQuery boost) {
            return plainTerms(boost.getQuery(), out);
        }
        if (query instanceof ConstantScoreQuery constant) {
            return plainTerms(constant.getQuery(), out);
        }
        if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                // Excluded and filtering clauses never produce hits.
                if (clause.isScoring() && !plainTerms(clause.query(), out)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static List<PostingsEnum> postings(LeafReaderContext leaf, List<Query> plain) throws IOException {
        List<PostingsEnum> out = new ArrayList<>();
        Terms terms = leaf.reader().terms(TurnDocuments.TEXT);
        if (terms == null) {
            return out;
        }
        TermsEnum exact = terms.iterator();
        for (Query query : plain) {
            if (query instanceof TermQuery term) {
                if (exact.seekExact(term.getTerm().bytes())) {
                    out.add(exact.postings(null, PostingsEnum.OFFSETS));
                }
            } else {
                TermsEnum expanded = ((MultiTermQuery) query).getTermsEnum(terms);
                while (expanded.next() != null) {
                    out.add(expanded.postings(null, PostingsEnum.OFFSETS));
                }
            }
        }
        return out;
    }

    /** Offsets of every term occurrence in the document; documents come in increasing order. */
    private static void offsets(List<PostingsEnum> postings, int doc, List<int[]> spans) throws IOException {
        for (PostingsEnum p : postings) {
            int at = p.docID();
            if (at < doc) {
                at = p.advance(doc);
            }
            if (at == doc) {
                for (int i = p.freq(); i > 0; i--) {
                    p.nextPosition();
                    if (p.startOffset() >= 0) {
                        spans.add(new int[] {p.startOffset(), p.endOffset()});
                    }
                }
            }
        }
    }

    /**
     * One hit per place: the same word matched by two clauses counts once, and a word inside
     * a matched phrase is part of that phrase's hit. Overlapping phrases stay separate hits.
     */
    static List<int[]> outermost(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparing(s -> -s[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] span : sorted) {
            boolean contained = false;
            for (int[] kept : out) {
                if (span[0] >= kept[0] && span[1] <= kept[1]) {
                    contained = true;
                    break;
                }
            }
            if (!contained) {
                out.add(span);
            }
        }
        return out;
    }
}
