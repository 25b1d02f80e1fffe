package nl.codewerk.cases;

import java.util.Map;

/**
 * A participant (or another unit of analysis) with attribute values keyed by attribute name,
 * in the attributes' order. Values are typed: String, Double/Long, Boolean or LocalDate.
 */
public record Case(long id, String name, Map<String, Object> attributes) {

    public Case {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
