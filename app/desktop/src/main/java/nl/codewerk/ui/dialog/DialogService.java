package nl.codewerk.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the workbench asks of the person through a dialog. Views and models ask this
 * service, never build dialogs themselves, so tests can answer in their place.
 */
public interface DialogService {

    boolean confirm(String title, String message);

    Optional<Path> chooseProjectToOpen();

    Optional<Path> chooseNewProjectFile();

    /** Files to import; empty when cancelled. */
    List<Path> chooseFilesToImport();

    Optional<Path> chooseFolderToImport();

    /**
     * An existing file to read.
     *
     * @param extensions without the dot: {@code qdpx}
     */
    Optional<Path> chooseFileToOpen(String title, List<String> extensions);

    /**
     * A file to write, with the extension added when the person left it off.
     *
     * @param extension without the dot: {@code xlsx}
     */
    Optional<Path> chooseFileToSave(String title, String initialName, String extension);

    /** Where to write an export (.csv or .xlsx, by the chosen extension); empty when cancelled. */
    Optional<Path> chooseExportFile(String title, String initialName);

    void showInfo(String title, String message);

    void showError(String title, String message);

    /** Shows what went wrong in words a person can act on; never a stack trace. */
    void showError(Throwable error);

    void showReport(Report report);

    Optional<String> askText(String title, String label, String initial);

    <T> Optional<T> choose(String title, String label, List<T> options, T initial, Function<T, String> names);

    /** A colour as #RRGGBB. */
    Optional<String> chooseColor(String title, String initial);
}
