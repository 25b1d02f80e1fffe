package nl.codewerk.export;

/** Only cases whose attribute has this value: {@code nog contact=ja}. */
public record AttributeFilter(String attribute, String value) {

    public AttributeFilter {
        if (attribute == null || attribute.isBlank()) {
            throw new ExportException("export.badAttributeFilter", attribute + "=" + value);
        }
        attribute = attribute.strip();
        value = value == null ? "" : value.strip();
    }

    /** Reads {@code NAME=VALUE}; the name may contain spaces, the first {@code =} separates. */
    public static AttributeFilter parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new ExportException("export.badAttributeFilter", spec);
        }
        return new AttributeFilter(spec.substring(0, eq), spec.substring(eq + 1));
    }

    @Override
    public String toString() {
        return attribute + " = " + value;
    }
}
