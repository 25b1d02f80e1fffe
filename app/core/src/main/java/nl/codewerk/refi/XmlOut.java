package nl.codewerk.refi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer over StAX for the exchange files: UTF-8, one default namespace,
 * attributes left out when null. Indentation makes exports readable and diffable.
 */
final class XmlOut {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter w;
    private final String namespace;
    private int depth;
    private boolean childless;

    XmlOut(String namespace) {
        this.namespace = namespace;
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.setDefaultNamespace(namespace);
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs; null values are left out. */
    XmlOut open(String name, String... attributes) {
        try {
            newline();
            if (depth == 0) {
                w.writeStartElement("", name, namespace);
                w.writeDefaultNamespace(namespace);
            } else {
                w.writeStartElement(namespace, name);
            }
            attributes(attributes);
            depth++;
            childless = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut close() {
        try {
            depth--;
            if (!childless) {
                newline();
            }
            w.writeEndElement();
            childless = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without children. */
    XmlOut empty(String name, String... attributes) {
        try {
            newline();
            w.writeEmptyElement(namespace, name);
            attributes(attributes);
            childless = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding text; nothing is written for null. */
    XmlOut text(String name, String text) {
        if (text == null) {
            return this;
        }
        try {
            newline();
            w.writeStartElement(namespace, name);
            w.writeCharacters(clean(text));
            w.writeEndElement();
            childless = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] finish() {
        try {
            w.writeEndDocument();
            w.flush();
            w.close();
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                w.writeAttribute(pairs[i], clean(pairs[i + 1]));
            }
        }
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Leaves out the few characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates). */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (!ok && out == null) {
                out = new StringBuilder(s.substring(0, i));
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
