package nl.codewerk.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The index unit is a speaker turn: its spoken words (never the label or timestamp) with
 * offsets, and fields to limit a search by transcript, speaker, role, case attribute and the
 * codes applied in the turn. Each transcript also gets one small document holding the
 * fingerprint of the state it was indexed from, committed together with its turns.
 */
final class TurnDocuments {

    /** Only on the per-transcript documents; turn documents are the ones with text. */
    static final String KIND = "kind";
    static final String KIND_TRANSCRIPT = "transcript";
    static final String TRANSCRIPT = "tid";
    static final String ORDINAL = "ord";
    static final String OFFSET = "off";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_LABEL = "speakerLabel";
    static final String ROLE = "role";
    static final String CASE = "case";
    static final String ATTRIBUTE = "attr";
    static final String CODE = "code";
    static final String TEXT = "text";
    static final String FINGERPRINT = "fp";

    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        // Stored uncompressed (SearchCodec), so snippets come from the same snapshot as the
        // offsets. No norms: hits are listed in reading order by default, and relevance by
        // rarity needs no turn lengths; norms cost indexing time (decision 0006).
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setOmitNorms(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    /** What a transcript's turns are filtered by besides their words. */
    record CaseInfo(Long transcriptCase, Map<String, Long> speakerCases, Map<Long, Map<String, String>> values) {

        Long caseOf(String speaker) {
            Long own = speaker == null ? null : speakerCases.get(speaker);
            return own != null ? own : transcriptCase;
        }
    }

    private TurnDocuments() {
    }

    static List<Document> build(Transcript transcript, List<Coding> codings, CaseInfo cases, String fingerprint) {
        List<Document> docs = new ArrayList<>(transcript.turns().size() + 1);
        String tid = Long.toString(transcript.id());
        Map<String, String[]> speakers = new java.util.HashMap<>();
        for (Turn turn : transcript.turns()) {
            Document doc = new Document();
            doc.add(new StringField(TRANSCRIPT, tid, Field.Store.NO));
            // Doc values, not stored fields: every matching turn needs them, cheaply.
            doc.add(new NumericDocValuesField(TRANSCRIPT, transcript.id()));
            doc.add(new NumericDocValuesField(ORDINAL, turn.ordinal()));
            doc.add(new NumericDocValuesField(OFFSET, turn.start()));
            // A transcript has a handful of speakers and many turns: work out each label once.
            String[] speaker = speakers.computeIfAbsent(String.valueOf(turn.speaker()), k -> new String[] {
                turn.speaker() == null ? null : SpeakerRoles.key(turn.speaker()), SpeakerRoles.role(turn.speaker())});
            if (turn.speaker() != null) {
                doc.add(new StringField(SPEAKER, speaker[0], Field.Store.NO));
                doc.add(new SortedDocValuesField(SPEAKER_LABEL, new BytesRef(turn.speaker())));
            }
            doc.add(new StringField(ROLE, speaker[1], Field.Store.NO));
            Long caseId = cases.caseOf(turn.speaker());
            if (caseId != null) {
                doc.add(new StringField(CASE, caseId.toString(), Field.Store.NO));
                cases.values().getOrDefault(caseId, Map.of()).forEach((name, value) ->
                        doc.add(new StringField(ATTRIBUTE, attributeTerm(name, value), Field.Store.NO)));
            }
            for (String code : codesIn(turn, codings)) {
                doc.add(new StringField(CODE, code, Field.Store.NO));
            }
            doc.add(new Field(TEXT, transcript.turnText(turn), TEXT_TYPE));
            docs.add(doc);
        }
        Document meta = new Document();
        meta.add(new StringField(KIND, KIND_TRANSCRIPT, Field.Store.NO));
        meta.add(new StringField(TRANSCRIPT, tid, Field.Store.YES));
        // Lucene wants one schema per field name: the turns give "tid" doc values, so does this.
        meta.add(new NumericDocValuesField(TRANSCRIPT, transcript.id()));
        meta.add(new StoredField(FINGERPRINT, fingerprint));
        docs.add(meta);
        return docs;
    }

    /** Attribute filters compare names and stored values without regard to case. */
    static String attributeTerm(String name, String storedValue) {
        return name.strip().toLowerCase(Locale.ROOT) + '\u001f' + storedValue.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> codesIn(Turn turn, List<Coding> codings) {
        Set<String> codes = new LinkedHashSet<>();
        for (Coding coding : codings) {
            if (coding.overlaps(turn.start(), turn.end())) {
                codes.add(coding.codeId());
            }
        }
        return codes;
    }
}
