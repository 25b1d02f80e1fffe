package nl.codewerk.transcript;

import java.util.List;

/** What a transcript list shows without loading the text. */
public record TranscriptSummary(long id, String name, String fileName, String format, int words, int turns,
        List<String> speakers, Long caseId) {

    public TranscriptSummary {
        speakers = List.copyOf(speakers);
    }
}
