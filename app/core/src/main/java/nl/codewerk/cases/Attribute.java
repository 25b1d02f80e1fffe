package nl.codewerk.cases;

/** A variable that cases carry: gender, age, still in contact, ... */
public record Attribute(long id, String name, AttributeType type, int position) {
}
