package nl.codewerk.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word .docx through Apache POI: the main document part (found through the package
 * relationships, as Word Online names it document2.xml), body only, tracked changes accepted.
 * See {@link DocxBodyText} for what counts as body text.
 */
final class DocxReader implements FormatReader {

    private static final String FORMAT = "DOCX";

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, Charset encoding) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw oleRefusal(bytes);
        }
        if (magic != FileMagic.OOXML) {
            throw new ImportRefusedException("import.notZip", FORMAT);
        }
        ZipGuard.check(bytes, FORMAT, Set.of());
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            requireWordMainPart(pkg);
            XWPFDocument document = new XWPFDocument(pkg);
            return DocxBodyText.of(document).imported("docx");
        } catch (ImportRefusedException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            // A ZIP without [Content_Types].xml or without a Word main part.
            throw new ImportRefusedException(e, "import.notWordDocument");
        } catch (IOException | RuntimeException e) {
            // POIXMLException, XmlException causes, a part cut short: POI could not read it.
            throw new ImportRefusedException(e, "import.damaged", FORMAT);
        } finally {
            if (pkg != null) {
                // Opened from memory: revert closes without trying to write anything back.
                pkg.revert();
            }
        }
    }

    /** The package must point to a WordprocessingML main part; an .xlsx or plain zip renamed .docx does not. */
    private static void requireWordMainPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.isEmpty()) {
            throw new ImportRefusedException("import.notWordDocument");
        }
        PackageRelationship main = rels.getRelationship(0);
        PackagePart part = pkg.getPart(main);
        if (part == null || !part.getContentType().contains("wordprocessingml")) {
            throw new ImportRefusedException("import.notWordDocument");
        }
    }

    /** An OLE2 file named .docx: a password-protected docx, or an old .doc renamed. */
    private static ImportRefusedException oleRefusal(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new ImportRefusedException("import.encrypted");
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return new ImportRefusedException("import.legacyWord");
            }
            return new ImportRefusedException("import.notWordDocument");
        } catch (IOException | RuntimeException e) {
            return new ImportRefusedException(e, "import.damaged", FORMAT);
        }
    }
}
