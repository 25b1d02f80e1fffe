package nl.codewerk.export.word;

import java.io.IOException;
import java.io.Writer;

/**
 * Paragraphs written straight out as WordprocessingML, for documents with tens of thousands of
 * paragraphs: building those one XWPF element at a time took most of the export's time, writing
 * their XML text takes a fraction of it (see docs/decisions/0009-exports.md). Uses
 * the same styles as {@link WordDocument}, whose skeleton it is spliced into.
 */
public final class WordStream {

    private final Writer out;
    private final String w;
    private boolean open;

    WordStream(Writer out, String prefix) {
        this.out = out;
        this.w = prefix;
    }

    /** Starts a paragraph of a style; end it with {@link #end()}. */
    public WordStream begin(String style) throws IOException {
        if (open) {
            end();
        }
        out.write("<" + w + ":p><" + w + ":pPr><" + w + ":pStyle " + w + ":val=\"");
        out.write(escape(style));
        out.write("\"/></" + w + ":pPr>");
        open = true;
        return this;
    }

    /** A run of text in a character style (null: none); line ends become line breaks. */
    public WordStream run(String text, String characterStyle) throws IOException {
        out.write("<" + w + ":r>");
        if (characterStyle != null) {
            out.write("<" + w + ":rPr><" + w + ":rStyle " + w + ":val=\"" + escape(characterStyle) + "\"/></" + w + ":rPr>");
        }
        String[] lines = WordDocument.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.write("<" + w + ":br/>");
            }
            if (!lines[i].isEmpty()) {
                out.write("<" + w + ":t xml:space=\"preserve\">");
                out.write(escape(lines[i]));
                out.write("</" + w + ":t>");
            }
        }
        out.write("</" + w + ":r>");
        return this;
    }

    public WordStream end() throws IOException {
        out.write("</" + w + ":p>");
        open = false;
        return this;
    }

    /** A whole paragraph of one text. */
    public WordStream paragraph(String style, String text) throws IOException {
        return begin(style).run(text, null).end();
    }

    /** A heading of level 1-4 (deeper levels use heading 4). */
    public WordStream heading(int level, String text) throws IOException {
        return paragraph("Heading" + Math.max(1, Math.min(4, level)), text);
    }

    /** A paragraph starting with a bold label. */
    public WordStream labelled(String style, String label, String text) throws IOException {
        return begin(style).run(label + ": ", "Label").run(text, null).end();
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
