package nl.codewerk.transcript;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text lines of a subtitle cue into plain words: formatting tags ({@code <i>},
 * {@code <c.x>}, {@code <font ...>}), karaoke timestamps ({@code <00:05:04.199>}), ASS override
 * tags ({@code {\an8}}) and the WebVTT voice tag go; character references are decoded; the lines
 * are joined with a space.
 */
final class CueMarkup {

    /** A tag starts with a letter or slash (or is a timestamp), so "2<3,5>1" stays text. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>|<\\d[\\d:.]*>");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:[ \\t]+([^>]*))?>");
    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^{}]*\\}");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|nbsp|lrm|rlm|quot|apos|#\\d{1,7}|#x[0-9A-Fa-f]{1,6});");

    private CueMarkup() {
    }

    /** The speaker named by the first {@code <v Name>} tag, cleaned of overlap marks like "//S02". */
    static String voice(List<String> lines) {
        for (String line : lines) {
            Matcher m = VOICE.matcher(line);
            if (m.find() && m.group(1) != null) {
                String name = decodeEntities(m.group(1)).replaceAll("^[\\s/\\\\|*-]+|[\\s/\\\\|*-]+$", "");
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    /** The plain text of a cue: every line without markup, stripped, non-empty ones joined by a space. */
    static String plain(List<String> lines, boolean assTags) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String text = TAG.matcher(line).replaceAll("");
            if (assTags) {
                text = ASS_OVERRIDE.matcher(text).replaceAll("").replace("\\N", " ").replace("\\n", " ").replace("\\h", " ");
            }
            text = decodeEntities(text).strip();
            if (!text.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(text);
            }
        }
        return out.toString();
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "nbsp" -> "\u00A0";
                case "lrm" -> "\u200E";
                case "rlm" -> "\u200F";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String reference) {
        int cp = reference.startsWith("#x") ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "&" + reference + ";";
    }
}
