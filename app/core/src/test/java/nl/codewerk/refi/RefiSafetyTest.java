package nl.codewerk.refi;

import static nl.codewerk.refi.QdpxFiles.entries;
import static nl.codewerk.refi.QdpxFiles.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One hostile file per attack. Each is refused whole with a message that names the reason, and
 * nothing is left behind: no project file, no temporary file.
 */
class RefiSafetyTest {

    private static final String NS = RefiImportTest.NS;
    private static final String GOOD = project(NS, "", "<CodeBook><Codes><Code guid=\"" + RefiImportTest.C1
            + "\" name=\"x\" isCodable=\"true\"/></Codes></CodeBook>");

    @TempDir
    Path dir;

    /** Imports {@code in}, expects a refusal with the key, and checks the folder holds nothing new. */
    private void assertRefused(Path in, String key, RefiImportOptions options) throws IOException {
        List<Path> before = listing();
        Path target = dir.resolve("new.cwk");
        assertThatThrownBy(() -> new RefiImportService(options).importProject(in, target, Progress.NONE))
                .isInstanceOf(RefiException.class)
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo(key))
                .satisfies(e -> assertThat(e.getMessage()).contains("nothing was imported"));
        assertThat(target).doesNotExist();
        assertThat(listing()).isEqualTo(before);
    }

    private void assertRefused(Path in, String key) throws IOException {
        assertRefused(in, key, RefiImportOptions.DEFAULT);
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void xxeExternalEntityIsRefused() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Project xmlns=\"" + NS + "\" name=\"&xxe;\"/>";
        assertRefused(QdpxFiles.zip(dir.resolve("xxe.qdpx"), entries("project.qde", xml)), "refi.doctype");
    }

    @Test
    void entityExpansionBombIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Project [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>" + dtd + "<Project xmlns=\"" + NS + "\" name=\"&a9;\"/>";
        assertRefused(QdpxFiles.zip(dir.resolve("laughs.qdpx"), entries("project.qde", xml)), "refi.doctype");
    }

    @Test
    void aDoctypeTheQuickLookMissesIsStillRefusedByTheParser() {
        // After a comment holding a "<": the prolog scan stops early, the parser's own feature refuses it.
        byte[] xml = QdpxFiles.utf8("<?xml version=\"1.0\"?><!-- <a --><!DOCTYPE Project SYSTEM \"http://example.invalid/x.dtd\"><Project name=\"x\"/>");
        assertThatThrownBy(() -> SafeXml.parse(xml, "x")).isInstanceOf(RefiException.class)
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("refi.doctype"));
    }

    @Test
    void xxeInACodebookIsRefusedAndTheProjectIsUnchanged() throws IOException {
        Path qdc = dir.resolve("xxe.qdc");
        Files.writeString(qdc, "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + RefiImportTest.C1 + "\" name=\"&xxe;\" isCodable=\"true\"/>"
                + "</Codes></CodeBook>");
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            int codes = project.codebook().codebook().size();
            assertThatThrownBy(() -> new QdcService(project).importCodebook(qdc, "test")).isInstanceOf(RefiException.class)
                    .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("refi.doctype"));
            assertThat(project.codebook().codebook().size()).isEqualTo(codes);
            assertThat(project.undoLog().nextUndo().orElseThrow().label()).doesNotContain("xxe.qdc");
        }
    }

    @Test
    void zipSlipEntryIsRefused() throws IOException {
        assertRefused(QdpxFiles.zip(dir.resolve("slip.qdpx"), entries("project.qde", GOOD, "sources/../../evil.txt", "boo")), "refi.unsafeEntry");
    }

    @Test
    void absoluteEntryNameIsRefused() throws IOException {
        assertRefused(QdpxFiles.zip(dir.resolve("absolute.qdpx"), entries("project.qde", GOOD, "/tmp/evil.txt", "boo")), "refi.unsafeEntry");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("project.qde", QdpxFiles.utf8(GOOD));
        for (int i = 0; i < ArchiveLimits.DEFAULT.maxEntries(); i++) {
            many.put("sources/" + i + ".txt", new byte[0]);
        }
        assertRefused(QdpxFiles.zip(dir.resolve("many.qdpx"), many), "refi.tooManyEntries");
    }

    @Test
    void aHighCompressionRatioIsRefused() throws IOException {
        Map<String, byte[]> bomb = entries("project.qde", GOOD, "sources/zeros.txt", new byte[50 * 1024 * 1024]);
        assertRefused(QdpxFiles.zip(dir.resolve("bomb.qdpx"), bomb), "refi.ratio");
    }

    @Test
    void aDeclaredTotalBeyondTheLimitIsRefused() throws IOException {
        byte[] zip = QdpxFiles.zipBytes(entries("project.qde", GOOD, "sources/a.txt", "kort", "sources/b.txt", "kort"));
        // Both text entries claim 1.5 GB (packed 1 GB, so no ratio alarm) in the central directory: 3 GB together.
        patchCentralSizes(zip, 1_500_000_000L, 1_000_000_000L);
        Path in = dir.resolve("huge.qdpx");
        Files.write(in, zip);
        assertRefused(in, "refi.tooLarge");
    }

    @Test
    void aSizeHeaderThatLiesIsCaughtWhileReading() throws IOException {
        byte[] noise = new byte[600 * 1024];
        new java.util.Random(1).nextBytes(noise);
        Map<String, byte[]> big = entries("project.qde", project(NS, "", "<Sources>"
                + "<TextSource guid=\"" + RefiImportTest.S1 + "\" plainTextPath=\"a.txt\"/><TextSource guid=\"" + RefiImportTest.S2
                + "\" plainTextPath=\"b.txt\"/></Sources>"), "sources/a.txt", noise, "sources/b.txt", noise);
        ArchiveLimits small = new ArchiveLimits(100, 1024 * 1024, 100, 1024 * 1024, 1024 * 1024);
        // Declared 100 kB each, the check before reading passes; the real 600 kB do not get through.
        byte[] zip = QdpxFiles.zipBytes(big);
        patchCentralSizes(zip, 100_000L, -1);
        Path in = dir.resolve("big.qdpx");
        Files.write(in, zip);
        assertRefused(in, "refi.sizeMismatch", RefiImportOptions.DEFAULT.withLimits(small));
        // Told the truth, 1.2 MB is over the 1 MB total before a byte is read.
        Path honest = QdpxFiles.zip(dir.resolve("honest.qdpx"), big);
        assertRefused(honest, "refi.tooLarge", RefiImportOptions.DEFAULT.withLimits(small));
    }

    @Test
    void malformedXmlIsRefusedWithItsLine() throws IOException {
        assertRefused(QdpxFiles.zip(dir.resolve("broken.qdpx"), entries("project.qde", "<Project name=\"x\">\n<Users>")), "refi.badXml");
    }

    @Test
    void anArchiveWithoutProjectIsRefused() throws IOException {
        assertRefused(QdpxFiles.zip(dir.resolve("empty.qdpx"), entries("readme.txt", "hallo")), "refi.noQde");
    }

    @Test
    void externalPathsInTheFileAreNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "geheim");
        String qde = project(NS, "basePath=\"" + dir + "\"", "<Sources><TextSource guid=\"" + RefiImportTest.S1 + "\" name=\"a\" plainTextPath=\"absolute://"
                + secret + "\"/><TextSource guid=\"" + RefiImportTest.S2 + "\" name=\"b\" plainTextPath=\"relative://secret.txt\"/></Sources>");
        Path in = QdpxFiles.zip(dir.resolve("external.qdpx"), entries("project.qde", qde));
        Path out = dir.resolve("external.cwk");
        RefiReport report = new RefiImportService(RefiImportOptions.DEFAULT).importProject(in, out, Progress.NONE);
        assertThat(report.notImported("text")).isEqualTo(2);
        try (Project project = Project.openReadOnly(out)) {
            assertThat(project.transcripts().find("a").orElseThrow().text()).isEmpty();
            assertThat(project.transcripts().find("b").orElseThrow().text()).isEmpty();
        }
    }

    /**
     * Sets the sizes in every central directory record except the first (project.qde): the
     * uncompressed size to {@code size} and, when not negative, the compressed size too.
     */
    private static void patchCentralSizes(byte[] zip, long size, long compressed) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        boolean first = true;
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                if (!first) {
                    b.putInt(i + 24, (int) size);
                    if (compressed >= 0) {
                        b.putInt(i + 20, (int) compressed);
                    }
                }
                first = false;
            }
        }
    }
}
