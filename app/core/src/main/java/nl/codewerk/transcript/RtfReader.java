package nl.codewerk.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.xml.sax.SAXException;

/**
 * Rich Text Format through Apache Tika's RTF parser, which honours each font's character set
 * (Shift-JIS, Central European) where simpler readers produce mojibake. {@link RtfBodyFilter}
 * first removes headers, footers, footnotes, comments and tracked deletions.
 */
final class RtfReader implements FormatReader {

    private static final String FORMAT = "RTF";

    @Override
    public Set<String> extensions() {
        return Set.of("rtf");
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, Charset encoding) {
        if (!startsWithRtfHeader(bytes)) {
            throw new ImportRefusedException("import.notRtf");
        }
        try {
            XhtmlBodyText body = new XhtmlBodyText();
            new RTFParser().parse(new ByteArrayInputStream(RtfBodyFilter.filter(bytes)), body, new Metadata(), TikaContext.textOnly());
            return body.paragraphs().imported("rtf");
        } catch (SAXException | TikaException | IOException e) {
            throw new ImportRefusedException(e, "import.damaged", FORMAT);
        }
    }

    /** "{\rtf", possibly after a UTF-8 byte-order mark or whitespace some tools write first. */
    private static boolean startsWithRtfHeader(byte[] bytes) {
        int p = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            p = 3;
        }
        while (p < bytes.length && (bytes[p] == ' ' || bytes[p] == '\r' || bytes[p] == '\n' || bytes[p] == '\t')) {
            p++;
        }
        String head = new String(bytes, p, Math.min(5, bytes.length - p), StandardCharsets.US_ASCII);
        return head.equals("{\\rtf");
    }
}
