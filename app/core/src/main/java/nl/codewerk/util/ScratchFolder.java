package nl.codewerk.util;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A private folder for the temporary files of one piece of work, made beside where its result
 * goes (never in the system's temporary folder, which other users and cleaners see and which may
 * be synchronised or backed up elsewhere) and deleted with everything in it when the work ends,
 * also when it fails or is cancelled. While it is open it is the current scratch folder of the
 * thread that opened it, which is where libraries that want temporary files (Apache POI's SXSSF)
 * put them: see {@link PoiTempFiles} and docs/decisions/0022-temporary-files.md.
 */
public final class ScratchFolder implements AutoCloseable {

    private static final ThreadLocal<ScratchFolder> CURRENT = new ThreadLocal<>();

    private final Path path;
    private final ScratchFolder previous;

    private ScratchFolder(Path path, ScratchFolder previous) {
        this.path = path;
        this.previous = previous;
    }

    /**
     * Makes a hidden folder beside {@code target} (owner-only on POSIX file systems) and makes it
     * the current scratch folder of this thread until {@link #close()}.
     */
    public static ScratchFolder beside(Path target) throws IOException {
        PoiTempFiles.install();
        Path file = target.toAbsolutePath().normalize();
        Path folder = Files.createTempDirectory(file.getParent(), "." + file.getFileName() + ".codewerk-");
        ScratchFolder scratch = new ScratchFolder(folder, CURRENT.get());
        CURRENT.set(scratch);
        return scratch;
    }

    /** The scratch folder the current thread works in, if any. */
    public static Optional<Path> current() {
        ScratchFolder scratch = CURRENT.get();
        return scratch == null ? Optional.empty() : Optional.of(scratch.path);
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and all in it; the thread's previous scratch folder (if any) is current again. */
    @Override
    public void close() {
        if (CURRENT.get() == this) {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
        deleteTree(path);
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A file another program still holds (Windows): it stays in the hidden folder beside
            // the export, where the user put the data, not in the system's temporary folder.
            System.getLogger(ScratchFolder.class.getName()).log(System.Logger.Level.INFO,
                    "scratch folder not fully deleted: " + folder + ": " + e.getMessage());
        }
    }
}
