package nl.codewerk.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the stored text of a subtitle file: every cue one paragraph, paragraphs separated by a
 * blank line, and one turn per cue whose timestamp is the cue's start time as written. A cue
 * with a voice is written "Name: text"; a cue whose text itself starts with a speaker label
 * (judged as in {@link SpeakerLabels}) keeps it as written. A cue without words is left out.
 */
final class SubtitleText {

    private SubtitleText() {
    }

    static ImportedText build(List<SubtitleCue> cues, boolean assTags, String format, TextDecoding.Decoded decoded, String lineEnds) {
        record Plain(SubtitleCue cue, String text) {
        }
        List<Plain> plain = new ArrayList<>();
        for (SubtitleCue cue : cues) {
            String text = CueMarkup.plain(cue.lines(), assTags);
            if (!text.isEmpty()) {
                plain.add(new Plain(cue, text));
            }
        }
        if (plain.isEmpty()) {
            throw new ImportRefusedException("import.noCues");
        }
        Map<Integer, SpeakerLabels.Candidate> labels = new LinkedHashMap<>();
        for (int i = 0; i < plain.size(); i++) {
            if (plain.get(i).cue().voice() == null) {
                int index = i;
                SpeakerLabels.find(plain.get(i).text(), 0, plain.get(i).text().length())
                        .filter(c -> c.label() != null && !c.bracketed())
                        .ifPresent(c -> labels.put(index, c));
            }
        }
        Set<String> speakers = SpeakerLabels.speakers(labels.values());

        StringBuilder text = new StringBuilder();
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            SubtitleCue cue = plain.get(i).cue();
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int paragraphStart = text.length();
            String speaker = cue.voice();
            if (speaker != null) {
                text.append(speaker).append(": ");
            }
            int wordsStart = text.length();
            SpeakerLabels.Candidate label = labels.get(i);
            if (label != null && speakers.contains(label.key())) {
                speaker = label.label();
                wordsStart += label.textStart();
            }
            text.append(plain.get(i).text());
            if (wordsStart < text.length()) {
                turns.add(new Turn(turns.size(), paragraphStart, wordsStart, text.length(), speaker, cue.start()));
            }
        }
        return new ImportedText(text.toString(), turns, format, decoded.encoding(), lineEnds);
    }
}
