package nl.codewerk.transcript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

/** Word documents made in the test: a body written as XML, plus optional header, footer, comment and footnote. */
final class DocxFixtures {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NAMESPACES = " xmlns:w=\"" + W + "\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private DocxFixtures() {
    }

    /** Paragraphs "p(...)" of plain runs. */
    static String p(String... runs) {
        StringBuilder sb = new StringBuilder("<w:p>");
        for (String run : runs) {
            sb.append(run.startsWith("<") ? run : r(run));
        }
        return sb.append("</w:p>").toString();
    }

    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static byte[] docx(String bodyXml) {
        return docx(bodyXml, false);
    }

    /** A .docx with the given body; with {@code extras} also a header, a footer, a comment and a footnote. */
    static byte[] docx(String bodyXml, boolean extras) {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTBody body = CTBody.Factory.parse("<w:body" + NAMESPACES + ">" + bodyXml + "</w:body>",
                    new XmlOptions().setLoadReplaceDocumentElement(null));
            doc.getDocument().setBody(body);
            if (extras) {
                doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("HEADER TEXT");
                doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("FOOTER TEXT");
                XWPFComments comments = doc.createComments();
                XWPFComment comment = comments.createComment(BigInteger.ZERO);
                comment.setAuthor("Lotte");
                comment.createParagraph().createRun().setText("COMMENT TEXT");
                doc.createFootnote().createParagraph().createRun().setText("FOOTNOTE TEXT");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A ZIP archive with the given entries (name to UTF-8 text). */
    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal Word package whose main part is not word/document.xml, as Word Online writes it. */
    static byte[] docxWithMainPartAt(String partName, String bodyXml) {
        return zip(new java.util.LinkedHashMap<>(Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/" + partName + "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "</Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/" + partName + "\"/>"
                        + "</Relationships>",
                partName, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document" + NAMESPACES + "><w:body>" + bodyXml + "</w:body></w:document>")));
    }
}
