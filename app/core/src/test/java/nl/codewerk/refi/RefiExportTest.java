package nl.codewerk.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefiExportTest {

    @TempDir
    Path dir;

    @Test
    void theExportValidatesAgainstTheProjectSchema() {
        try (Project project = Fixtures.rich(dir)) {
            Path out = dir.resolve("out.qdpx");
            RefiReport report = new RefiExportService(project).exportProject(out, Progress.NONE);
            Map<String, byte[]> entries = QdpxFiles.read(out);
            assertThat(Schemas.projectErrors(entries.get("project.qde"))).isEmpty();
            assertThat(report.codes()).isEqualTo(4);
            assertThat(report.sources()).isEqualTo(2);
            assertThat(report.codings()).isEqualTo(4);
            assertThat(report.cases()).isEqualTo(3);
            assertThat(report.memos()).isEqualTo(5);
            assertThat(report.users()).isEqualTo(3);
        }
    }

    @Test
    void anEmptyProjectExportsAValidFile() {
        try (Project project = TempProjects.empty(dir)) {
            Path out = dir.resolve("empty.qdpx");
            new RefiExportService(project).exportProject(out, Progress.NONE);
            assertThat(Schemas.projectErrors(QdpxFiles.read(out).get("project.qde"))).isEmpty();
        }
    }

    @Test
    void sourcesAreUtf8TextFilesNamedByGuidInALowerCaseFolder() {
        try (Project project = Fixtures.rich(dir)) {
            Path out = dir.resolve("out.qdpx");
            new RefiExportService(project).exportProject(out, Progress.NONE);
            Map<String, byte[]> entries = QdpxFiles.read(out);
            Transcript t = project.transcripts().find("01 emoji").orElseThrow();
            byte[] text = entries.get("sources/" + t.guid() + ".txt");
            assertThat(text).isNotNull();
            assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo(t.text());
            assertThat(text[0]).isNotEqualTo((byte) 0xEF);
            assertThat(entries.keySet()).allMatch(name -> name.equals("project.qde") || name.startsWith("sources/"));
        }
    }

    @Test
    void positionsAreCodePoints() {
        try (Project project = Fixtures.rich(dir)) {
            Path out = dir.resolve("out.qdpx");
            new RefiExportService(project).exportProject(out, Progress.NONE);
            String qde = new String(QdpxFiles.read(out).get("project.qde"), StandardCharsets.UTF_8);
            Transcript t = project.transcripts().find("01 emoji").orElseThrow();
            // "Nog steeds contact." comes after two emoji: its code point position is two less than its UTF-16 offset.
            int utf16 = t.text().indexOf("Nog");
            int codePoint = t.text().codePointCount(0, utf16);
            assertThat(codePoint).isEqualTo(utf16 - 2);
            assertThat(qde).contains("startPosition=\"" + codePoint + "\" endPosition=\"" + t.text().codePointCount(0, t.text().length()) + "\"");
        }
    }

    @Test
    void guidsAreTheProjectsAndStableAcrossExports() {
        try (Project project = Fixtures.rich(dir)) {
            Path first = dir.resolve("first.qdpx");
            Path second = dir.resolve("second.qdpx");
            new RefiExportService(project).exportProject(first, Progress.NONE);
            new RefiExportService(project).exportProject(second, Progress.NONE);
            byte[] a = QdpxFiles.read(first).get("project.qde");
            assertThat(a).isEqualTo(QdpxFiles.read(second).get("project.qde"));
            String qde = new String(a, StandardCharsets.UTF_8);
            Transcript t = project.transcripts().find("01 emoji").orElseThrow();
            assertThat(qde).contains("guid=\"" + t.guid() + "\"");
            for (var code : project.codebook().codebook().inTreeOrder()) {
                assertThat(qde).contains("guid=\"" + code.guid() + "\"");
            }
            Matcher guids = Pattern.compile("guid=\"([^\"]+)\"").matcher(qde);
            while (guids.find()) {
                assertThat(RefiGuids.isValid(guids.group(1))).as(guids.group(1)).isTrue();
            }
        }
    }

    @Test
    void theCodebookExportValidatesAgainstTheCodebookSchema() throws Exception {
        try (Project project = Fixtures.rich(dir)) {
            Path out = dir.resolve("codes.qdc");
            RefiReport report = new QdcService(project).exportCodebook(out);
            assertThat(report.codes()).isEqualTo(4);
            byte[] xml = java.nio.file.Files.readAllBytes(out);
            assertThat(Schemas.codebookErrors(xml)).isEmpty();
            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text).contains("isCodable=\"false\"").contains("When to use: Als het goed ging").contains("color=\"#12AB34\"");
        }
    }

    @Test
    void whatTheFormatCannotCarryIsListed() {
        try (Project project = Fixtures.rich(dir)) {
            project.codebook().markCore(project.codebook().codebook().resolve("Contact").orElseThrow().id(), "test");
            RefiReport report = new RefiExportService(project).exportProject(dir.resolve("out.qdpx"), Progress.NONE);
            assertThat(report.notImported()).extracting(NotImported::kind).containsExactly("level");
        }
    }
}
