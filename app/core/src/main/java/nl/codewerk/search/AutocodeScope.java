package nl.codewerk.search;

import java.util.Locale;

/** How far autocoding extends each hit before coding it. */
public enum AutocodeScope {
    /** Only the matched words. */
    HIT,
    /** The sentence (or sentences, for a phrase across a sentence end) holding the hit, within its turn. */
    SENTENCE,
    /** The paragraph of the turn holding the hit: text between line ends; the whole turn when it is one paragraph. */
    PARAGRAPH,
    /** The turn's spoken words, without its label and timestamp. */
    TURN;

    /** Reads hit, sentence, paragraph, turn (and the Dutch treffer, zin, alinea, beurt). */
    public static AutocodeScope parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "hit", "treffer" -> HIT;
            case "sentence", "zin" -> SENTENCE;
            case "paragraph", "alinea" -> PARAGRAPH;
            case "turn", "beurt" -> TURN;
            default -> throw new SearchQueryException("autocode.badScope", text);
        };
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
