package nl.codewerk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON output. Objects are insertion-ordered maps so keys always come in the documented order;
 * non-ASCII characters are escaped so the bytes are right whatever the console's encoding.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private Json() {
    }

    /** An object from alternating keys and values; null values are kept as JSON null. */
    public static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], plain(keysAndValues[i + 1]));
        }
        return out;
    }

    /** Dates and instants as ISO text; everything else as Jackson writes it. */
    static Object plain(Object value) {
        return value instanceof TemporalAccessor ? value.toString() : value;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Output is built from maps, lists and plain values", e);
        }
    }
}
