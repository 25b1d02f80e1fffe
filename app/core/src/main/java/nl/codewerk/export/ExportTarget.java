package nl.codewerk.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.codewerk.util.ScratchFolder;

/**
 * Writes an export so that the target is either the complete new file or left as it was:
 * the content goes to a file in a hidden {@link ScratchFolder} beside the target, which then
 * replaces the target in one move; the scratch folder, with whatever temporary files the writing
 * needed, is deleted afterwards, also after a failure or cancel. A target that is open in Word, Excel or LibreOffice (they leave a lock
 * file beside it), read-only, or in a missing folder is refused with a message a person can act on.
 */
public final class ExportTarget {

    /** Writes the content of an export; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportTarget() {
    }

    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("export.noFolder", folder == null ? file : folder);
        }
        if (Files.isDirectory(file)) {
            throw new ExportException("export.isFolder", file);
        }
        if (openElsewhere(file)) {
            throw new ExportException("export.fileInUse", name);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ExportException("export.notWritable", file);
        }
        // The export and any temporary files a library makes while writing it (POI streams the
        // rows of a workbook to one) live in a private folder beside the target, gone afterwards.
        try (ScratchFolder scratch = scratch(file, folder)) {
            Path temp = scratch.path().resolve(name);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                content.writeTo(out);
            } catch (AccessDeniedException e) {
                throw new ExportException(e, "export.notWritable", folder);
            } catch (IOException e) {
                throw failure(e, name);
            }
            // Cancelled or failed half way: closing the scratch folder removes the half-written file.
            move(temp, file, name);
        }
    }

    private static ScratchFolder scratch(Path file, Path folder) {
        try {
            return ScratchFolder.beside(file);
        } catch (AccessDeniedException e) {
            throw new ExportException(e, "export.notWritable", folder);
        } catch (IOException e) {
            throw failure(e, file.getFileName().toString());
        }
    }

    private static void move(Path temp, Path file, String name) {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new ExportException(e, "export.notWritable", file);
        } catch (FileSystemException e) {
            // Windows refuses to replace a file another program holds open.
            throw new ExportException(e, "export.fileInUse", name);
        } catch (IOException e) {
            throw failure(e, name);
        }
    }

    /**
     * Whether an office program has the file open: LibreOffice keeps {@code .~lock.NAME#},
     * Word and Excel keep {@code ~$NAME} (with the first two letters dropped for long names).
     */
    static boolean openElsewhere(Path file) {
        String name = file.getFileName().toString();
        Path folder = file.getParent();
        List<String> locks = name.length() > 2
                ? List.of(".~lock." + name + "#", "~$" + name, "~$" + name.substring(2))
                : List.of(".~lock." + name + "#", "~$" + name);
        return locks.stream().anyMatch(lock -> Files.exists(folder.resolve(lock)));
    }

    private static ExportException failure(IOException e, String name) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("No space left") || message.contains("not enough space")) {
            return new ExportException(e, "export.diskFull", name);
        }
        return new ExportException(e, "export.writeFailed", name, message);
    }
}
