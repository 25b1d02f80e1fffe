package nl.codewerk.ui.workbench;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import nl.codewerk.project.UndoLog;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/**
 * Undo and redo through the project's own undo log, so the menu names what will be undone
 * ("Undo apply code Contact") and the command line shares the same history.
 */
public final class UndoModel {

    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<Optional<String>> nextUndo = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> nextRedo = new ReadOnlyObjectWrapper<>(Optional.empty());

    public UndoModel(ProjectSession session) {
        this.session = session;
        session.onChange(event -> reload());
    }

    public ReadOnlyObjectProperty<Optional<String>> nextUndoProperty() {
        return nextUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<String>> nextRedoProperty() {
        return nextRedo.getReadOnlyProperty();
    }

    public void reload() {
        session.run(BackgroundTask.of(progress -> {
            UndoLog log = session.project().undoLog();
            return new String[] {log.nextUndo().map(UndoLog.Entry::label).orElse(null), log.nextRedo().map(UndoLog.Entry::label).orElse(null)};
        }).latestOf("undo-labels").onSuccess(labels -> {
            nextUndo.set(Optional.ofNullable(labels[0]));
            nextRedo.set(Optional.ofNullable(labels[1]));
        }));
    }

    public void undo() {
        session.run(BackgroundTask.action(progress -> session.project().undoLog().undo()));
    }

    public void redo() {
        session.run(BackgroundTask.action(progress -> session.project().undoLog().redo()));
    }
}
