package nl.codewerk.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the originals of a pseudonym list in text: whole words only (a match neither starts nor
 * ends inside a word: the characters around it are not letters, digits or accents), and
 * case-aware: an original matches as written, in capitals ({@code SANNE}), in lower case
 * ({@code sanne}, as in file names) and with its first letter capitalised ({@code van Dijk} at the
 * start of a sentence as {@code Van Dijk}); other mixtures ({@code sAnNe}) are not the name.
 * Every variant becomes the replacement exactly as written. Where originals overlap, the longest
 * wins ({@code Jan de Vries} before {@code Jan}); spaces inside an original match any run of white
 * space, so a name broken over two lines is still found.
 */
public final class NameMatcher {

    /** One occurrence: {@code [start, end)} of the text, the words found, and the entry they belong to. */
    public record Match(int start, int end, String found, Pseudonym pseudonym) {
    }

    private static final String WORD_CHAR = "[\\p{L}\\p{N}\\p{M}]";

    private final Pattern pattern;
    private final Map<String, Pseudonym> byVariant;

    private NameMatcher(Pattern pattern, Map<String, Pseudonym> byVariant) {
        this.pattern = pattern;
        this.byVariant = byVariant;
    }

    public static NameMatcher of(List<Pseudonym> pseudonyms) {
        Map<String, Pseudonym> byVariant = new HashMap<>();
        // Originals as written first: where a variant of one entry is another entry, the entry wins.
        for (Pseudonym p : pseudonyms) {
            byVariant.putIfAbsent(key(p.original()), p);
        }
        for (Pseudonym p : pseudonyms) {
            for (String variant : variants(p.original())) {
                byVariant.putIfAbsent(key(variant), p);
            }
        }
        if (byVariant.isEmpty()) {
            return new NameMatcher(null, byVariant);
        }
        List<String> alternatives = new ArrayList<>(byVariant.keySet());
        alternatives.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder regex = new StringBuilder("(?<!").append(WORD_CHAR).append(")(?:");
        for (int i = 0; i < alternatives.size(); i++) {
            if (i > 0) {
                regex.append('|');
            }
            String[] words = alternatives.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    regex.append("\\s+");
                }
                regex.append(Pattern.quote(words[w]));
            }
        }
        regex.append(")(?!").append(WORD_CHAR).append(')');
        return new NameMatcher(Pattern.compile(regex.toString(), Pattern.UNICODE_CHARACTER_CLASS), byVariant);
    }

    public boolean isEmpty() {
        return pattern == null;
    }

    /** Every occurrence in the text, in order, not overlapping. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (pattern == null || text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Match(m.start(), m.end(), m.group(), byVariant.get(key(m.group()))));
        }
        return out;
    }

    public boolean matches(String text) {
        return pattern != null && text != null && pattern.matcher(text).find();
    }

    /** The text with every occurrence replaced; the same object when nothing matched. */
    public String replace(String text) {
        List<Match> matches = find(text);
        if (matches.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Match match : matches) {
            out.append(text, at, match.start()).append(match.pseudonym().replacement());
            at = match.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The forms of an original that count as the same name. */
    static Set<String> variants(String original) {
        Set<String> out = new LinkedHashSet<>();
        out.add(original);
        out.add(original.toUpperCase(Locale.ROOT));
        out.add(original.toLowerCase(Locale.ROOT));
        int first = original.codePointAt(0);
        out.add(new StringBuilder().appendCodePoint(Character.toTitleCase(first)).append(original.substring(Character.charCount(first))).toString());
        return out;
    }

    /** White space inside an original counts as one space. */
    static String key(String words) {
        return words.strip().replaceAll("(?U)\\s+", " ");
    }
}
