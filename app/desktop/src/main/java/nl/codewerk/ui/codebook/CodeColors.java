package nl.codewerk.ui.codebook;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.codewerk.codebook.Code;

/**
 * Colours for codes made in the workbench, so new codes are told apart at a glance: the
 * colour of this palette that the fewest codes have yet. Mid-tones, readable both as a
 * translucent highlight and as a stripe, in light and dark themes.
 */
public final class CodeColors {

    static final List<String> PALETTE = List.of(
            "#1E88E5", "#43A047", "#FB8C00", "#8E24AA", "#E53935", "#00ACC1",
            "#F4511E", "#3949AB", "#7CB342", "#D81B60", "#6D4C41", "#FDD835");

    private CodeColors() {
    }

    public static String next(CodebookState state) {
        Map<String, Integer> used = new HashMap<>();
        for (Code code : state.codebook().inTreeOrder()) {
            used.merge(code.color().toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
        String best = PALETTE.getFirst();
        for (String color : PALETTE) {
            if (used.getOrDefault(color, 0) < used.getOrDefault(best, 0)) {
                best = color;
            }
        }
        return best;
    }
}
