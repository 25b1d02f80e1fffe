package nl.codewerk.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves speaker turns through an edit of the text. Turns keep their order and never overlap:
 * where an edit runs across the border of two turns, the later one starts no earlier than the
 * earlier one ends. A turn whose whole paragraph (label and words) was deleted disappears; a
 * turn whose words were deleted but whose label is still there stays, empty, so the label is
 * not left without its turn.
 */
public final class EditedTurns {

    private EditedTurns() {
    }

    /**
     * The turns after the edit, each still carrying its old ordinal (so a caller can tell which
     * stored turn it is); deleted turns are left out.
     */
    public static List<Turn> map(List<Turn> turns, TextEdit edit) {
        List<Turn> out = new ArrayList<>(turns.size());
        int floor = 0;
        for (Turn turn : turns) {
            int labelStart = Math.max(edit.mapStart(turn.labelStart()), floor);
            int start = Math.max(edit.mapStart(turn.start()), labelStart);
            int end = Math.max(edit.mapEnd(turn.end()), start);
            boolean hadParagraph = turn.end() > turn.labelStart();
            if (hadParagraph && end == labelStart && paragraphInsideEdit(turn, edit)) {
                continue;
            }
            out.add(new Turn(turn.ordinal(), labelStart, start, end, turn.speaker(), turn.timestamp()));
            floor = end;
        }
        return out;
    }

    private static boolean paragraphInsideEdit(Turn turn, TextEdit edit) {
        return edit.start() <= turn.labelStart() && turn.end() <= edit.end();
    }
}
