package nl.codewerk.search;

/**
 * Which words to count. Null filters do not limit.
 *
 * @param transcriptId     only this transcript
 * @param speaker          only turns of this speaker label (case and diacritics ignored)
 * @param includeStopWords count de, het, een and the other Dutch stop words too
 * @param top              only the most frequent this many words; 0 for all
 */
public record WordListRequest(Long transcriptId, String speaker, boolean includeStopWords, int top) {

    public static final WordListRequest PROJECT = new WordListRequest(null, null, false, 0);

    public WordListRequest withTranscript(Long id) {
        return new WordListRequest(id, speaker, includeStopWords, top);
    }

    public WordListRequest withSpeaker(String label) {
        return new WordListRequest(transcriptId, label, includeStopWords, top);
    }

    public WordListRequest withStopWords(boolean include) {
        return new WordListRequest(transcriptId, speaker, include, top);
    }

    public WordListRequest withTop(int n) {
        return new WordListRequest(transcriptId, speaker, includeStopWords, n);
    }
}
