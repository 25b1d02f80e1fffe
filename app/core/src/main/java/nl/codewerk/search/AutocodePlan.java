package nl.codewerk.search;

import java.util.List;
import nl.codewerk.coding.CodingService;

/**
 * What an autocode will do, shown before it is done: the hits found, the passages they extend
 * to (overlapping passages in one transcript merged), and how many of those the coder has
 * already coded with this code (they are left as they are).
 */
public record AutocodePlan(String codeId, AutocodeScope scope, int hits, List<CodingService.Span> spans, int alreadyCoded) {

    public AutocodePlan {
        spans = List.copyOf(spans);
    }

    /** Codings the autocode will add. */
    public int newCodings() {
        return spans.size() - alreadyCoded;
    }
}
