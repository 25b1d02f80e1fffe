package nl.codewerk.ui.codebook;

import java.util.OptionalInt;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.CodingService;

/** What the codebook pane asks the rest of the workbench to do with a code. */
public interface CodeActions {

    /** Codes the current selection (or the turn at the caret). */
    void apply(Code code);

    /** Codes a stretch of text dragged onto the code. */
    void applyTo(Code code, CodingService.Span span);

    /** Shows every fragment coded with the code. */
    void retrieve(Code code);

    void writeMemo(Code code);

    /** Asks which Ctrl+1..9 to pin the code to. */
    void pin(Code code);

    /** The Ctrl+N slot of a pinned code. */
    OptionalInt pinSlot(String codeId);
}
