package nl.codewerk.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search: the query as typed and what to limit it to. Null filters do not limit.
 *
 * @param transcriptId    only this transcript
 * @param speaker         only turns of this speaker label (case and diacritics ignored)
 * @param respondentsOnly only turns of speakers who are not the interviewer ({@link SpeakerRoles})
 * @param codeId          only hits in text coded with this code (a coding overlaps the hit)
 * @param uncoded         only hits in text no coding touches yet
 * @param attributes      only turns whose case has these attribute values (name to value as typed)
 * @param limit           at most this many hits from {@code offset} on; 0 for all
 */
public record SearchRequest(String query, Long transcriptId, String speaker, boolean respondentsOnly, String codeId,
        boolean uncoded, Map<String, String> attributes, HitSort sort, int offset, int limit) {

    public SearchRequest {
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        sort = sort == null ? HitSort.POSITION : sort;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, false, null, false, Map.of(), HitSort.POSITION, 0, 0);
    }

    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, transcriptId, speaker, respondentsOnly, codeId, uncoded, attributes, sort, offset, limit);
    }

    public SearchRequest withTranscript(Long id) {
        return new SearchRequest(query, id, speaker, respondentsOnly, codeId, uncoded, attributes, sort, offset, limit);
    }

    public SearchRequest withSpeaker(String label) {
        return new SearchRequest(query, transcriptId, label, respondentsOnly, codeId, uncoded, attributes, sort, offset, limit);
    }

    public SearchRequest withRespondentsOnly(boolean only) {
        return new SearchRequest(query, transcriptId, speaker, only, codeId, uncoded, attributes, sort, offset, limit);
    }

    public SearchRequest withCode(String id) {
        return new SearchRequest(query, transcriptId, speaker, respondentsOnly, id, uncoded, attributes, sort, offset, limit);
    }

    public SearchRequest withUncoded(boolean only) {
        return new SearchRequest(query, transcriptId, speaker, respondentsOnly, codeId, only, attributes, sort, offset, limit);
    }

    public SearchRequest withAttribute(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(attributes);
        more.put(name, value);
        return new SearchRequest(query, transcriptId, speaker, respondentsOnly, codeId, uncoded, more, sort, offset, limit);
    }

    public SearchRequest withSort(HitSort order) {
        return new SearchRequest(query, transcriptId, speaker, respondentsOnly, codeId, uncoded, attributes, order, offset, limit);
    }

    public SearchRequest withPage(int from, int count) {
        return new SearchRequest(query, transcriptId, speaker, respondentsOnly, codeId, uncoded, attributes, sort, from, count);
    }
}
