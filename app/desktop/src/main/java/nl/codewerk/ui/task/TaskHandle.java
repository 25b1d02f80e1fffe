package nl.codewerk.ui.task;

/** A started task, to cancel it. */
public interface TaskHandle {

    void cancel();

    boolean isCancelled();
}
