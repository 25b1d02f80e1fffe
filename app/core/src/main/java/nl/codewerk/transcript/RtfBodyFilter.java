package nl.codewerk.transcript;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Takes out of RTF source what is not body text of the final version, before Tika reads it:
 * header, footer, footnote and annotation (comment) groups, and text marked as a tracked deletion
 * ({@code \deleted}). Everything else is copied byte for byte, so Tika still sees the font
 * tables and code pages it needs to decode the text.
 */
final class RtfBodyFilter {

    private static final Set<String> DROPPED_GROUPS = Set.of(
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
            "footnote", "annotation", "atnid", "atnauthor", "atndate", "atnref", "atnparent", "atnicn", "atntime");
    /** Marks in the body that point to a comment or footnote (the footnote number): not spoken text. */
    private static final Set<String> REFERENCE_MARKS = Set.of("chatn", "chftn");
    /** Control words that put a character into the text (dropped inside deleted text). */
    private static final Set<String> TEXT_WORDS = Set.of(
            "tab", "emdash", "endash", "emspace", "enspace", "qmspace", "bullet", "lquote", "rquote",
            "ldblquote", "rdblquote", "zwj", "zwnj", "ltrmark", "rtlmark");

    private final byte[] in;
    private final ByteArrayOutputStream out;
    private int i;
    private final Deque<State> stack = new ArrayDeque<>();

    /** Character formatting that matters here; RTF groups save and restore it. */
    private record State(boolean deleted, int unicodeSkip) {
    }

    private RtfBodyFilter(byte[] rtf) {
        this.in = rtf;
        this.out = new ByteArrayOutputStream(rtf.length);
        stack.push(new State(false, 1));
    }

    static byte[] filter(byte[] rtf) {
        RtfBodyFilter f = new RtfBodyFilter(rtf);
        f.run();
        return f.out.toByteArray();
    }

    private void run() {
        while (i < in.length) {
            byte b = in[i];
            if (b == '{') {
                String destination = destinationAt(i + 1);
                if (destination != null && DROPPED_GROUPS.contains(destination)) {
                    // An empty group keeps "\\chatn{...}text" from fusing into one control word.
                    out.write('{');
                    out.write('}');
                    i = endOfGroup(i);
                    continue;
                }
                stack.push(stack.peek());
                out.write(b);
                i++;
            } else if (b == '}') {
                if (stack.size() > 1) {
                    stack.pop();
                }
                out.write(b);
                i++;
            } else if (b == '\\') {
                control();
            } else {
                if (b == '\r' || b == '\n' || !deleted()) {
                    out.write(b);
                }
                i++;
            }
        }
    }

    private boolean deleted() {
        return stack.peek().deleted();
    }

    /** Handles the control word or symbol at {@code i}. */
    private void control() {
        int start = i;
        if (i + 1 >= in.length) {
            out.write(in[i++]);
            return;
        }
        byte next = in[i + 1];
        if (!isLetter(next)) {
            int length = next == '\'' ? 4 : 2;
            int end = Math.min(in.length, start + length);
            boolean text = next == '\'' || next == '\\' || next == '{' || next == '}' || next == '~' || next == '_' || next == '-';
            if (!(text && deleted())) {
                out.write(in, start, end - start);
            }
            i = end;
            return;
        }
        int p = i + 1;
        while (p < in.length && isLetter(in[p])) {
            p++;
        }
        String word = new String(in, i + 1, p - i - 1, StandardCharsets.US_ASCII);
        int paramStart = p;
        if (p < in.length && in[p] == '-') {
            p++;
        }
        while (p < in.length && in[p] >= '0' && in[p] <= '9') {
            p++;
        }
        Integer param = p > paramStart && !(p == paramStart + 1 && in[paramStart] == '-') ? parse(paramStart, p) : null;
        if (p < in.length && in[p] == ' ') {
            p++;
        }
        i = p;
        State state = stack.pop();
        switch (word) {
            case "deleted" -> state = new State(param == null || param != 0, state.unicodeSkip());
            case "plain" -> state = new State(false, state.unicodeSkip());
            case "uc" -> state = new State(state.deleted(), param == null ? 1 : Math.max(0, param));
            default -> {
            }
        }
        stack.push(state);
        if (word.equals("bin") && param != null && param > 0) {
            int end = (int) Math.min(in.length, (long) i + param);
            out.write(in, start, end - start);
            i = end;
            return;
        }
        if (state.deleted() && word.equals("u")) {
            skipFallback(state.unicodeSkip());
            return;
        }
        if (REFERENCE_MARKS.contains(word)) {
            // The anchors of dropped comments and footnotes; a delimiter keeps the next word apart.
            out.write('{');
            out.write('}');
            return;
        }
        if (!(state.deleted() && TEXT_WORDS.contains(word))) {
            out.write(in, start, i - start);
        }
    }

    /** After a deleted {@code \\uN}, its stand-in characters for old readers go too. */
    private void skipFallback(int count) {
        for (int k = 0; k < count && i < in.length; k++) {
            if (in[i] == '\\' && i + 1 < in.length && in[i + 1] == '\'') {
                i += 4;
            } else if (in[i] == '{' || in[i] == '}' || in[i] == '\\') {
                return;
            } else {
                i++;
            }
        }
    }

    /** The first control word inside the group opening at {@code from}, skipping {@code \*}. */
    private String destinationAt(int from) {
        int p = from;
        while (p < in.length && (in[p] == '\r' || in[p] == '\n')) {
            p++;
        }
        if (p + 1 < in.length && in[p] == '\\' && in[p + 1] == '*') {
            p += 2;
            while (p < in.length && (in[p] == '\r' || in[p] == '\n' || in[p] == ' ')) {
                p++;
            }
        }
        if (p + 1 >= in.length || in[p] != '\\' || !isLetter(in[p + 1])) {
            return null;
        }
        int s = p + 1;
        int e = s;
        while (e < in.length && isLetter(in[e])) {
            e++;
        }
        return new String(in, s, e - s, StandardCharsets.US_ASCII);
    }

    /** The index just after the brace that closes the group opening at {@code open}. */
    private int endOfGroup(int open) {
        int depth = 0;
        int p = open;
        while (p < in.length) {
            byte b = in[p];
            if (b == '\\' && p + 1 < in.length) {
                if (in[p + 1] == 'b' && startsWithWord(p + 1, "bin")) {
                    int q = p + 4;
                    int s = q;
                    while (q < in.length && in[q] >= '0' && in[q] <= '9') {
                        q++;
                    }
                    long n = q > s ? Long.parseLong(new String(in, s, Math.min(q - s, 18), StandardCharsets.US_ASCII)) : 0;
                    if (q < in.length && in[q] == ' ') {
                        q++;
                    }
                    p = (int) Math.min(in.length, q + n);
                    continue;
                }
                p += 2;
                continue;
            }
            if (b == '{') {
                depth++;
            } else if (b == '}') {
                depth--;
                if (depth == 0) {
                    return p + 1;
                }
            }
            p++;
        }
        return in.length;
    }

    private boolean startsWithWord(int at, String word) {
        if (at + word.length() > in.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (in[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return at + word.length() >= in.length || !isLetter(in[at + word.length()]);
    }

    private Integer parse(int from, int to) {
        try {
            return Integer.parseInt(new String(in, from, Math.min(to - from, 10), StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
