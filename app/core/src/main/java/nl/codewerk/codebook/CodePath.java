package nl.codewerk.codebook;

import java.util.ArrayList;
import java.util.List;

/**
 * A code named by the names from its root, written with {@code /} between names and
 * {@code \/} for a slash inside a name ({@code Prioriteit\/houding van de JIM}).
 */
public final class CodePath {

    private CodePath() {
    }

    public static List<String> parse(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length() && (path.charAt(i + 1) == '/' || path.charAt(i + 1) == '\\')) {
                current.append(path.charAt(++i));
            } else if (c == '/') {
                names.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString().strip());
        names.removeIf(String::isEmpty);
        return names;
    }

    public static String format(List<String> names) {
        return String.join("/", names.stream().map(n -> n.replace("\\", "\\\\").replace("/", "\\/")).toList());
    }
}
