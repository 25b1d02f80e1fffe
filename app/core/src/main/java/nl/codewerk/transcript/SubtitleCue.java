package nl.codewerk.transcript;

import java.util.List;

/**
 * One cue of a subtitle file as found: its timing as written and its text lines still with
 * markup; {@code voice} is the WebVTT {@code <v Name>} speaker, or null.
 */
record SubtitleCue(String start, String end, String voice, List<String> lines) {

    SubtitleCue {
        lines = List.copyOf(lines);
    }
}
