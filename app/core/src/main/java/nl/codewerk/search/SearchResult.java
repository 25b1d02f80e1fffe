package nl.codewerk.search;

import java.util.List;

/**
 * @param total        all hits of the query after filters (the list may be a page of them)
 * @param turns        turns with at least one hit
 * @param hits         the requested page in the requested order
 * @param perTranscript hits per transcript, in transcript name order
 * @param perCode      hits per code whose codings overlap them, in code tree order
 */
public record SearchResult(int total, int turns, List<SearchHit> hits, List<HitCount> perTranscript, List<HitCount> perCode) {

    public SearchResult {
        hits = List.copyOf(hits);
        perTranscript = List.copyOf(perTranscript);
        perCode = List.copyOf(perCode);
    }
}
