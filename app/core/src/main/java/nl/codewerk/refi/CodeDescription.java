package nl.codewerk.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.codewerk.codebook.Code;

/**
 * A code's guidance in the one {@code Description} REFI-QDA has: the definition first, then the
 * other fields under fixed English labels, each after a blank line. Other tools show it as one
 * readable text; reading it back splits it into the fields again. A description without the
 * labels is all definition.
 */
record CodeDescription(String definition, String whenToUse, String whenNotToUse, String example, String nameEn) {

    static final String WHEN_TO_USE = "When to use";
    static final String WHEN_NOT_TO_USE = "When not to use";
    static final String EXAMPLE = "Example";
    static final String ENGLISH_NAME = "English name";

    private static final Pattern LABEL = Pattern.compile(
            "(?:\\A|\\n\\n)(" + WHEN_TO_USE + "|" + WHEN_NOT_TO_USE + "|" + EXAMPLE + "|" + ENGLISH_NAME + "): ");

    static CodeDescription of(Code code) {
        return new CodeDescription(code.definition(), code.whenToUse(), code.whenNotToUse(), code.example(), code.nameEn());
    }

    /** The description text, or null when every field is empty. */
    String compose() {
        List<String> parts = new ArrayList<>();
        if (!blank(definition)) {
            parts.add(definition.strip());
        }
        add(parts, WHEN_TO_USE, whenToUse);
        add(parts, WHEN_NOT_TO_USE, whenNotToUse);
        add(parts, EXAMPLE, example);
        add(parts, ENGLISH_NAME, nameEn);
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    static CodeDescription parse(String description) {
        if (blank(description)) {
            return new CodeDescription(null, null, null, null, null);
        }
        String text = description.replace("\r\n", "\n").strip();
        Matcher m = LABEL.matcher(text);
        List<int[]> found = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1));
        }
        String definition = found.isEmpty() ? text : text.substring(0, found.getFirst()[0]);
        String when = null;
        String whenNot = null;
        String example = null;
        String nameEn = null;
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < found.size() ? found.get(i + 1)[0] : text.length();
            String value = text.substring(found.get(i)[1], end).strip();
            switch (labels.get(i)) {
                case WHEN_TO_USE -> when = value;
                case WHEN_NOT_TO_USE -> whenNot = value;
                case EXAMPLE -> example = value;
                default -> nameEn = value;
            }
        }
        return new CodeDescription(blank(definition) ? null : definition.strip(), when, whenNot, example, nameEn);
    }

    private static void add(List<String> parts, String label, String value) {
        if (!blank(value)) {
            parts.add(label + ": " + value.strip());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
