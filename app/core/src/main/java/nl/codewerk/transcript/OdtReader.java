package nl.codewerk.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.odf.OpenDocumentContentParser;
import org.xml.sax.SAXException;

/**
 * OpenDocument text (.odt) through Apache Tika's content parser. Only content.xml is read, so
 * page headers and footers (which live in styles.xml) stay out; {@link OdtContentFilter} takes
 * out tracked deletions, comments and notes first.
 */
final class OdtReader implements FormatReader {

    private static final String FORMAT = "ODT";
    private static final Set<String> TEXT_TYPES = Set.of(
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template");

    @Override
    public Set<String> extensions() {
        return Set.of("odt");
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, Charset encoding) {
        if (!ZipMagic.isZip(bytes)) {
            throw new ImportRefusedException("import.notZip", FORMAT);
        }
        Map<String, byte[]> parts = ZipGuard.check(bytes, FORMAT, Set.of("mimetype", "content.xml"));
        byte[] mimetype = parts.get("mimetype");
        if (mimetype != null && !TEXT_TYPES.contains(new String(mimetype, StandardCharsets.US_ASCII).strip())) {
            throw new ImportRefusedException("import.notOdtDocument");
        }
        byte[] content = parts.get("content.xml");
        if (content == null) {
            throw new ImportRefusedException("import.notOdtDocument");
        }
        try {
            XhtmlBodyText body = new XhtmlBodyText();
            new OpenDocumentContentParser().parse(new ByteArrayInputStream(OdtContentFilter.filter(content)),
                    body, new Metadata(), TikaContext.textOnly());
            return body.paragraphs().imported("odt");
        } catch (XMLStreamException | SAXException | TikaException | IOException e) {
            throw new ImportRefusedException(e, "import.damaged", FORMAT);
        }
    }
}
