package nl.codewerk.transcript;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;

/** A Tika parse context that never opens embedded objects: a transcript is the document's own text. */
final class TikaContext {

    private TikaContext() {
    }

    static ParseContext textOnly() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
                // Embedded pictures, spreadsheets and OLE objects are not transcript text.
            }
        });
        return context;
    }
}
