package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.List;
import nl.codewerk.transcript.Turn;

/** Speaker turns: the spoken words of each turn, without its label and timestamp. */
public final class TurnUnits implements SpanUnits {

    @Override
    public List<Segment> units(String text, List<Turn> turns) {
        List<Segment> out = new ArrayList<>(turns.size());
        for (Turn turn : turns) {
            if (turn.length() > 0) {
                out.add(new Segment(turn.start(), turn.end()));
            }
        }
        out.sort(null);
        return out;
    }

    @Override
    public boolean needsText() {
        return false;
    }
}
