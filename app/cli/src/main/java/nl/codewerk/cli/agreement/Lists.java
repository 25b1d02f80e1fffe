package nl.codewerk.cli.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits comma-separated option values. Code names may hold commas ("Verandering voor, tijdens en
 * na het traject"), so a double-quoted part is kept whole: {@code --codes 'jim.overig,"A/B, C"'}.
 */
final class Lists {

    private Lists() {
    }

    static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String value : values) {
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    add(out, current);
                } else {
                    current.append(c);
                }
            }
            add(out, current);
        }
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String item = current.toString().strip();
        if (!item.isEmpty()) {
            out.add(item);
        }
        current.setLength(0);
    }
}
