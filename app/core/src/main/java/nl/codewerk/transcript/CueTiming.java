package nl.codewerk.transcript;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue timing line, read leniently: "00:01:02.500 --> 00:01:04.000 align:start" (WebVTT),
 * "00:01:02,500 --> 00:01:04,000  X1:..." (SubRip), and the short "0:0:0.0" Teams writes.
 * Start and end are kept as written; an end before the start does not matter for the text.
 */
record CueTiming(String start, String end) {

    private static final String TIME = "(?:\\d{1,3}:)?\\d{1,2}:\\d{1,2}(?:[.,]\\d{1,3})?";
    private static final Pattern LINE = Pattern.compile("\\s*(" + TIME + ")\\s*-->\\s*(" + TIME + ")(?:\\s.*)?");

    static Optional<CueTiming> parse(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() ? Optional.of(new CueTiming(m.group(1), m.group(2))) : Optional.empty();
    }
}
