package nl.codewerk.ui.start;

import java.nio.file.Path;
import nl.codewerk.util.Progress;

/**
 * Builds the demo project (bundled codebook, sample transcripts, some codings) into a file.
 * An interface so the workbench does not depend on how core builds it.
 */
@FunctionalInterface
public interface DemoProjectSource {

    void build(Path file, Progress progress) throws Exception;
}
