package nl.codewerk.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body text of a Word document as the reader of the final version sees it: tracked
 * insertions kept, tracked deletions (w:del, w:moveFrom, deleted table rows, deleted paragraph
 * marks) dropped; no headers, footers, comments, footnotes or endnotes, no field instructions.
 * Table rows become lines with their cells separated by a tab; text boxes follow the paragraph
 * that anchors them. Walks the XML itself because POI's paragraph text mixes deleted text in.
 */
final class DocxBodyText {

    private static final Set<String> WORD_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /** Wrappers whose content is ordinary body or run content. */
    private static final Set<String> TRANSPARENT = Set.of(
            "ins", "moveTo", "customXml", "smartTag", "sdtContent", "hyperlink", "fldSimple", "bdo", "dir");
    /** Deleted or moved-away content: not in the final text. */
    private static final Set<String> DELETED = Set.of("del", "moveFrom");

    /** Text of paragraphs whose paragraph mark was deleted: it joins the next paragraph. */
    private final StringBuilder carried = new StringBuilder();

    private DocxBodyText() {
    }

    static Paragraphs of(XWPFDocument document) {
        Paragraphs out = new Paragraphs();
        DocxBodyText walker = new DocxBodyText();
        walker.blocks(document.getDocument().getBody().getDomNode(), out::add);
        walker.flushCarried(out::add);
        return out;
    }

    private void blocks(Node parent, Consumer<String> sink) {
        for (Element child : children(parent)) {
            String name = child.getLocalName();
            if (isWord(child) && name.equals("p")) {
                paragraph(child, sink);
            } else if (isWord(child) && name.equals("tbl")) {
                table(child, sink);
            } else if (isWord(child) && (TRANSPARENT.contains(name) || name.equals("sdt"))) {
                blocks(child, sink);
            } else if (isChoiceWrapper(child)) {
                choice(child).ifPresent(c -> blocks(c, sink));
            }
        }
    }

    private void paragraph(Element p, Consumer<String> sink) {
        StringBuilder text = new StringBuilder(carried);
        carried.setLength(0);
        List<Element> textBoxes = new ArrayList<>();
        inline(p, text, textBoxes);
        if (paragraphMarkDeleted(p)) {
            carried.append(text);
        } else {
            sink.accept(text.toString());
        }
        for (Element box : textBoxes) {
            blocks(box, sink);
        }
    }

    private void inline(Node parent, StringBuilder text, List<Element> textBoxes) {
        for (Element child : children(parent)) {
            String name = child.getLocalName();
            if (isWord(child)) {
                if (name.equals("r")) {
                    run(child, text, textBoxes);
                } else if (TRANSPARENT.contains(name) || name.equals("sdt")) {
                    inline(child, text, textBoxes);
                } else if (name.equals("ruby")) {
                    // The base text is what is read; the ruby annotation above it is a reading aid.
                    children(child).stream().filter(c -> c.getLocalName().equals("rubyBase"))
                            .forEach(base -> inline(base, text, textBoxes));
                }
            } else if (MATH.equals(child.getNamespaceURI()) && (name.equals("oMath") || name.equals("oMathPara"))) {
                mathText(child, text);
            } else if (isChoiceWrapper(child)) {
                choice(child).ifPresent(c -> inline(c, text, textBoxes));
            }
        }
    }

    private void run(Element r, StringBuilder text, List<Element> textBoxes) {
        for (Element child : children(r)) {
            String name = child.getLocalName();
            if (isChoiceWrapper(child)) {
                choice(child).ifPresent(c -> run(c, text, textBoxes));
                continue;
            }
            if (!isWord(child)) {
                continue;
            }
            switch (name) {
                case "t" -> appendText(child, text);
                case "tab", "ptab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('\u2011');
                case "sym" -> symbol(child, text);
                case "drawing", "pict", "object" -> collectTextBoxes(child, textBoxes);
                default -> {
                    // delText, instrText, footnote/endnote/comment references, field characters,
                    // run properties and soft hyphens carry no body text.
                }
            }
        }
    }

    private void table(Element tbl, Consumer<String> sink) {
        flushCarried(sink);
        List<String> rows = new ArrayList<>();
        for (Element row : rowsOf(tbl)) {
            if (rowDeleted(row)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : cellsOf(row)) {
                List<String> parts = new ArrayList<>();
                blocks(cell, parts::add);
                flushCarried(parts::add);
                cells.add(cellText(parts));
            }
            while (!cells.isEmpty() && cells.getLast().isEmpty()) {
                cells.removeLast();
            }
            if (!cells.isEmpty()) {
                rows.add(String.join("\t", cells));
            }
        }
        if (!rows.isEmpty()) {
            sink.accept(String.join("\n", rows));
        }
    }

    /** A row must stay one line: paragraphs and nested tables inside a cell are joined by spaces. */
    private static String cellText(List<String> parts) {
        StringBuilder cell = new StringBuilder();
        for (String part : parts) {
            String flat = part.replaceAll("[\\t\\n\\r\\u000B]+", " ").strip();
            if (!flat.isEmpty()) {
                if (!cell.isEmpty()) {
                    cell.append(' ');
                }
                cell.append(flat);
            }
        }
        return cell.toString();
    }

    private List<Element> rowsOf(Element container) {
        List<Element> rows = new ArrayList<>();
        for (Element child : children(container)) {
            if (!isWord(child)) {
                continue;
            }
            if (child.getLocalName().equals("tr")) {
                rows.add(child);
            } else if (TRANSPARENT.contains(child.getLocalName()) || child.getLocalName().equals("sdt")) {
                rows.addAll(rowsOf(child));
            }
        }
        return rows;
    }

    private List<Element> cellsOf(Element container) {
        List<Element> cells = new ArrayList<>();
        for (Element child : children(container)) {
            if (!isWord(child)) {
                continue;
            }
            if (child.getLocalName().equals("tc")) {
                cells.add(child);
            } else if (TRANSPARENT.contains(child.getLocalName()) || child.getLocalName().equals("sdt")) {
                cells.addAll(cellsOf(child));
            }
        }
        return cells;
    }

    private void flushCarried(Consumer<String> sink) {
        if (!carried.isEmpty()) {
            sink.accept(carried.toString());
            carried.setLength(0);
        }
    }

    /** w:pPr/w:rPr/w:del: the paragraph mark itself was deleted, so this paragraph runs into the next. */
    private static boolean paragraphMarkDeleted(Element p) {
        return child(p, "pPr").flatMap(ppr -> child(ppr, "rPr")).flatMap(rpr -> child(rpr, "del")).isPresent();
    }

    private static boolean rowDeleted(Element tr) {
        return child(tr, "trPr").flatMap(trpr -> child(trpr, "del")).isPresent();
    }

    /** Text boxes inside a drawing or VML shape; the fallback copy of an mc:AlternateContent is skipped. */
    private static void collectTextBoxes(Element element, List<Element> boxes) {
        for (Element child : children(element)) {
            if (MARKUP_COMPATIBILITY.equals(child.getNamespaceURI()) && child.getLocalName().equals("Fallback")) {
                continue;
            }
            if (isWord(child) && child.getLocalName().equals("txbxContent")) {
                boxes.add(child);
            } else if (isChoiceWrapper(child)) {
                choice(child).ifPresent(c -> collectTextBoxes(c, boxes));
            } else {
                collectTextBoxes(child, boxes);
            }
        }
    }

    private static void symbol(Element sym, StringBuilder text) {
        String code = attribute(sym, "char");
        if (code == null || code.isEmpty()) {
            return;
        }
        try {
            int cp = Integer.parseInt(code, 16);
            // F0xx are glyph positions in a symbol font (Wingdings), not characters.
            if (cp >= 0xF000 && cp <= 0xF0FF) {
                cp -= 0xF000;
                if (cp < 0x20) {
                    return;
                }
            }
            text.appendCodePoint(cp);
        } catch (IllegalArgumentException e) {
            // An unreadable symbol code is formatting noise, not text.
        }
    }

    private static void mathText(Element math, StringBuilder text) {
        for (Element child : children(math)) {
            if (MATH.equals(child.getNamespaceURI()) && child.getLocalName().equals("t")) {
                appendText(child, text);
            } else {
                mathText(child, text);
            }
        }
    }

    /** XmlBeans' DOM has no getTextContent(), so the character data is gathered by hand. */
    private static void appendText(Node node, StringBuilder text) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                appendText(n, text);
            }
        }
    }

    private static boolean isChoiceWrapper(Element e) {
        return MARKUP_COMPATIBILITY.equals(e.getNamespaceURI()) && e.getLocalName().equals("AlternateContent");
    }

    /** The first mc:Choice of an mc:AlternateContent: the content Word itself shows. */
    private static Optional<Element> choice(Element alternate) {
        return children(alternate).stream()
                .filter(c -> MARKUP_COMPATIBILITY.equals(c.getNamespaceURI()) && c.getLocalName().equals("Choice"))
                .findFirst();
    }

    private static boolean isWord(Element e) {
        return WORD_NAMESPACES.contains(e.getNamespaceURI());
    }

    private static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(c -> isWord(c) && c.getLocalName().equals(localName)).findFirst();
    }

    private static String attribute(Element e, String localName) {
        for (String ns : WORD_NAMESPACES) {
            String value = e.getAttributeNS(ns, localName);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName() != null) {
                out.add(e);
            }
        }
        return out;
    }
}
