package nl.codewerk.transcript;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SubRip (.srt): a counter line, a timing line and text lines. Read leniently: a cue's text runs
 * to the next timing line (minus that cue's counter), so a stray blank line inside a cue does not
 * lose its words. Formatting tags and ASS override tags are removed.
 */
final class SrtReader implements FormatReader {

    @Override
    public Set<String> extensions() {
        return Set.of("srt");
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, Charset encoding) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, encoding);
        LineEnds.Normalised normalised = LineEnds.normalise(decoded.text());
        return SubtitleText.build(cues(normalised.text()), true, "srt", decoded, normalised.found());
    }

    static List<SubtitleCue> cues(String text) {
        String[] lines = text.split("\n", -1);
        List<SubtitleCue> cues = new ArrayList<>();
        CueTiming timing = null;
        List<String> cueLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Optional<CueTiming> parsed = lines[i].contains("-->") ? CueTiming.parse(lines[i]) : Optional.empty();
            if (parsed.isEmpty()) {
                cueLines.add(lines[i]);
                continue;
            }
            dropCounter(cueLines);
            if (timing != null) {
                cues.add(new SubtitleCue(timing.start(), timing.end(), null, cueLines));
            }
            cueLines.clear();
            timing = parsed.get();
        }
        if (timing != null) {
            cues.add(new SubtitleCue(timing.start(), timing.end(), null, cueLines));
        }
        return cues;
    }

    /** The line just before a timing line is the next cue's counter when it is a number after a blank line. */
    private static void dropCounter(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String last = lines.getLast().strip();
        boolean afterBlank = lines.size() == 1 || lines.get(lines.size() - 2).isBlank();
        if (last.matches("\\d+") && afterBlank) {
            lines.removeLast();
        }
    }
}
