package nl.codewerk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scale and the working folder of one run, and the generated corpus every benchmark shares
 * (written once, so each measures its own work, not the generator).
 */
public final class BenchContext {

    private final int transcripts;
    private final int words;
    private final long seed;
    private final Path workDir;
    private List<Path> corpus;

    public BenchContext(int transcripts, int words, long seed, Path workDir) {
        this.transcripts = transcripts;
        this.words = words;
        this.seed = seed;
        this.workDir = workDir;
    }

    public int transcripts() {
        return transcripts;
    }

    public int words() {
        return words;
    }

    public long seed() {
        return seed;
    }

    public Path workDir() {
        return workDir;
    }

    public String scale() {
        return transcripts + " transcripts x " + words + " words";
    }

    /** The generated transcript files, one .txt per transcript. */
    public synchronized List<Path> corpus() {
        if (corpus == null) {
            Path dir = workDir.resolve("corpus");
            TranscriptGenerator generator = new TranscriptGenerator(seed);
            List<Path> files = new ArrayList<>();
            try {
                Files.createDirectories(dir);
                for (int i = 0; i < transcripts; i++) {
                    Path file = dir.resolve(String.format("interview-%05d.txt", i));
                    Files.writeString(file, generator.transcript(words), StandardCharsets.UTF_8);
                    files.add(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            corpus = List.copyOf(files);
        }
        return corpus;
    }

    public Path freshFile(String name) {
        Path file = workDir.resolve(name);
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(name + "-wal"));
            Files.deleteIfExists(file.resolveSibling(name + "-shm"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
