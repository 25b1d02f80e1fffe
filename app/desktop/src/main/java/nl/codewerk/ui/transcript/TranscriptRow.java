package nl.codewerk.ui.transcript;

import java.util.Map;

/** A line of the transcript list: the transcript and the attribute values of its case. */
public record TranscriptRow(long id, String name, int words, int turns, String caseName, Map<String, Object> attributes) {

    public TranscriptRow {
        attributes = Map.copyOf(attributes);
    }
}
