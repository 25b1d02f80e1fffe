package nl.codewerk.cli.refi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.codebook.Code;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefiCommandTest {

    @TempDir
    Path dir;

    static CommandRun run(Object command, String... args) {
        return CommandRun.of(command, (Object[]) args);
    }

    private Path project() {
        try (Project p = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(p, "01", "Hoe gaat het \uD83D\uDE00?", "Goed, dank je.");
            String text = p.transcripts().get(t).orElseThrow().text();
            Code positief = p.codebook().codebook().resolve("Ervaring/Positief").orElseThrow();
            p.codings().apply(t, text.indexOf("Goed"), text.indexOf("Goed") + 4, positief.id(), "Lotte");
            return p.file();
        }
    }

    @Test
    void exportThenImportWithJsonReports() throws IOException {
        Path project = project();
        Path qdpx = dir.resolve("out.qdpx");
        CommandRun export = run(new RefiCommand(), "export", project.toString(), qdpx.toString(), "--json");
        assertThat(export.exit()).isZero();
        assertThat(export.err()).isEmpty();
        JsonNode e = export.json();
        assertThat(e.get("codes").asInt()).isEqualTo(4);
        assertThat(e.get("sources").asInt()).isEqualTo(1);
        assertThat(e.get("codings").asInt()).isEqualTo(1);
        assertThat(e.get("users").asInt()).isEqualTo(1);
        assertThat(e.has("cases") && e.has("memos") && e.get("notImported").isArray()).isTrue();

        Path back = dir.resolve("back.cwk");
        CommandRun imported = run(new RefiCommand(), "import", qdpx.toString(), back.toString(), "--json");
        assertThat(imported.exit()).isZero();
        JsonNode i = imported.json();
        assertThat(i.get("codes").asInt()).isEqualTo(4);
        assertThat(i.get("codings").asInt()).isEqualTo(1);
        assertThat(i.get("positions").asText()).isEqualTo("codepoint");
        assertThat(i.get("notImported")).isEmpty();
        try (Project p = Project.openReadOnly(back)) {
            assertThat(p.codings().list(nl.codewerk.coding.CodingFilter.ALL)).singleElement()
                    .satisfies(c -> assertThat(p.transcripts().get(c.transcriptId()).orElseThrow().text().substring(c.start(), c.end())).isEqualTo("Goed"));
        }
    }

    @Test
    void textOutputSaysWhatHappened() {
        Path project = project();
        CommandRun export = run(new RefiCommand(), "export", project.toString(), dir.resolve("out.qdpx").toString());
        assertThat(export.exit()).isZero();
        assertThat(export.out()).contains("4 codes, 1 sources, 1 codings");
    }

    @Test
    void somethingLeftOutIsListedAndExitsOne() throws IOException {
        Path in = zip("sets.qdpx", "project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
                + "<Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"a\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sets><Set guid=\"22222222-2222-2222-2222-222222222222\" name=\"Groep\"/></Sets></Project>");
        CommandRun run = run(new RefiCommand(), "import", in.toString(), dir.resolve("new.cwk").toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode left = run.json().get("notImported");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("kind").asText()).isEqualTo("set");
        assertThat(left.get(0).get("what").asText()).isEqualTo("Groep");
        assertThat(left.get(0).get("reason").asText()).isNotBlank();
        assertThat(dir.resolve("new.cwk")).exists();
    }

    @Test
    void aHostileFileIsRefusedWithOneLineAndNoProject() throws IOException {
        Path in = zip("slip.qdpx", "project.qde", "<Project name=\"x\"/>", "../../escape.txt", "x");
        CommandRun run = run(new RefiCommand(), "import", in.toString(), dir.resolve("new.cwk").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("zip slip").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("new.cwk")).doesNotExist();
    }

    @Test
    void wrongUsageExitsTwo() throws IOException {
        Path project = project();
        Path qdpx = dir.resolve("out.qdpx");
        run(new RefiCommand(), "export", project.toString(), qdpx.toString());

        CommandRun exists = run(new RefiCommand(), "import", qdpx.toString(), project.toString());
        assertThat(exists.exit()).isEqualTo(2);
        assertThat(exists.err().strip()).contains("already exists").doesNotContain("\n");

        CommandRun missing = run(new RefiCommand(), "import", dir.resolve("nope.qdpx").toString(), dir.resolve("x.cwk").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("not found").doesNotContain("\n");

        CommandRun badUnit = run(new RefiCommand(), "import", qdpx.toString(), dir.resolve("y.cwk").toString(), "--positions", "bytes");
        assertThat(badUnit.exit()).isEqualTo(2);
        assertThat(badUnit.err().strip()).contains("auto, codepoint or utf16").doesNotContain("\n");

        Files.writeString(dir.resolve("not.cwk"), "hello");
        CommandRun notAProject = run(new RefiCommand(), "export", dir.resolve("not.cwk").toString(), dir.resolve("z.qdpx").toString());
        assertThat(notAProject.exit()).isEqualTo(2);
        assertThat(notAProject.err().strip()).doesNotContain("\n");

        assertThat(run(new RefiCommand()).exit()).isEqualTo(2);
        assertThat(run(new RefiCommand(), "import", qdpx.toString()).exit()).isEqualTo(2);
    }

    @Test
    void positionsCanBeChosen() throws IOException {
        String text = "\uD83D\uDE00\uD83D\uDE00 einde";
        Path in = zip("u16.qdpx", "project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
                + "<Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"a\" isCodable=\"true\"/></Codes></CodeBook><Sources>"
                + "<TextSource guid=\"33333333-3333-3333-3333-333333333333\" name=\"t\" plainTextPath=\"internal://t.txt\">"
                + "<PlainTextSelection guid=\"44444444-4444-4444-4444-444444444444\" startPosition=\"3\" endPosition=\"8\">"
                + "<Coding guid=\"55555555-5555-5555-5555-555555555555\"><CodeRef targetGUID=\"11111111-1111-1111-1111-111111111111\"/></Coding>"
                + "</PlainTextSelection></TextSource></Sources></Project>", "sources/t.txt", text);
        CommandRun cp = run(new RefiCommand(), "import", in.toString(), dir.resolve("cp.cwk").toString(), "--positions", "codepoint", "--json");
        assertThat(cp.exit()).isZero();
        assertThat(cp.json().get("positions").asText()).isEqualTo("codepoint");
        // Read as UTF-16 units, 3 falls inside the second emoji: the selection widens to take it whole.
        CommandRun u16 = run(new RefiCommand(), "import", in.toString(), dir.resolve("u16.cwk").toString(), "--positions=utf16", "--json");
        assertThat(u16.json().get("positions").asText()).isEqualTo("utf16");
        try (Project a = Project.openReadOnly(dir.resolve("cp.cwk")); Project b = Project.openReadOnly(dir.resolve("u16.cwk"))) {
            var ca = a.codings().list(nl.codewerk.coding.CodingFilter.ALL).getFirst();
            var cb = b.codings().list(nl.codewerk.coding.CodingFilter.ALL).getFirst();
            assertThat(a.transcripts().get(ca.transcriptId()).orElseThrow().text().substring(ca.start(), ca.end())).isEqualTo("einde");
            assertThat(b.transcripts().get(cb.transcriptId()).orElseThrow().text().substring(cb.start(), cb.end())).isEqualTo("\uD83D\uDE00 ein");
        }
    }

    private Path zip(String name, String... nameThenContent) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i + 1 < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameThenContent[i]));
                zip.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
