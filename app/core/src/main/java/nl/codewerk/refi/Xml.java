package nl.codewerk.refi;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading REFI-QDA elements by local name in any REFI namespace (1.0, 1:0, 0:4, 0:10 are all
 * in use) or in none, and ignoring foreign elements.
 */
final class Xml {

    private Xml() {
    }

    static boolean ours(Node node) {
        String ns = node.getNamespaceURI();
        return ns == null || ns.isEmpty() || ns.startsWith("urn:QDA-XML:");
    }

    static String name(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ours(e)) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (name(e).equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Children of the first child named {@code container}: Codes/Code, Users/User, ... */
    static List<Element> within(Element parent, String container, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(parent, container)) {
            out.addAll(children(c, localName));
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        for (Element e : children(parent)) {
            if (name(e).equals(localName)) {
                return e;
            }
        }
        return null;
    }

    /** An attribute's value, or null when absent. Attributes are unqualified in both schemas. */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /** The text of a child element, or null when there is none. */
    static String childText(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : c.getTextContent();
    }

    static List<String> refs(Element parent, String localName, String attribute) {
        List<String> out = new ArrayList<>();
        for (Element e : children(parent, localName)) {
            String target = attr(e, attribute);
            if (target != null) {
                out.add(RefiGuids.key(target));
            }
        }
        return out;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
