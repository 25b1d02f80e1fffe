package nl.codewerk.ui.task;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.codewerk.util.Progress;

/**
 * A piece of work for {@link TaskRunner}: what to do off the JavaFX thread, and what to do with
 * its result, failure or cancellation back on it.
 */
public final class BackgroundTask<T> {

    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    @FunctionalInterface
    public interface Action {
        void run(Progress progress) throws Exception;
    }

    private final Work<T> work;
    private String title;
    private String latestKey;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private BooleanSupplier stillWanted = () -> true;

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> action(Action action) {
        return new BackgroundTask<>(progress -> {
            action.run(progress);
            return null;
        });
    }

    /** Shows the task in the status bar with this title, a progress bar and a Cancel button. */
    public BackgroundTask<T> titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    /**
     * Of all tasks started with this key, only the newest delivers its result: a reload that
     * was overtaken by a newer one must not overwrite it with older data.
     */
    public BackgroundTask<T> latestOf(String key) {
        this.latestKey = key;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /** Replaces the runner's default failure handling (an error dialog). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    /**
     * The task is dropped (neither run nor reported) once this turns false: reloads queued for
     * a project that has been closed meanwhile must not report that its database is gone.
     */
    public BackgroundTask<T> onlyWhile(BooleanSupplier condition) {
        this.stillWanted = condition;
        return this;
    }

    Work<T> work() {
        return work;
    }

    String title() {
        return title;
    }

    String latestKey() {
        return latestKey;
    }

    Consumer<? super T> successHandler() {
        return onSuccess;
    }

    Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }

    boolean stillWanted() {
        return stillWanted.getAsBoolean();
    }
}
