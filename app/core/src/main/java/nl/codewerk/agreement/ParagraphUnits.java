package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.List;
import nl.codewerk.transcript.Turn;

/**
 * Paragraphs of the stored text: its non-blank lines, without surrounding white space. Stored
 * text has LF line ends and every importer writes one paragraph per line, so a blank line between
 * paragraphs simply yields no unit. A paragraph includes the speaker label that starts it; where
 * each paragraph holds one turn, paragraphs and turns mark the same units present unless a coding
 * covers nothing but a label.
 */
public final class ParagraphUnits implements SpanUnits {

    @Override
    public List<Segment> units(String text, List<Turn> turns) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            int end = lineEnd < 0 ? n : lineEnd;
            int start = i;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            if (stop > start) {
                out.add(new Segment(start, stop));
            }
            i = end + 1;
        }
        return out;
    }

    @Override
    public boolean needsText() {
        return true;
    }
}
