package nl.codewerk.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * The text and speaker of the turns a search shows, read in document order with one stored
 * fields reader, so neighbouring turns share the decompressed block they are stored in.
 */
final class TurnTexts {

    private static final Set<String> TEXT_ONLY = Set.of(TurnDocuments.TEXT);

    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, String> speakers = new HashMap<>();

    private TurnTexts() {
    }

    static TurnTexts load(IndexSearcher searcher, Iterable<Integer> docs, boolean withText) throws IOException {
        TurnTexts out = new TurnTexts();
        TreeSet<Integer> ordered = new TreeSet<>();
        docs.forEach(ordered::add);
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int currentLeaf = -1;
        SortedDocValues speakerValues = null;
        for (int doc : ordered) {
            int leafIndex = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(leafIndex);
            if (leafIndex != currentLeaf) {
                currentLeaf = leafIndex;
                speakerValues = leaf.reader().getSortedDocValues(TurnDocuments.SPEAKER_LABEL);
            }
            if (speakerValues != null && speakerValues.advanceExact(doc - leaf.docBase)) {
                out.speakers.put(doc, speakerValues.lookupOrd(speakerValues.ordValue()).utf8ToString());
            }
            if (withText) {
                out.texts.put(doc, stored.document(doc, TEXT_ONLY).get(TurnDocuments.TEXT));
            }
        }
        return out;
    }

    String text(int doc) {
        return texts.get(doc);
    }

    String speaker(int doc) {
        return speakers.get(doc);
    }
}
