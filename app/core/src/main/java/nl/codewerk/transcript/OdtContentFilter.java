package nl.codewerk.transcript;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

/**
 * Removes from an ODF content.xml what is not body text of the final version before Tika reads
 * it: the tracked-changes region (which holds the deleted text), annotations (comments) and
 * footnotes/endnotes. Tika would otherwise print the deleted words at the top of the text and
 * the comments inside the sentence they annotate.
 */
final class OdtContentFilter {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final Set<QName> DROPPED = Set.of(
            new QName(TEXT, "tracked-changes"),
            new QName(OFFICE, "annotation"),
            new QName(OFFICE, "annotation-end"),
            new QName(TEXT, "note"));

    private OdtContentFilter() {
    }

    static byte[] filter(byte[] contentXml) throws XMLStreamException {
        XMLInputFactory inputs = XMLInputFactory.newFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        inputs.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentXml.length);
        XMLEventReader reader = inputs.createXMLEventReader(new ByteArrayInputStream(contentXml));
        XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
        int skipDepth = 0;
        try {
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartElement()) {
                    if (skipDepth > 0 || DROPPED.contains(event.asStartElement().getName())) {
                        skipDepth++;
                        continue;
                    }
                } else if (event.isEndElement() && skipDepth > 0) {
                    skipDepth--;
                    continue;
                } else if (skipDepth > 0 || event.getEventType() == XMLEvent.DTD) {
                    continue;
                }
                writer.add(event);
            }
            writer.flush();
        } finally {
            reader.close();
            writer.close();
        }
        return out.toByteArray();
    }
}
