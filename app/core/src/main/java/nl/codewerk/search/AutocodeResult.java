package nl.codewerk.search;

import java.util.List;
import nl.codewerk.coding.Coding;

/** What an autocode did: one undoable action that added {@code made}. */
public record AutocodeResult(AutocodePlan plan, List<Coding> made) {

    public AutocodeResult {
        made = List.copyOf(made);
    }
}
