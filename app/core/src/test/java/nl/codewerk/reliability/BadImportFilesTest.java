package nl.codewerk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.codewerk.i18n.Messages;
import nl.codewerk.testsupport.ProjectSnapshot;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile and broken transcript files, generated here (never downloaded). Each is
 * refused with one line in English and in Dutch, and the project holds exactly what it held
 * before. Counted in docs/reliability.md.
 */
class BadImportFilesTest {

    @TempDir
    Path dir;

    @AfterEach
    void englishAgain() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void xxeInsideADocxIsRefused() throws Exception {
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        byte[] docx = rewriteEntry(validDocx("Gewoon een tekst."), "word/document.xml",
                xml -> xml.replaceFirst("<\\?xml[^>]*\\?>", java.util.regex.Matcher.quoteReplacement(doctype)).replace("Gewoon een tekst.", "&x;"));
        assertRefusedInBothLanguages("xxe.docx", docx);
    }

    @Test
    void zipBombDocxIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(validDocx("tekst")))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry("word/media/bomb.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 220; i++) {
                zip.write(zeros); // 220 MB of zeros: a few hundred kB packed
            }
        }
        assertRefusedInBothLanguages("bomb.docx", out.toByteArray());
    }

    @Test
    void zipSlipEntryInADocxIsRefusedOrIgnoredWithoutWritingOutside() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(validDocx("Een zin.")))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry("../../codewerk-slip.txt"));
            zip.write("escaped".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("slip.docx");
        Files.write(file, out.toByteArray());
        Files.createDirectories(dir.resolve("p"));
        try (Project project = TempProjects.withSmallCodebook(dir.resolve("p"))) {
            project.importer().importFiles(List.of(file), ImportOptions.DEFAULT, Progress.NONE);
        }
        // Codewerk never unpacks a document to disk, so nothing can land outside its folder.
        assertThat(dir.getParent().resolve("codewerk-slip.txt")).doesNotExist();
        assertThat(dir.resolve("codewerk-slip.txt")).doesNotExist();
    }

    @Test
    void wrongExtensionIsRefused() throws Exception {
        assertRefusedInBothLanguages("plain-text.docx", "I: Dit is geen Word-bestand.\n".getBytes(StandardCharsets.UTF_8));
        assertRefusedInBothLanguages("word-file.odt", validDocx("Een Word-bestand met de naam van een ODT."));
    }

    @Test
    void truncatedDocxIsRefused() throws Exception {
        byte[] docx = validDocx("Deze zin wordt afgekapt.");
        assertRefusedInBothLanguages("truncated.docx", java.util.Arrays.copyOf(docx, docx.length / 2));
    }

    @Test
    void binaryAndInvalidEncodingsAreRefused() throws Exception {
        assertRefusedInBothLanguages("binary.txt", new byte[] {0x00, 0x01, 0x02, 0x7F, 0x1B, 0x00, 0x10, 0x11});
        // 0x81 and 0x8D are neither UTF-8 nor defined in Windows-1252.
        assertRefusedInBothLanguages("invalid.txt", new byte[] {'I', ':', ' ', 'a', (byte) 0x81, 'b', (byte) 0x8D, '\n'});
        assertRefusedInBothLanguages("bad-bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, '\n'});
        assertRefusedInBothLanguages("empty.txt", new byte[0]);
    }

    @Test
    void aVeryLongLineImportsWhole() throws Exception {
        String line = "R: " + "ja en toen gingen we weer verder ".repeat(200_000);
        Path file = dir.resolve("lang.txt");
        Files.writeString(file, line);
        try (Project project = TempProjects.empty(dir)) {
            ImportReport report = project.importer().importFiles(List.of(file), ImportOptions.DEFAULT, Progress.NONE);
            assertThat(report.imported()).singleElement().satisfies(i -> assertThat(i.turns()).isEqualTo(1));
            assertThat(project.transcripts().get(report.imported().getFirst().id()).orElseThrow().text()).isEqualTo(line);
        }
    }

    private void assertRefusedInBothLanguages(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        Path projectDir = Files.createTempDirectory(dir, "project");
        try (Project project = TempProjects.withSmallCodebook(projectDir)) {
            TempProjects.addTranscript(project, "bestaand", "Vraag", "Antwoord");
            String before = ProjectSnapshot.of(project);
            String english = refusal(project, file, Locale.ENGLISH);
            String dutch = refusal(project, file, Locale.of("nl"));
            assertThat(english).as(name).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
            assertThat(dutch).as(name).isNotBlank().doesNotContain("\n").isNotEqualTo(english);
            assertThat(ProjectSnapshot.of(project)).as(name).isEqualTo(before);
        }
    }

    private static String refusal(Project project, Path file, Locale locale) {
        Messages.setLocale(locale);
        ImportReport report = project.importer().importFiles(List.of(file), ImportOptions.DEFAULT, Progress.NONE);
        assertThat(report.imported()).as(file.getFileName().toString()).isEmpty();
        assertThat(report.refused()).as(file.getFileName().toString()).hasSize(1);
        return report.refused().getFirst().reason();
    }

    private static byte[] validDocx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] rewriteEntry(byte[] zipBytes, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
            }
        }
        return out.toByteArray();
    }
}
