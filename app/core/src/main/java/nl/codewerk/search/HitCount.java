package nl.codewerk.search;

/** How many hits fall in one transcript or in text coded with one code. */
public record HitCount(String id, String name, int hits) {
}
