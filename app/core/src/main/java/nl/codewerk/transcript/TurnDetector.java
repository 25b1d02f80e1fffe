package nl.codewerk.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits stored text into speaker turns. A paragraph that starts with a speaker label (see
 * {@link SpeakerLabels}) starts a turn whose words begin after the label and timestamp; lines that
 * follow it without a blank line continue it. Paragraphs without a label become turns without a
 * speaker, so no text is ever left outside a turn. Paragraphs are separated by blank lines; in a
 * text without blank lines and without labels, every line is a paragraph.
 */
final class TurnDetector {

    private record Line(int start, int end) {
        boolean blank() {
            return end == start;
        }
    }

    private TurnDetector() {
    }

    static List<Turn> detect(String text) {
        List<Line> lines = lines(text);
        Map<Integer, SpeakerLabels.Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.blank()) {
                int index = i;
                SpeakerLabels.find(text, line.start(), line.end()).ifPresent(c -> candidates.put(index, c));
            }
        }
        Set<String> speakers = SpeakerLabels.speakers(candidates.values());
        boolean oneLinePerParagraph = speakers.isEmpty() && !hasBlankLineBetweenText(lines);

        Builder turns = new Builder();
        boolean afterBlank = true;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                afterBlank = true;
                continue;
            }
            SpeakerLabels.Candidate c = candidates.get(i);
            if (c != null && c.label() != null && !speakers.contains(c.key())) {
                // Not a speaker ("[00:01:02] Het punt is: ..."), but a leading timestamp still counts.
                c = SpeakerLabels.timestampOnly(text, line.start(), line.end()).orElse(null);
            }
            if (c != null) {
                turns.start(line.start(), c.textStart(), line.end(), c.label(), c.timestamp());
            } else if (turns.awaitingWords()) {
                turns.words(line.start(), line.end());
            } else if (!afterBlank && !oneLinePerParagraph && turns.open()) {
                turns.extend(line.end());
            } else {
                turns.start(line.start(), line.start(), line.end(), null, null);
            }
            afterBlank = false;
        }
        return turns.finish();
    }

    /** Blank lines at the start or the end (a final line end) do not make paragraphs. */
    private static boolean hasBlankLineBetweenText(List<Line> lines) {
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && lines.get(first).blank()) {
            first++;
        }
        while (last >= first && lines.get(last).blank()) {
            last--;
        }
        for (int i = first; i <= last; i++) {
            if (lines.get(i).blank()) {
                return true;
            }
        }
        return false;
    }

    /** Lines with surrounding whitespace trimmed; a whitespace-only line is blank. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int lineEnd = text.indexOf('\n', i);
            int end = lineEnd < 0 ? n : lineEnd;
            int s = i;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            int e = end;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            lines.add(new Line(s, e));
            if (lineEnd < 0) {
                break;
            }
            i = lineEnd + 1;
        }
        return lines;
    }

    /** Collects turns; a label with nothing after it waits for the words on the next line. */
    private static final class Builder {
        private final List<Turn> done = new ArrayList<>();
        private int labelStart = -1;
        private int start;
        private int end;
        private String speaker;
        private String timestamp;

        boolean open() {
            return labelStart >= 0;
        }

        boolean awaitingWords() {
            return open() && start == end && speaker != null;
        }

        void start(int labelStart, int start, int end, String speaker, String timestamp) {
            close();
            this.labelStart = labelStart;
            this.start = Math.min(start, end);
            this.end = end;
            this.speaker = speaker;
            this.timestamp = timestamp;
        }

        void words(int start, int end) {
            this.start = start;
            this.end = end;
        }

        void extend(int end) {
            this.end = end;
        }

        private void close() {
            // A label with no words at all holds nothing to code; the label itself stays in the text.
            if (open() && end > start) {
                done.add(new Turn(done.size(), labelStart, start, end, speaker, timestamp));
            }
            labelStart = -1;
        }

        List<Turn> finish() {
            close();
            return done;
        }
    }
}
