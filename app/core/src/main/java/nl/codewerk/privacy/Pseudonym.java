package nl.codewerk.privacy;

import java.util.Objects;

/** One entry of a pseudonym list: every occurrence of {@code original} becomes {@code replacement}. */
public record Pseudonym(String original, String replacement) {

    public Pseudonym {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
    }
}
