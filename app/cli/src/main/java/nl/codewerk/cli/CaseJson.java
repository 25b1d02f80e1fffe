package nl.codewerk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.codewerk.cases.Case;

/** A case as JSON: {@code {"id", "name", "attributes": {...}}} with typed attribute values. */
final class CaseJson {

    private CaseJson() {
    }

    static Map<String, Object> of(Case c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        c.attributes().forEach((name, value) -> attributes.put(name, Json.plain(value)));
        return Json.obj("id", c.id(), "name", c.name(), "attributes", attributes);
    }
}
