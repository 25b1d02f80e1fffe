package nl.codewerk.export.cooccurrence;

import java.util.List;
import nl.codewerk.codebook.Code;
import nl.codewerk.export.Scope;

/**
 * Codes against codes: {@code count(i, j)} is how often codes i and j occur together in the
 * unit; the diagonal holds how often code i occurs at all (turns with it, or its separate
 * stretches of coded text). Symmetric. Only codes with codings in scope are listed.
 */
public record CooccurrenceMatrix(Scope scope, CooccurrenceUnit unit, List<Code> codes, int[][] counts) {

    public CooccurrenceMatrix {
        codes = List.copyOf(codes);
    }

    public int count(int row, int column) {
        return counts[row][column];
    }
}
