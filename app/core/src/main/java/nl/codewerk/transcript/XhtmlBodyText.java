package nl.codewerk.transcript;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML output into {@link Paragraphs}: each block element a paragraph, each
 * table row a line with its cells separated by a tab. The document head (title, metadata) is not
 * body text, and neither are elements Tika marks as annotations or notes.
 */
final class XhtmlBodyText extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "pre", "blockquote", "dt", "dd", "caption", "ul", "ol", "dl");
    private static final Set<String> SKIPPED_CLASSES = Set.of("annotation", "note", "comment", "header", "footer");

    private final Paragraphs out = new Paragraphs();
    private final StringBuilder paragraph = new StringBuilder();
    private final Deque<Table> tables = new ArrayDeque<>();
    private boolean inBody;
    private int skipDepth;

    private static final class Table {
        final List<String> rows = new ArrayList<>();
        List<String> cells;
        StringBuilder cell;
    }

    Paragraphs paragraphs() {
        flush();
        return out;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth++;
            return;
        }
        String cssClass = atts.getValue("class");
        if (name.equals("head") || (cssClass != null && SKIPPED_CLASSES.contains(cssClass))) {
            skipDepth = 1;
            return;
        }
        switch (name) {
            case "body" -> inBody = true;
            case "table" -> {
                if (tables.isEmpty()) {
                    flush();
                }
                tables.push(new Table());
            }
            case "tr" -> {
                if (!tables.isEmpty()) {
                    tables.peek().cells = new ArrayList<>();
                }
            }
            case "td", "th" -> {
                if (!tables.isEmpty()) {
                    tables.peek().cell = new StringBuilder();
                }
            }
            case "br" -> target().append('\n');
            default -> {
                if (BLOCKS.contains(name)) {
                    boundary();
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (name) {
            case "body" -> {
                flush();
                inBody = false;
            }
            case "td", "th" -> {
                Table t = tables.peek();
                if (t != null && t.cell != null && t.cells != null) {
                    t.cells.add(t.cell.toString().replaceAll("\\s+", " ").strip());
                    t.cell = null;
                }
            }
            case "tr" -> {
                Table t = tables.peek();
                if (t != null && t.cells != null) {
                    while (!t.cells.isEmpty() && t.cells.getLast().isEmpty()) {
                        t.cells.removeLast();
                    }
                    if (!t.cells.isEmpty()) {
                        t.rows.add(String.join("\t", t.cells));
                    }
                    t.cells = null;
                }
            }
            case "table" -> {
                if (tables.isEmpty()) {
                    return;
                }
                String text = String.join("\n", tables.pop().rows);
                if (tables.isEmpty()) {
                    out.add(text);
                } else {
                    target().append(' ').append(text).append(' ');
                }
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    boundary();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inBody && skipDepth == 0) {
            target().append(ch, start, length);
        }
    }

    private StringBuilder target() {
        Table t = tables.peek();
        if (t != null && t.cell != null) {
            return t.cell;
        }
        return paragraph;
    }

    /** A block starts or ends: a new paragraph, or a space inside a table cell. */
    private void boundary() {
        Table t = tables.peek();
        if (t != null && t.cell != null) {
            t.cell.append(' ');
        } else if (tables.isEmpty()) {
            flush();
        }
    }

    private void flush() {
        out.add(paragraph);
        paragraph.setLength(0);
    }

    private static String name(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName : localName;
    }
}
