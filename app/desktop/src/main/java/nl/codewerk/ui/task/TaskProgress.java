package nl.codewerk.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.codewerk.util.Progress;

/**
 * The {@link Progress} a running task reports to: remembers the latest numbers and passes them
 * to the monitor on the JavaFX thread, at most one pending update at a time so a fast loop does
 * not flood the event queue.
 */
final class TaskProgress implements Progress, TaskHandle {

    private final String title;
    private final Executor fx;
    private final TaskMonitor monitor;
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile long done;
    private volatile long total;
    private volatile String message = "";

    TaskProgress(String title, Executor fx, TaskMonitor monitor) {
        this.title = title;
        this.fx = fx;
        this.monitor = monitor;
    }

    @Override
    public void update(long newDone, long newTotal, String newMessage) {
        this.done = newDone;
        this.total = newTotal;
        this.message = newMessage == null ? "" : newMessage;
        if (title != null && updatePending.compareAndSet(false, true)) {
            fx.execute(() -> {
                updatePending.set(false);
                monitor.updated(this);
            });
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    String title() {
        return title;
    }

    String message() {
        return message;
    }

    double fraction() {
        long t = total;
        return t <= 0 ? -1 : Math.min(1.0, (double) done / t);
    }
}
