package nl.codewerk.ui.transcript;

import java.util.List;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.TextExt;

/**
 * How a run of transcript text looks: spoken words, a speaker label or a timestamp, and the
 * colours of the codes that cover it (first one shaded, second one underlined; the margin
 * stripes show them all).
 */
public record TextStyle(Kind kind, List<String> colors, boolean picked) {

    public enum Kind { WORDS, LABEL, TIMESTAMP }

    public static final TextStyle WORDS = new TextStyle(Kind.WORDS, List.of(), false);

    public TextStyle {
        colors = List.copyOf(colors);
    }

    static void applyTo(TextExt text, TextStyle style) {
        text.getStyleClass().add(switch (style.kind()) {
            case WORDS -> "turn-words";
            case LABEL -> "turn-label";
            case TIMESTAMP -> "turn-timestamp";
        });
        if (!style.colors().isEmpty()) {
            // Translucent, so the text stays readable in light and dark themes alike.
            text.setBackgroundColor(Color.web(style.colors().getFirst(), style.picked() ? 0.6 : 0.32));
            text.getStyleClass().add("coded");
        }
        if (style.colors().size() > 1) {
            text.setUnderlineColor(Color.web(style.colors().get(1)));
            text.setUnderlineWidth(3);
            text.setUnderlineOffset(2);
        }
    }
}
