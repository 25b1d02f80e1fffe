package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.codewerk.project.ChangeEvent;
import nl.codewerk.project.Compaction;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.util.CancelledException;
import nl.codewerk.util.Progress;
import nl.codewerk.util.Words;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportReport importAll(Project project, Path... inputs) {
        return project.importer().importFiles(List.of(inputs), ImportOptions.DEFAULT, Progress.NONE);
    }

    @Test
    void aFolderImportsEveryTranscriptFormatAndListsTheRest() throws IOException {
        write("01-marloes.txt", "I: Hoe was het?\n\nR: Goed.\n");
        write("02-farid.docx", DocxFixtures.docx(DocxFixtures.p("I: Vraag") + DocxFixtures.p("R: Antwoord")));
        write("03-nadia.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Nadia>Hallo.\n");
        write("04-film.srt", "1\n00:00:01,000 --> 00:00:02,000\nOndertitel.\n");
        write("05-verslag.rtf", "{\\rtf1\\ansi Verslag.\\par}");
        write("06-notities.odt", DocxFixtures.zip(java.util.Map.of("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + "<text:p>Notitie.</text:p></office:text></office:body></office:document-content>")));
        write("scan.pdf", "%PDF-1.4");
        write("foto.png", new byte[] {1, 2, 3});
        write(".DS_Store", new byte[] {0});
        try (Project project = TempProjects.empty(dir)) {
            ImportReport report = importAll(project, dir.resolve("in"));
            assertThat(report.refused()).isEmpty();
            assertThat(report.imported()).extracting(ImportReport.Imported::name)
                    .containsExactly("01-marloes", "02-farid", "03-nadia", "04-film", "05-verslag", "06-notities");
            assertThat(report.imported()).extracting(ImportReport.Imported::format).containsExactly("txt", "docx", "vtt", "srt", "rtf", "odt");
            assertThat(report.skipped()).extracting(s -> s.file().getFileName().toString()).containsExactly("foto.png", "scan.pdf");
            assertThat(project.transcripts().count()).isEqualTo(6);
            Transcript nadia = project.transcripts().find("03-nadia").orElseThrow();
            assertThat(nadia.text()).isEqualTo("Nadia: Hallo.");
            assertThat(nadia.turns()).extracting(Turn::speaker).containsExactly("Nadia");
        }
    }

    @Test
    void badFilesAreRefusedWithOneLineAndTheOthersStillImport() throws IOException {
        Path good = write("goed.txt", "I: Ja.\n");
        Path empty = write("leeg.txt", new byte[0]);
        Path binary = write("binair.txt", new byte[] {0, 1, 2, 3, 0x7F});
        Path notZip = write("kapot.docx", "This is not a zip file!");
        Path unknown = write("data.xyz", "?");
        Path missing = dir.resolve("in/bestaat-niet.txt");
        try (Project project = TempProjects.empty(dir)) {
            ImportReport report = importAll(project, empty, binary, good, notZip, unknown, missing);
            assertThat(report.imported()).extracting(ImportReport.Imported::name).containsExactly("goed");
            assertThat(report.refused()).hasSize(5);
            assertThat(report.anyRefused()).isTrue();
            report.refused().forEach(r -> assertThat(r.reason()).isNotBlank().doesNotContain("\n").doesNotContain("Exception"));
            assertThat(report.refused()).extracting(ImportReport.Refused::reason).contains(
                    "the file is empty or holds no text", "binary data, not text",
                    "not a real DOCX file: the contents are not a ZIP package (renamed file or failed download?)");
            assertThat(project.transcripts().count()).isEqualTo(1);
            assertThat(project.cases().cases()).extracting(c -> c.name()).containsExactly("goed");
        }
    }

    @Test
    void theSameBytesTwiceAreSkippedAndReported() throws IOException {
        Path file = write("interview.txt", "I: Eén keer.\n");
        Path copy = write("kopie.txt", "I: Eén keer.\n");
        try (Project project = TempProjects.empty(dir)) {
            assertThat(importAll(project, file).imported()).hasSize(1);
            ImportReport again = importAll(project, file, copy);
            assertThat(again.imported()).isEmpty();
            assertThat(again.skipped()).hasSize(2);
            assertThat(again.skipped().getFirst().reason()).isEqualTo("already imported as \"interview\" (same file contents)");
            assertThat(project.transcripts().count()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatFailsWhileBeingStoredLeavesNothingBehind() throws IOException {
        FormatReader broken = new FormatReader() {
            @Override
            public Set<String> extensions() {
                return Set.of("txt");
            }

            @Override
            public ImportedText read(Path file, byte[] bytes, Charset encoding) {
                // Two turns with the same ordinal: the transcript row is written, then the turns fail.
                return new ImportedText("I: a\n\nR: b", List.of(new Turn(0, 0, 3, 4, "I", null), new Turn(0, 6, 9, 10, "R", null)),
                        "txt", "UTF-8", "LF");
            }
        };
        Path file = write("half.txt", "I: a\n\nR: b");
        try (Project project = TempProjects.empty(dir)) {
            ImportService service = new ImportService(project.database(), project.transcripts(), project.cases(), new FormatReaders(List.of(broken)));
            ImportReport report = service.importFiles(List.of(file), ImportOptions.DEFAULT, Progress.NONE);
            assertThat(report.imported()).isEmpty();
            assertThat(report.refused()).hasSize(1);
            assertThat(project.transcripts().count()).isZero();
            assertThat(project.cases().cases()).isEmpty();
        }
    }

    @Test
    void theReportTellsTheEncodingAndLineEnds() throws IOException {
        Path file = write("oud.txt", "I: Caf\u00e9\r\n".getBytes(Charset.forName("windows-1252")));
        try (Project project = TempProjects.empty(dir)) {
            ImportReport.Imported imported = importAll(project, file).imported().getFirst();
            assertThat(imported.notes()).containsExactly("read as windows-1252", "CRLF line ends changed to LF");
            Transcript t = project.transcripts().get(imported.id()).orElseThrow();
            assertThat(t.text()).isEqualTo("I: Café\n");
            assertThat(t.encoding()).isEqualTo("windows-1252");
            assertThat(t.lineEnds()).isEqualTo("CRLF");
        }
    }

    @Test
    void aFiftyThousandWordTranscriptImportsWhole() throws IOException {
        StringBuilder text = new StringBuilder("Interview 99 — lange opname\n");
        int spoken = 0;
        int turns = 0;
        String[] sentence = {"ja", "dus", "toen", "ging", "ik", "naar", "de", "JIM", "en", "zij", "zei", "eigenlijk", "wel", "iets", "moois"};
        while (spoken < 50_000) {
            text.append("\n").append(turns % 2 == 0 ? "I: " : "R: ");
            int n = 40 + (turns * 7) % 60;
            for (int i = 0; i < n; i++) {
                text.append(i == 0 ? "" : " ").append(sentence[(turns + i) % sentence.length]);
            }
            text.append(".\n");
            spoken += n;
            turns++;
        }
        text.append("\nR: einde.\n");
        spoken++;
        turns++;
        Path file = write("lang.txt", text.toString());
        try (Project project = TempProjects.empty(dir)) {
            ImportReport report = importAll(project, file);
            Transcript t = project.transcripts().get(report.imported().getFirst().id()).orElseThrow();
            assertThat(t.text()).isEqualTo(text.toString());
            assertThat(Words.count(t.text())).isGreaterThanOrEqualTo(50_000);
            assertThat(t.turns()).hasSize(turns + 1);
            assertThat(t.turns().stream().filter(x -> x.speaker() != null)).hasSize(turns);
            assertThat(t.turnText(t.turns().getLast())).isEqualTo("einde.");
            assertThat(t.turns().stream().skip(1).mapToInt(x -> Words.count(t.turnText(x))).sum()).isEqualTo(spoken);
        }
    }

    @Test
    void eachFileIsStoredWithItsCaseAndListenersHearOnce() throws IOException {
        write("a.txt", "I: Een.\n\nR: Ja.\n");
        write("b.txt", "I: Twee.\n\nR: Nee.\n");
        write("c.txt", "I: Drie.\n\nR: Misschien.\n");
        try (Project project = TempProjects.empty(dir)) {
            List<ChangeEvent> told = new ArrayList<>();
            project.database().addListener(told::add);
            ImportReport report = importAll(project, dir.resolve("in"));
            assertThat(report.imported()).hasSize(3);
            // Each file with its own case (one transaction per file; the crash trials kill imports
            // half way and find no transcript without its case or turns).
            assertThat(project.cases().cases()).hasSize(3);
            // Listeners hear once, after the whole import, about every table it changed.
            assertThat(told).singleElement().satisfies(event -> {
                assertThat(event.kind()).isEqualTo(ChangeEvent.Kind.IMPORT);
                assertThat(event.tables()).containsExactlyInAnyOrder("cases", "transcripts", "turns");
            });
            // The statements kept for the next import leave nothing running (VACUUM would refuse).
            Compaction.purgeDeletedContent(project.database());
        }
    }

    @Test
    void theSameBytesTwiceInOneImportAreStoredOnce() throws IOException {
        write("a-interview.txt", "I: Hetzelfde.\n");
        write("b-kopie.txt", "I: Hetzelfde.\n");
        write("c-ander.txt", "I: Iets anders.\n");
        try (Project project = TempProjects.empty(dir)) {
            ImportReport report = importAll(project, dir.resolve("in"));
            assertThat(report.imported()).extracting(ImportReport.Imported::name).containsExactly("a-interview", "c-ander");
            assertThat(report.skipped()).extracting(ImportReport.Skipped::reason)
                    .containsExactly("already imported as \"a-interview\" (same file contents)");
        }
    }

    @Test
    void filesWithTheSameNameInOneImportGetFreeNames() throws IOException {
        Path txt = write("gesprek.txt", "I: Tekst.\n");
        Path vtt = write("gesprek.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Sam>Ondertitel.\n");
        Path srt = write("gesprek.srt", "1\n00:00:01,000 --> 00:00:02,000\nNog een.\n");
        try (Project project = TempProjects.empty(dir)) {
            ImportReport report = importAll(project, txt, vtt, srt);
            assertThat(report.imported()).extracting(ImportReport.Imported::name).containsExactly("gesprek", "gesprek (2)", "gesprek (3)");
            assertThat(project.cases().cases()).extracting(c -> c.name()).containsExactlyInAnyOrder("gesprek", "gesprek (2)", "gesprek (3)");
        }
    }

    @Test
    void whatIsReadAheadIsReportedInTheOrderOfTheFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(i % 4 == 2 ? write(String.format("%02d.txt", i), new byte[] {0, 1, 2, 3}) : write(String.format("%02d.txt", i), "I: Nummer " + i + ".\n"));
        }
        try (Project project = TempProjects.empty(dir)) {
            ImportReport report = project.importer().importFiles(files, ImportOptions.DEFAULT, Progress.NONE);
            assertThat(report.imported()).extracting(ImportReport.Imported::name)
                    .containsExactly("00", "01", "03", "04", "05", "07", "08", "09", "11");
            assertThat(report.refused()).extracting(r -> r.file().getFileName().toString()).containsExactly("02.txt", "06.txt", "10.txt");
            for (ImportReport.Imported imported : report.imported()) {
                assertThat(project.transcripts().get(imported.id()).orElseThrow().text()).isEqualTo("I: Nummer " + Integer.parseInt(imported.name()) + ".\n");
            }
        }
    }

    @Test
    void aCancelledImportKeepsWhatWasStoredAndLeavesNoReadingThread() throws IOException, InterruptedException {
        for (int i = 0; i < 6; i++) {
            write(String.format("%02d.txt", i), "I: Nummer " + i + ".\n");
        }
        Progress cancelAfterTwo = new Progress() {
            private long done;

            @Override
            public void update(long done, long total, String message) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        try (Project project = TempProjects.empty(dir)) {
            assertThatThrownBy(() -> project.importer().importFiles(List.of(dir.resolve("in")), ImportOptions.DEFAULT, cancelAfterTwo))
                    .isInstanceOf(CancelledException.class);
            assertThat(project.transcripts().list()).extracting(TranscriptSummary::name).containsExactly("00", "01", "02");
        }
        assertThat(readingThreadEnds()).as("the reading thread ends with the import").isTrue();
    }

    private static boolean readingThreadEnds() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("codewerk-import-reading"))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void aFileRefusedForAFullDiskDoesNotSpoilTheNextImport() throws IOException {
        Path big = write("groot.txt", "I: Hoe ging het?\n\nR: " + "Het ging eigenlijk heel goed met ons allebei. ".repeat(4000) + "\n");
        Path small = write("klein.txt", "I: Kort.\n\nR: Ja.\n");
        try (Project project = TempProjects.empty(dir)) {
            TempProjects.addTranscript(project, "bestaand", "Een vraag", "Een antwoord");
            setMaxPageCount(project, "(SELECT page_count FROM pragma_page_count())");
            ImportReport full = importAll(project, big);
            assertThat(full.refused()).singleElement().satisfies(r -> assertThat(r.reason()).containsIgnoringCase("disk"));
            setMaxPageCount(project, "1073741823");
            ImportReport next = importAll(project, small, big);
            assertThat(next.refused()).isEmpty();
            assertThat(next.imported()).extracting(ImportReport.Imported::name).containsExactly("klein", "groot");
            assertThat(project.cases().cases()).extracting(c -> c.name()).contains("klein", "groot");
            Compaction.purgeDeletedContent(project.database());
        }
    }

    private static void setMaxPageCount(Project project, String value) {
        project.database().unrecorded("limit", tx -> {
            long pages;
            try (var st = tx.connection().createStatement(); var rs = st.executeQuery("SELECT " + value)) {
                rs.next();
                pages = rs.getLong(1);
            }
            try (var st = tx.connection().createStatement()) {
                st.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }
}
