package nl.codewerk.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.cases.Case;

/**
 * How a quote is attributed, as researchers write it under a quote: {@code (vrouw, 38)}.
 * Placeholders in braces name a case attribute ({@code {geslacht}}) or one of
 * {@code {case}}, {@code {transcript}}, {@code {speaker}}, {@code {coder}} (Dutch:
 * {@code {casus}}, {@code {spreker}}, {@code {codeur}}). A value a case lacks is left out with
 * its separator, so {@code ({geslacht}, {leeftijd})} reads {@code (vrouw)} rather than
 * {@code (vrouw, )}, and an attribution left empty disappears.
 */
public final class AttributionTemplate {

    public static final String DEFAULT = "({geslacht}, {leeftijd})";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final char MISSING = '\u0000';
    private static final Pattern MISSING_BEFORE_SEPARATOR = Pattern.compile("\u0000\\s*[,;/|–-]\\s*");
    private static final Pattern SEPARATOR_BEFORE_MISSING = Pattern.compile("\\s*[,;/|–-]\\s*\u0000");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final List<String> CASE = List.of("case", "casus");
    private static final List<String> TRANSCRIPT = List.of("transcript");
    private static final List<String> SPEAKER = List.of("speaker", "spreker");
    private static final List<String> CODER = List.of("coder", "codeur");

    /** What one quote's attribution is made from. */
    public record Source(Case caseOf, String transcript, String speaker, String coder) {
    }

    private final String template;
    private final Map<String, String> attributeNames;

    /** Checks the placeholders against the project's attributes; an unknown one is refused. */
    public AttributionTemplate(String template, List<Attribute> attributes) {
        this.template = template == null ? DEFAULT : template;
        this.attributeNames = new HashMap<>();
        for (Attribute a : attributes) {
            attributeNames.put(a.name().toLowerCase(Locale.ROOT), a.name());
        }
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(this.template);
        while (m.find()) {
            String name = m.group(1).strip().toLowerCase(Locale.ROOT);
            if (!attributeNames.containsKey(name) && !special(name)) {
                unknown.add(m.group(1));
            }
        }
        if (!unknown.isEmpty()) {
            List<String> known = new ArrayList<>(attributes.stream().map(Attribute::name).toList());
            known.addAll(List.of("case", "transcript", "speaker", "coder"));
            throw new ExportException("export.unknownPlaceholder", String.join(", ", unknown), String.join(", ", known));
        }
    }

    /**
     * The default template where the project has the attributes it names; otherwise the
     * case's name, so a project without a participants sheet still attributes its quotes.
     */
    public static AttributionTemplate defaultFor(List<Attribute> attributes) {
        try {
            return new AttributionTemplate(DEFAULT, attributes);
        } catch (ExportException e) {
            return new AttributionTemplate("({case})", attributes);
        }
    }

    public String template() {
        return template;
    }

    public String render(Source source, Locale locale) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1).strip().toLowerCase(Locale.ROOT), source, locale);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null || value.isBlank() ? String.valueOf(MISSING) : value));
        }
        m.appendTail(out);
        return tidy(out.toString());
    }

    private String value(String name, Source source, Locale locale) {
        if (CASE.contains(name)) {
            return source.caseOf() == null ? null : source.caseOf().name();
        }
        if (TRANSCRIPT.contains(name)) {
            return source.transcript();
        }
        if (SPEAKER.contains(name)) {
            return source.speaker();
        }
        if (CODER.contains(name)) {
            return source.coder();
        }
        if (source.caseOf() == null) {
            return null;
        }
        Object value = source.caseOf().attributes().get(attributeNames.get(name));
        return value == null ? null : AttributeValues.display(value, locale);
    }

    private static boolean special(String name) {
        return CASE.contains(name) || TRANSCRIPT.contains(name) || SPEAKER.contains(name) || CODER.contains(name);
    }

    /** Drops missing values with the separator beside them, then brackets left empty. */
    static String tidy(String text) {
        if (text.indexOf(MISSING) < 0) {
            return text.strip();
        }
        String s = MISSING_BEFORE_SEPARATOR.matcher(text).replaceAll("");
        s = SEPARATOR_BEFORE_MISSING.matcher(s).replaceAll("").replace(String.valueOf(MISSING), "");
        s = EMPTY_BRACKETS.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
