package nl.codewerk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
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
        Weight turnWeight = searcher.createWeight(searcher.rewrite(turns), ScoreMode.COMPLETE, 1f);
        Weight matchWeight = searcher.createWeight(searcher.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<RawHit> hits = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = turnWeight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
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
                Matches matches = matchWeight.matches(leaf, doc);
                MatchesIterator it = matches == null ? null : matches.getMatches(TurnDocuments.TEXT);
                if (it == null) {
                    continue;
                }
                spans.clear();
                while (it.next()) {
                    if (it.startOffset() >= 0) {
                        spans.add(new int[] {it.startOffset(), it.endOffset()});
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
