package nl.codewerk.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from an exchange file, which may come from anyone: no DOCTYPE at all (so no
 * entity expansion, no external entities, no DTD fetched), no XInclude, the JDK's secure
 * processing limits on. REFI-QDA files never need a DTD, so refusing one costs nothing.
 */
final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    /** @param what the entry or file name, for messages */
    static Document parse(byte[] bytes, String what) {
        if (declaresDoctype(bytes)) {
            throw new RefiException("refi.doctype", what);
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains(DISALLOW_DOCTYPE)) {
                throw new RefiException(e, "refi.doctype", what);
            }
            throw new RefiException(e, "refi.badXml", what, e.getLineNumber(), e.getMessage());
        } catch (SAXException | IOException e) {
            throw new RefiException(e, "refi.badXml", what, 0, e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature(DISALLOW_DOCTYPE, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /**
     * Looks for a DOCTYPE in the prolog before parsing, so the refusal names the real reason
     * whatever language the parser's own messages are in. UTF-16 files are looked at as
     * UTF-16; the parser's feature still stops what this misses.
     */
    static boolean declaresDoctype(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024);
        String head;
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || bytes[0] == 0 && bytes[1] == '<')) {
            head = new String(bytes, 0, n, StandardCharsets.UTF_16BE);
        } else if (n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || bytes[0] == '<' && bytes[1] == 0)) {
            head = new String(bytes, 0, n, StandardCharsets.UTF_16LE);
        } else {
            head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        }
        int root = firstElement(head);
        String prolog = root < 0 ? head : head.substring(0, root);
        return prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY");
    }

    /** Index of the first start tag that is not a declaration, comment or processing instruction. */
    private static int firstElement(String s) {
        int i = 0;
        while ((i = s.indexOf('<', i)) >= 0) {
            if (i + 1 < s.length() && s.charAt(i + 1) != '?' && s.charAt(i + 1) != '!') {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
