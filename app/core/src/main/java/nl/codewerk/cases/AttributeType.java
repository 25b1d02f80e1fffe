package nl.codewerk.cases;

import java.util.Locale;

/** The type of a case attribute; values are stored in a canonical text form per type. */
public enum AttributeType {
    TEXT, NUMBER, BOOLEAN, DATE;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttributeType fromDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
