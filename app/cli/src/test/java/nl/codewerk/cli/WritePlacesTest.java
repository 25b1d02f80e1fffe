package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy promise of docs/privacy.md, "Where Codewerk writes": interview text is written only
 * to the project file and its SQLite companions, the search index beside it, backups/ beside it,
 * the settings folder, and the files the user exports to. {@link WritePlacesRun} does a whole
 * study in a JVM of its own, started with a fresh empty {@code java.io.tmpdir} and
 * {@code user.home}: a JVM of its own because the JDK reads both once at start-up (changing the
 * properties in this JVM would not move {@code Files.createTempFile}) and because POI and
 * sqlite-jdbc keep their temporary folder in static state. Afterwards every file under the test
 * folder must be in one of the allowed places.
 */
class WritePlacesTest {

    /** sqlite-jdbc unpacks its native library (code, no data) and deletes it when the JVM exits. */
    private static final Pattern SQLITE_LIBRARY = Pattern.compile("sqlite-[0-9.]+-[0-9a-f-]+-libsqlitejdbc\\.(so|dylib|dll)(\\.lck)?");

    /**
     * The JDK's own cache of the system's font configuration (font file names, no data), written
     * when POI measures the default character width of a streamed workbook through AWT.
     */
    private static final Pattern JDK_FONT_CACHE = Pattern.compile("home/\\.java/fonts/[^/]+/fcinfo[^/]*\\.properties");

    @TempDir
    Path root;

    @Test
    void aWholeStudyWritesOnlyWhereTheUserExpects() throws Exception {
        Path inputs = Files.createDirectories(root.resolve("inputs"));
        Files.createDirectories(root.resolve("work"));
        Files.createDirectories(root.resolve("exports"));
        Path temp = Files.createDirectories(root.resolve("tmp"));
        Path home = Files.createDirectories(root.resolve("home"));
        writeInputs(inputs);
        Map<Path, Long> inputsBefore = sizes(inputs);

        Process process = childJvm(temp, home).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the study finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        List<String> tempWhileRunning = output.lines().filter(l -> l.startsWith("TEMP ")).map(l -> l.substring(5)).toList();
        assertThat(tempWhileRunning).as("the temporary folder while the JVM still ran")
                .allMatch(name -> SQLITE_LIBRARY.matcher(name).matches());
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("the temporary folder after the JVM exited").isEmpty();
        }
        assertThat(sizes(inputs)).as("the transcripts the user imported, untouched").isEqualTo(inputsBefore);

        List<String> misplaced = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("inputs/") && !allowed(p))
                    .forEach(misplaced::add);
        }
        assertThat(misplaced).as("files outside the places Codewerk promises to write").isEmpty();
        try (Stream<Path> exports = Files.list(root.resolve("exports"))) {
            assertThat(exports.map(p -> p.getFileName().toString())).as("every export was written")
                    .contains("fragmenten.docx", "fragmenten.xlsx", "frequenties.xlsx", "frequenties.csv", "codeboek.docx",
                            "studie.qdpx", "overeenstemming.xlsx", "woorden.xlsx");
        }
        assertThat(root.resolve("work/studie.cwk.index")).as("the search index beside the project").isDirectory();
        try (Stream<Path> backups = Files.list(root.resolve("work/backups"))) {
            assertThat(backups).as("the backup and the one made before pseudonymising").hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** The allowed places, as paths relative to the test folder. */
    private static boolean allowed(String path) {
        return projectOrCompanion(path, "work/") || projectOrCompanion(path, "exports/")
                || path.startsWith("home/.config/codewerk/")
                || path.startsWith("home/.cache/codewerk/index/")
                || JDK_FONT_CACHE.matcher(path).matches()
                || Set.of("exports/woorden.xlsx", "exports/fragmenten.docx", "exports/fragmenten.xlsx", "exports/frequenties.xlsx",
                        "exports/frequenties.csv", "exports/samen.xlsx", "exports/codeboek.docx", "exports/codeboek.xlsx",
                        "exports/gesprek.docx", "exports/overeenstemming.xlsx", "exports/studie.qdpx", "exports/codeboek.qdc").contains(path);
    }

    /** A project file in {@code folder}, its -wal, -shm and lock, its index folder and its backups folder. */
    private static boolean projectOrCompanion(String path, String folder) {
        if (!path.startsWith(folder)) {
            return false;
        }
        String rest = path.substring(folder.length());
        return rest.startsWith("backups/")
                || rest.matches("[^/]+\\.cwk(-wal|-shm|\\.lock)?")
                || rest.matches("[^/]+\\.cwk\\.index/.+");
    }

    private static ProcessBuilder childJvm(Path temp, Path home) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(),
                "-Djava.io.tmpdir=" + temp, "-Duser.home=" + home,
                "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US",
                "--enable-native-access=ALL-UNNAMED", "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                WritePlacesRun.class.getName(), temp.getParent().toString());
        // Where the environment would send caches, configuration or SQLite's own scratch files elsewhere.
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("XDG_CONFIG_HOME");
        builder.environment().put("TMPDIR", temp.toString());
        builder.environment().put("SQLITE_TMPDIR", temp.toString());
        builder.environment().put("HOME", home.toString());
        return builder.redirectErrorStream(true);
    }

    private static void writeInputs(Path inputs) throws IOException {
        Cli.testCodebook(inputs);
        Files.writeString(inputs.resolve("gesprek.txt"), Fixtures.SINGLE);
        Files.writeString(inputs.resolve("duo.txt"), Fixtures.DUO);
        Files.writeString(inputs.resolve("pseudoniemen.csv"), "original,replacement\nSanne,[jongere]\nUtrecht,[woonplaats]\n");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(inputs.resolve("interview.docx"))) {
            for (String turn : List.of("I: Hoe kende je Sanne?", "R: Ze woont ook in Utrecht, we zien elkaar vaak.",
                    "I: Belt ze je nog?", "R: Ja, elke week bellen we even.")) {
                docx.createParagraph().createRun().setText(turn);
            }
            docx.write(out);
        }
        try (ZipOutputStream odt = new ZipOutputStream(Files.newOutputStream(inputs.resolve("verslag.odt")))) {
            odt.putNextEntry(new ZipEntry("mimetype"));
            odt.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            odt.putNextEntry(new ZipEntry("content.xml"));
            odt.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text><text:p>I: Hoe vond je het gesprek?</text:p>"
                    + "<text:p>R: Fijn, Sanne luisterde echt.</text:p></office:text></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(inputs.resolve("notities.rtf"),
                "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0 I: Wat doe je samen?\\par\\par R: Wandelen met de hond.\\par}");
    }

    private static Map<Path, Long> sizes(Path folder) throws IOException {
        Map<Path, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                sizes.put(folder.relativize(p), Files.size(p));
            }
        }
        return sizes;
    }
}
