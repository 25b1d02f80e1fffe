package nl.codewerk.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real-file corpus that lives beside the repository ({@code ../shared/corpus/}), never in it.
 * A git worktree sits deeper than the main checkout, so every folder above the repository root is
 * tried. Tests that use it must skip when it is not there, as in a user's clone.
 */
public final class Corpus {

    private Corpus() {
    }

    /** The repository root: the first folder upwards from the working directory that holds app/core. */
    public static Optional<Path> repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("app/core"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** {@code shared/corpus/<name>} next to the repository root or a folder above it, if present. */
    public static Optional<Path> folder(String name) {
        Optional<Path> root = repositoryRoot();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        for (Path dir = root.get().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
