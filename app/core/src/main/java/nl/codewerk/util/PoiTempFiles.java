package nl.codewerk.util;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where Apache POI puts its temporary files (SXSSF streams each sheet's rows, interview text
 * included, to one): in the current thread's {@link ScratchFolder}, never in the system's
 * temporary folder. POI holds one strategy for the whole JVM, so this one strategy is installed
 * once and looks up the folder per thread; two exports running at the same time each get their
 * own folder. A request outside a scratch folder is refused rather than sent to the system's
 * temporary folder: an export that fails says so, a leak would go unnoticed.
 */
final class PoiTempFiles implements TempFileCreationStrategy {

    private static volatile boolean installed;

    private PoiTempFiles() {
    }

    static void install() {
        if (!installed) {
            synchronized (PoiTempFiles.class) {
                if (!installed) {
                    TempFile.setTempFileCreationStrategy(new PoiTempFiles());
                    installed = true;
                }
            }
        }
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder(), prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(folder(), prefix).toFile();
    }

    private static Path folder() throws IOException {
        return ScratchFolder.current().orElseThrow(() -> new IOException(
                "Apache POI asked for a temporary file outside a Codewerk scratch folder; refused so no interview text lands in the system's temporary folder"));
    }
}
