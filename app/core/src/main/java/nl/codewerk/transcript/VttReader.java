package nl.codewerk.transcript;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * WebVTT from transcription tools (noScribe, Teams, YouTube). A small lenient reader rather than
 * a library: the header block, NOTE, STYLE and REGION blocks are skipped; a cue is an optional
 * identifier, a timing line and text lines up to a blank line or the next timing line (YouTube
 * files run cues together). Voices ({@code <v Name>}) become the turn's speaker.
 */
final class VttReader implements FormatReader {

    @Override
    public Set<String> extensions() {
        return Set.of("vtt");
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, Charset encoding) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, encoding);
        LineEnds.Normalised normalised = LineEnds.normalise(decoded.text());
        return SubtitleText.build(cues(normalised.text()), false, "vtt", decoded, normalised.found());
    }

    static List<SubtitleCue> cues(String text) {
        String[] lines = text.split("\n", -1);
        List<SubtitleCue> cues = new ArrayList<>();
        int i = 0;
        if (lines.length > 0 && lines[0].strip().startsWith("WEBVTT")) {
            // The header runs to the first blank line (YouTube puts "Kind:", "Style:" and CSS there).
            while (i < lines.length && !lines[i].isBlank()) {
                i++;
            }
        }
        CueTiming timing = null;
        List<String> cueLines = new ArrayList<>();
        boolean skippingBlock = false;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                timing = finish(timing, cueLines, cues);
                skippingBlock = false;
                continue;
            }
            if (skippingBlock) {
                continue;
            }
            Optional<CueTiming> parsed = line.contains("-->") ? CueTiming.parse(line) : Optional.empty();
            if (parsed.isPresent()) {
                finish(timing, cueLines, cues);
                timing = parsed.get();
            } else if (timing != null) {
                cueLines.add(line);
            } else if (startsBlock(line, "NOTE") || startsBlock(line, "STYLE") || startsBlock(line, "REGION") || line.contains("-->")) {
                skippingBlock = true;
            }
            // Any other line before a timing line is a cue identifier: not text.
        }
        finish(timing, cueLines, cues);
        return cues;
    }

    private static CueTiming finish(CueTiming timing, List<String> lines, List<SubtitleCue> cues) {
        if (timing != null) {
            cues.add(new SubtitleCue(timing.start(), timing.end(), CueMarkup.voice(lines), lines));
        }
        lines.clear();
        return null;
    }

    private static boolean startsBlock(String line, String keyword) {
        return line.startsWith(keyword) && (line.length() == keyword.length() || Character.isWhitespace(line.charAt(keyword.length())));
    }
}
