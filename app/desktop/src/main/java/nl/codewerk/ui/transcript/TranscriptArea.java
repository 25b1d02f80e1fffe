package nl.codewerk.ui.transcript;

import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyledTextArea;

/**
 * The read-only, virtualised text of a transcript. It shows the stored text exactly, so a
 * position in the area is the same UTF-16 offset core uses for turns and codings.
 */
public final class TranscriptArea extends StyledTextArea<String, TextStyle> {

    public TranscriptArea() {
        super("", (flow, paragraphStyle) -> { }, TextStyle.WORDS, TextStyle::applyTo);
        getStyleClass().add("transcript-area");
        setEditable(false);
        setWrapText(true);
        setShowCaret(Caret.CaretVisibility.OFF);
        // Keyboard-first: the caret shows while the text has focus even though it cannot be edited.
        focusedProperty().addListener((obs, was, is) -> setShowCaret(is ? Caret.CaretVisibility.ON : Caret.CaretVisibility.OFF));
        // Dragging a selection means coding it (see TranscriptView), never moving text.
        onSelectionDragProperty().set(point -> { });
        setOnSelectionDropped(event -> { });
    }
}
