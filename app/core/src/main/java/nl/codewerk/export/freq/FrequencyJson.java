package nl.codewerk.export.freq;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The frequency table as the command line's {@code freq --json} prints it: an array with one
 * object per code in tree order. The keys are a public interface (see docs/exports.md):
 * {@code code}, {@code codePath}, {@code level}, {@code depth}, {@code cases},
 * {@code percentCases} (unrounded), {@code codings}, {@code words}, {@code subtree} (the same
 * four for the code with everything under it), and per breakdown {@code byValue},
 * {@code byCase} or {@code byTranscript}, and {@code byCoder}, each mapping a key to the
 * same four numbers plus {@code subtree}.
 */
public final class FrequencyJson {

    /** Non-ASCII escaped, as all of the command line's JSON: right in any console encoding. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private FrequencyJson() {
    }

    public static String toJson(FrequencyTable table) {
        ArrayNode array = JSON.createArrayNode();
        for (FrequencyTable.Row row : table.rows()) {
            ObjectNode node = array.addObject();
            node.put("code", row.code().id());
            // An array of names from the root, as in `codings --json` and `agreement --json`.
            nl.codewerk.codebook.CodePath.parse(row.codePath()).forEach(node.putArray("codePath")::add);
            node.put("level", row.code().level().dbName());
            node.put("depth", row.depth());
            put(node, row.counts().own());
            put(node.putObject("subtree"), row.counts().subtree());
            String key = table.options().grouping().jsonKey();
            if (key != null) {
                breakdown(node.putObject(key), row.byGroup());
            }
            if (!table.coders().isEmpty()) {
                breakdown(node.putObject("byCoder"), row.byCoder());
            }
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A tree of numbers and strings always serialises", e);
        }
    }

    private static void breakdown(ObjectNode node, Map<String, RowCounts> counts) {
        for (Map.Entry<String, RowCounts> e : counts.entrySet()) {
            ObjectNode entry = node.putObject(e.getKey());
            put(entry, e.getValue().own());
            put(entry.putObject("subtree"), e.getValue().subtree());
        }
    }

    private static void put(ObjectNode node, Counts counts) {
        node.put("cases", counts.cases());
        node.put("percentCases", counts.percentCases());
        node.put("codings", counts.codings());
        node.put("words", counts.words());
    }
}
