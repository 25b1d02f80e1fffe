package nl.codewerk.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.codewerk.codebook.CodebookCopy;
import nl.codewerk.codebook.CodebookException;
import nl.codewerk.codebook.CodebookFile;

/**
 * What a new project starts with, as a person names it: a bundled codebook ({@code jim},
 * {@code samenwerking}), {@code empty}, a codebook {@code .json} file, or another project whose
 * codebook is copied (read-only, so a project open elsewhere can still be used).
 */
public final class StartCodebook {

    public static final String EMPTY = "empty";

    private StartCodebook() {
    }

    /** The codebook to start with, or null for an empty codebook. */
    public static CodebookFile resolve(String spec) {
        String name = spec.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(EMPTY)) {
            return null;
        }
        if (lower.equals("jim") || lower.equals("samenwerking")) {
            return CodebookFile.bundled(lower);
        }
        Path file = Path.of(name);
        if (lower.endsWith(".json")) {
            return CodebookFile.read(file);
        }
        if (lower.endsWith(".cwk")) {
            return copyOf(file);
        }
        if (lower.endsWith(".qdc")) {
            throw new CodebookException("codebook.qdcNotYet", file.getFileName());
        }
        throw new CodebookException(Files.exists(file) ? "codebook.unknownFileKind" : "codebook.unknownSource", name);
    }

    /** The codes and relations of another project, read without locking or changing it. */
    public static CodebookFile copyOf(Path otherProject) {
        try (Project other = Project.openReadOnly(otherProject)) {
            return CodebookCopy.toFile(other.codebook().codebook(), other.codebook().relations(), other.name());
        }
    }
}
