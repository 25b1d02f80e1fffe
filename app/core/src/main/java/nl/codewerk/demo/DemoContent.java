package nl.codewerk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's files on the class path: transcripts, {@code participants.csv} and
 * {@code demo-coding.json} under one resource folder. A folder inside a jar cannot be listed, so
 * the transcripts are named by {@code index.txt} (one file per line) or, without it, found from
 * the transcript names the codings use.
 */
final class DemoContent {

    static final String SCRIPT = "demo-coding.json";
    static final String INDEX = "index.txt";
    static final String PARTICIPANTS = "participants.csv";
    private static final List<String> EXTENSIONS = List.of("txt", "docx", "odt", "rtf", "vtt", "srt");

    private final String root;

    DemoContent(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    boolean available() {
        return exists(SCRIPT);
    }

    DemoScript script() {
        try (InputStream in = open(SCRIPT)) {
            return DemoScript.read(in);
        } catch (IOException e) {
            throw new DemoException(e, "demo.unreadable", SCRIPT, e.getMessage());
        }
    }

    /** Copies the transcripts into {@code folder}; returns the copies in the order to import them. */
    List<Path> copyTranscripts(DemoScript script, Path folder) throws IOException {
        List<Path> copies = new ArrayList<>();
        for (String name : transcriptFiles(script)) {
            Path copy = folder.resolve(name);
            try (InputStream in = open(name)) {
                Files.copy(in, copy);
            }
            copies.add(copy);
        }
        return copies;
    }

    /** Copies {@code participants.csv} into {@code folder}, if the demo has one. */
    Optional<Path> copyParticipants(Path folder) throws IOException {
        if (!exists(PARTICIPANTS)) {
            return Optional.empty();
        }
        Path copy = folder.resolve(PARTICIPANTS);
        try (InputStream in = open(PARTICIPANTS)) {
            Files.copy(in, copy);
        }
        return Optional.of(copy);
    }

    private List<String> transcriptFiles(DemoScript script) throws IOException {
        if (exists(INDEX)) {
            try (InputStream in = open(INDEX)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        }
        List<String> files = new ArrayList<>();
        for (String transcript : script.transcriptNames()) {
            files.add(EXTENSIONS.stream().map(ext -> transcript + "." + ext).filter(this::exists).findFirst()
                    .orElseThrow(() -> new DemoException("demo.missingResource", root + transcript + ".*")));
        }
        return files;
    }

    private boolean exists(String name) {
        return DemoContent.class.getResource(root + name) != null;
    }

    private InputStream open(String name) {
        InputStream in = DemoContent.class.getResourceAsStream(root + name);
        if (in == null) {
            throw new DemoException("demo.missingResource", root + name);
        }
        return in;
    }
}
