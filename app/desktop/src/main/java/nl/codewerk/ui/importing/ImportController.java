package nl.codewerk.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/**
 * Imports transcripts chosen in a dialog or dropped on the window: in the background with a
 * progress bar and Cancel, followed by the import report.
 */
public final class ImportController {

    private final ProjectSession session;

    public ImportController(ProjectSession session) {
        this.session = session;
    }

    public void chooseFiles() {
        List<Path> files = session.dialogs().chooseFilesToImport();
        if (!files.isEmpty()) {
            importPaths(files);
        }
    }

    public void chooseFolder() {
        session.dialogs().chooseFolderToImport().ifPresent(folder -> importPaths(List.of(folder)));
    }

    public void importPaths(List<Path> paths) {
        session.run(BackgroundTask.of(progress -> session.project().importer().importFiles(paths, ImportOptions.DEFAULT, progress))
                .titled(I18n.t("task.import"))
                .onSuccess(report -> session.dialogs().showReport(ImportReports.toReport(report)))
                .onCancelled(() -> session.dialogs().showInfo(I18n.t("import.cancelledTitle"), I18n.t("import.cancelled"))));
    }

    /** Files and folders dragged from the desktop onto {@code target} are imported. */
    public void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getGestureSource() == null && event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            List<Path> dropped = Optional.ofNullable(event.getDragboard().getFiles()).orElse(List.of()).stream().map(File::toPath).toList();
            event.setDropCompleted(!dropped.isEmpty());
            event.consume();
            if (!dropped.isEmpty()) {
                importPaths(dropped);
            }
        });
    }
}
