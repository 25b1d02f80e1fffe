package nl.codewerk.privacy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every place a pseudonymisation changes (or changed): a count per transcript and each
 * occurrence in its context (keyword in context), in transcript texts and everywhere else a name
 * can hide: transcript and file names, speakers, coding comments, memos, cases and their
 * attributes, the codebook and the project's name.
 */
public record PseudonymPreview(List<Pseudonym> pseudonyms, List<PerTranscript> transcripts, List<Place> places) {

    /** Where an occurrence is. */
    public enum Where {
        TEXT, TRANSCRIPT_NAME, FILE_NAME, SPEAKER, CODING_COMMENT, MEMO, CASE, ATTRIBUTE, CODEBOOK, PROJECT_NAME;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Occurrences that belong to one transcript: in its text, and in its name, speakers, coding
     * comments and memos.
     */
    public record PerTranscript(long id, String name, int inText, int total) {
    }

    /**
     * One occurrence: where, whose ({@code owner}: a transcript's name, "memo 12", a case), the
     * transcript it belongs to (or null), its offset in that text or value, and the words
     * before it, the words found, the words after, the entry of the list they belong to and
     * what they become.
     */
    public record Place(Where where, String owner, Long transcriptId, int offset, String before, String found, String after,
            String original, String replacement) {
    }

    public PseudonymPreview {
        pseudonyms = List.copyOf(pseudonyms);
        transcripts = List.copyOf(transcripts);
        places = List.copyOf(places);
    }

    public int total() {
        return places.size();
    }

    public boolean isEmpty() {
        return places.isEmpty();
    }

    public Map<Where, Integer> countsByWhere() {
        Map<Where, Integer> out = new EnumMap<>(Where.class);
        for (Place place : places) {
            out.merge(place.where(), 1, Integer::sum);
        }
        return out;
    }

    /** How often each original was found, in the list's order (zero for those not found). */
    public Map<String, Integer> countsByOriginal() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        pseudonyms.forEach(p -> out.put(p.original(), 0));
        places.forEach(place -> out.merge(place.original(), 1, Integer::sum));
        return out;
    }
}
