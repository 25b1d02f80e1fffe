package nl.codewerk.codebook;

/** "from is a condition for to", with the researcher's memo on why. */
public record CodeRelation(long id, String fromCode, String toCode, RelationType type, String memo) {
}
