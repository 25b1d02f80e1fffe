package nl.codewerk.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code demo-coding.json}: the codings and memos the demo project gets. A coding names its
 * text by quoting it, not by offsets, so the file stays readable and a quote that no longer
 * occurs in its transcript is caught instead of coding the wrong words.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoScript(List<CodingLine> codings, List<MemoLine> memos) {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    DemoScript {
        codings = codings == null ? List.of() : List.copyOf(codings);
        memos = memos == null ? List.of() : List.copyOf(memos);
    }

    /** @param transcript the transcript's name (its file name without extension) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CodingLine(String transcript, String code, String coder, String quote) {
    }

    /** @param on {@code project}, {@code transcript:NAME} or {@code code:ID} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemoLine(String on, String title, String text, String author) {
    }

    static DemoScript read(InputStream in) throws IOException {
        return JSON.readValue(in, DemoScript.class);
    }

    /** The transcript names the codings use, in first-use order. */
    List<String> transcriptNames() {
        return codings.stream().map(CodingLine::transcript).distinct().toList();
    }
}
