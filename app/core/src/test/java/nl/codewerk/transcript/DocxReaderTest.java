package nl.codewerk.transcript;

import static nl.codewerk.transcript.DocxFixtures.docx;
import static nl.codewerk.transcript.DocxFixtures.p;
import static nl.codewerk.transcript.DocxFixtures.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.util.ScratchFolder;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxReaderTest {

    private static final Path FILE = Path.of("interview.docx");
    private final DocxReader reader = new DocxReader();

    private String text(byte[] docx) {
        return reader.read(FILE, docx, null).text();
    }

    private static String refusal(ThrowingRead read) {
        try {
            read.run();
        } catch (ImportRefusedException e) {
            return ((LocalizedException) e).key();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void paragraphsAreSeparatedByABlankLineAndLabelsMakeTurns() {
        ImportedText t = reader.read(FILE, docx(p("I: Hoe gaat het?") + p("") + p("R: Goed, ", "dank je.")), null);
        assertThat(t.text()).isEqualTo("I: Hoe gaat het?\n\nR: Goed, dank je.");
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly("I", "R");
        assertThat(t.format()).isEqualTo("docx");
        assertThat(t.encoding()).isNull();
    }

    @Test
    void trackedChangesAreReadAsAccepted() {
        String body = p(r("This is a text with "), "<w:ins w:id=\"1\" w:author=\"A\">" + r("two exciting ") + "</w:ins>", r("insertions."))
                + p(r("This is a text with a"), "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>n excessively modified</w:delText></w:r></w:del>", r(" deletion."))
                + p("<w:moveFrom w:id=\"3\" w:author=\"A\">" + r("moved away") + "</w:moveFrom>", r("Stays."), "<w:moveTo w:id=\"4\" w:author=\"A\">" + r(" Moved here.") + "</w:moveTo>");
        assertThat(text(docx(body))).isEqualTo("This is a text with two exciting insertions.\n\n"
                + "This is a text with a deletion.\n\nStays. Moved here.");
    }

    @Test
    void aDeletedParagraphMarkJoinsTheParagraphWithTheNext() {
        String deletedMark = "<w:pPr><w:rPr><w:del w:id=\"9\" w:author=\"A\"/></w:rPr></w:pPr>";
        String body = "<w:p>" + deletedMark + r("Eerste helft, ") + "</w:p>" + p("tweede helft.")
                + "<w:p>" + deletedMark + "<w:del w:id=\"10\" w:author=\"A\"><w:r><w:delText>Heel item weg</w:delText></w:r></w:del></w:p>"
                + p("Volgende.");
        assertThat(text(docx(body))).isEqualTo("Eerste helft, tweede helft.\n\nVolgende.");
    }

    @Test
    void headersFootersCommentsAndFootnotesAreNotBodyText() {
        String body = p(r("Tekst met "), "<w:commentRangeStart w:id=\"0\"/>", r("commentaar"), "<w:commentRangeEnd w:id=\"0\"/>",
                "<w:r><w:commentReference w:id=\"0\"/></w:r>", r(" en voetnoot"), "<w:r><w:footnoteReference w:id=\"1\"/></w:r>", r("."));
        String text = text(docx(body, true));
        assertThat(text).isEqualTo("Tekst met commentaar en voetnoot.");
    }

    @Test
    void fieldInstructionsAreNotTextButTheirResultsAre() {
        String body = p(r("Zie "), "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
                "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"http://example.org\" </w:instrText></w:r>",
                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>", r("de website"), "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
                "<w:fldSimple w:instr=\" PAGE \">" + r("3") + "</w:fldSimple>");
        assertThat(text(docx(body))).isEqualTo("Zie de website3");
    }

    @Test
    void runContentTabsBreaksHyphensAndSymbols() {
        String body = p("<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t>"
                + "<w:softHyphen/><w:t>e</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"Arial\" w:char=\"20AC\"/></w:r>");
        assertThat(text(docx(body))).isEqualTo("a\tb\nc\u2011de\u00B7€");
    }

    @Test
    void contentControlsSmartTagsAndHyperlinksAreTransparent() {
        String body = "<w:sdt><w:sdtContent>" + p("<w:smartTag w:uri=\"x\" w:element=\"place\">" + r("Amsterdam") + "</w:smartTag>",
                "<w:hyperlink w:anchor=\"x\">" + r(" centrum") + "</w:hyperlink>") + "</w:sdtContent></w:sdt>";
        assertThat(text(docx(body))).isEqualTo("Amsterdam centrum");
    }

    @Test
    void tableRowsAreLinesWithTabSeparatedCells() {
        String cell1 = "<w:tc>" + p("Naam") + "</w:tc>";
        String cell2 = "<w:tc>" + p("Eerste alinea") + p("tweede alinea") + "</w:tc>";
        String nested = "<w:tc><w:tbl><w:tr><w:tc>" + p("in") + "</w:tc><w:tc>" + p("genest") + "</w:tc></w:tr></w:tbl></w:tc>";
        String deletedRow = "<w:tr><w:trPr><w:del w:id=\"5\" w:author=\"A\"/></w:trPr><w:tc>" + p("weg") + "</w:tc></w:tr>";
        String body = p("Voor") + "<w:tbl><w:tr>" + cell1 + cell2 + nested + "</w:tr>" + deletedRow
                + "<w:tr><w:tc>" + p("I: vraag") + "</w:tc><w:tc>" + p("") + "</w:tc></w:tr></w:tbl>" + p("Na");
        ImportedText t = reader.read(FILE, docx(body), null);
        assertThat(t.text()).isEqualTo("Voor\n\nNaam\tEerste alinea tweede alinea\tin genest\nI: vraag\n\nNa");
    }

    @Test
    void textBoxesFollowTheirParagraphOnceEvenWithAFallbackCopy() {
        String box = "<w:txbxContent>" + p("In het kader") + "</w:txbxContent>";
        String run = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
                + "<wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        assertThat(text(docx(p(r("Alinea met kader."), run) + p("Daarna.")))).isEqualTo("Alinea met kader.\n\nIn het kader\n\nDaarna.");
    }

    @Test
    void theMainPartIsFoundThroughThePackageRelationships() {
        byte[] docx = DocxFixtures.docxWithMainPartAt("word/document2.xml", p("Gevonden via de relaties."));
        assertThat(text(docx)).isEqualTo("Gevonden via de relaties.");
    }

    @Test
    void aDocumentWithoutWordsIsRefusedAsEmpty() {
        assertThat(refusal(() -> reader.read(FILE, docx(p("") + p("  ")), null))).isEqualTo("import.empty");
    }

    @Test
    void damagedAndWrongFilesAreRefused() throws IOException {
        byte[] good = docx(p("Een zin."));
        assertThat(refusal(() -> reader.read(FILE, Arrays.copyOf(good, good.length / 2), null))).isEqualTo("import.damaged");
        assertThat(refusal(() -> reader.read(FILE, "This is not a zip file!".getBytes(), null))).isEqualTo("import.notZip");
        assertThat(refusal(() -> reader.read(FILE, DocxFixtures.zip(Map.of("test1.txt", "hallo")), null))).isEqualTo("import.notWordDocument");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Blad1").createRow(0).createCell(0).setCellValue("geen Word");
            workbook.write(xlsx);
        }
        assertThat(refusal(() -> reader.read(FILE, xlsx.toByteArray(), null))).isEqualTo("import.notWordDocument");
    }

    @Test
    void passwordProtectedAndOldWordFilesAreRefusedWithTheirReason(@TempDir Path dir) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("pass");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        // POI's encrypting stream wants a temporary file; Codewerk gives POI those only in a scratch folder.
        try (ScratchFolder scratch = ScratchFolder.beside(dir.resolve("geheim.docx")); POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx(p("Geheim.")));
            }
            fs.writeFilesystem(encrypted);
        }
        assertThat(refusal(() -> reader.read(FILE, encrypted.toByteArray(), null))).isEqualTo("import.encrypted");

        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        assertThat(refusal(() -> reader.read(FILE, doc.toByteArray(), null))).isEqualTo("import.legacyWord");
    }

    @Test
    void anEntryThatInflatesLikeAZipBombIsRefusedBeforeParsing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 12; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(100_000);
        assertThat(refusal(() -> reader.read(FILE, out.toByteArray(), null))).isEqualTo("import.zipBomb");
    }

    @Test
    void anEntryDeclaringAnAbsurdSizeIsRefusedWithoutReadingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("hello.txt");
            entry.setMethod(ZipEntry.STORED);
            byte[] data = "hello world\n".getBytes();
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();
        // Local file header, offset 22: the uncompressed size; claim about 4 GiB.
        bytes[22] = (byte) 0xF0;
        bytes[23] = (byte) 0xFF;
        bytes[24] = (byte) 0xFF;
        bytes[25] = (byte) 0xFF;
        assertThat(refusal(() -> reader.read(FILE, bytes, null))).isEqualTo("import.zipBomb");
    }
}
