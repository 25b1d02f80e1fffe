package nl.codewerk.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar shows of the titled tasks that are running: the newest one's title,
 * message and progress. Lives on the JavaFX thread; the runner feeds it from there.
 */
public final class TaskMonitor {

    private final Deque<TaskProgress> running = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Between 0 and 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Cancels the task shown. */
    public void cancel() {
        TaskProgress shown = running.peekLast();
        if (shown != null) {
            shown.cancel();
        }
    }

    void started(TaskProgress task) {
        running.addLast(task);
        show();
    }

    void updated(TaskProgress task) {
        if (running.peekLast() == task) {
            show();
        }
    }

    void finished(TaskProgress task) {
        running.remove(task);
        show();
    }

    private void show() {
        TaskProgress shown = running.peekLast();
        busy.set(shown != null);
        title.set(shown == null ? "" : shown.title());
        message.set(shown == null ? "" : shown.message());
        progress.set(shown == null ? -1 : shown.fraction());
    }
}
