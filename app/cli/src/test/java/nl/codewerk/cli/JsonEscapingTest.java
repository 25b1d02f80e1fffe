package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's {@code --json} escapes non-ASCII as {@code \\uXXXX}, so the bytes are right in any
 * console encoding, and parses back to the very same text. The project lives in a folder with a
 * Dutch name, so file paths in the output carry non-ASCII too.
 */
class JsonEscapingTest {

    private static final String NAME = "Één geïnterviewde";

    @TempDir
    Path tmp;

    Path dir;
    Path project;

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createDirectories(tmp.resolve(NAME));
        project = dir.resolve("p.cwk");
        escaped(Cli.run("new", project, "--codebook", "empty", "--json"), NAME);
        Path interview = Cli.write(dir.resolve(NAME + ".txt"),
                "I: Hoe was het voor de geïnterviewde?\n\nR: Het contact met de mentor was fijn, zei de geïnterviewde.\n");
        escaped(Cli.run("import", project, interview, "--json"), NAME);
        escaped(Cli.run("codebook", project, "add", NAME, "--json"), NAME);
    }

    @Test
    void coreCommands() {
        // The latest change is adding the code, and its label names it.
        escaped(Cli.run("undo", project, "--json"), NAME);
        escaped(Cli.run("redo", project, "--json"), NAME);
        escaped(Cli.run("info", project, "--json"), NAME);
        escaped(Cli.run("list", project, "--json"), NAME);
        JsonNode shown = escaped(Cli.run("show", project, NAME, "--json"), "geïnterviewde?");
        JsonNode turn = shown.get("turns").get(1);
        escaped(Cli.run("code", project, "--transcript", NAME, "--start", turn.get("start"), "--end", turn.get("end"), "--code", NAME,
                "--coder", "Anna", "--json"), NAME);
        escaped(Cli.run("codings", project, "--json"), NAME);
        escaped(Cli.run("codebook", project, "--json"), NAME);
        escaped(Cli.run("memo", project, "add", "--on", "transcript:" + NAME, "--text", NAME, "--json"), NAME);
        escaped(Cli.run("memo", project, "list", "--json"), NAME);
        escaped(Cli.run("demo", dir.resolve("demo.cwk"), "--json"), NAME);
    }

    @Test
    void agreementPackageAndMerge() {
        codeTwice("Anna", "Bram");
        escaped(Cli.run("agreement", project, "--coders", "Anna,Bram", "--unit", "turn", "--json"), NAME);
        Path pkg = dir.resolve("pakket.cwk");
        escaped(Cli.run("package", project, pkg, "--coder", "Anna", "--json"), NAME);
        String added = "Nieuw voor de geïnterviewde";
        Cli.run("codebook", pkg, "add", added);
        JsonNode turn = Cli.run("show", pkg, NAME, "--json").json().get("turns").get(0);
        Cli.run("code", pkg, "--transcript", NAME, "--start", turn.get("start"), "--end", turn.get("end"), "--code", added, "--coder", "Carla");
        escaped(Cli.run("merge", project, pkg, "--json"), added);
    }

    @Test
    void privacyCommands() {
        Path map = Cli.write(dir.resolve("namen.csv"), "geïnterviewde,Ëlla\n");
        escaped(Cli.run("pseudonymise", project, "--map", map, "--preview", "--json"), "Ëlla");
        escaped(Cli.run("edit", project, NAME, "--start", 0, "--end", 0, "--text", "Ja. ", "--json"), NAME);
    }

    @Test
    void exportAndSearchCommands() {
        codeTwice("Anna");
        escaped(Cli.run("freq", project, "--json"), NAME);
        escaped(Cli.run("search", project, "geïnterviewde", "--json"), NAME);
        escaped(Cli.run("words", project, "--json"), "geïnterviewde");
        escaped(Cli.run("index", project, "--json"), NAME);
        // autocode prints the code's id (ASCII) and counts: nothing to escape, but the same writer.
        escaped(Cli.run("autocode", project, "geïnterviewde", "--code", NAME, "--scope", "turn", "--preview", "--json"), "user.een-geinterviewde");
    }

    @Test
    void exchangeCommands() throws Exception {
        // Exports report counts only: nothing to escape, but they go through the same writer.
        escaped(Cli.run("refi", "export", project, dir.resolve(NAME + ".qdpx"), "--json"), "notImported");
        escaped(Cli.run("qdc", "export", project, dir.resolve(NAME + ".qdc"), "--json"), "notImported");
        escaped(Cli.run("qdc", "import", dir.resolve(NAME + ".qdc"), project, "--json"), "merged");
        Path qdpx = dir.resolve("sets.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
                    + "<Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"a\" isCodable=\"true\"/></Codes></CodeBook>"
                    + "<Sets><Set guid=\"22222222-2222-2222-2222-222222222222\" name=\"" + NAME + "\"/></Sets></Project>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Cli.Result imported = Cli.run("refi", "import", qdpx, dir.resolve("uit-refi.cwk"), "--json");
        assertThat(imported.exit()).as(imported.err()).isEqualTo(1);
        escaped(imported, NAME);
    }

    private void codeTwice(String... coders) {
        JsonNode turn = Cli.run("show", project, NAME, "--json").json().get("turns").get(1);
        for (String coder : coders) {
            Cli.Result coded = Cli.run("code", project, "--transcript", NAME, "--start", turn.get("start"), "--end", turn.get("end"),
                    "--code", NAME, "--coder", coder);
            assertThat(coded.exit()).as(coded.err()).isZero();
        }
    }

    /**
     * The output is ASCII only, holds the escape of each non-ASCII character of {@code expected},
     * and parsed holds {@code expected} itself in some string.
     */
    private static JsonNode escaped(Cli.Result run, String expected) {
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.out()).as("only ASCII").matches("\\p{ASCII}*");
        for (char c : expected.toCharArray()) {
            if (c > 127) {
                assertThat(run.out().toLowerCase(Locale.ROOT)).contains(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        JsonNode json = run.json();
        assertThat(strings(json, new ArrayList<>())).anySatisfy(s -> assertThat(s).contains(expected));
        return json;
    }

    private static List<String> strings(JsonNode node, List<String> found) {
        if (node.isTextual()) {
            found.add(node.asText());
        }
        node.fieldNames().forEachRemaining(found::add);
        node.forEach(child -> strings(child, found));
        return found;
    }
}
