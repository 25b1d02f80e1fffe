package nl.codewerk.ui.task;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import nl.codewerk.util.CancelledException;

/**
 * The one door for work that must not run on the JavaFX thread (reading or writing a project,
 * files, settings). The work runs on the background executor; its result, failure or
 * cancellation, and its progress, arrive through the FX executor. In the workbench those are a
 * thread pool and {@link Platform#runLater}; tests pass {@code Runnable::run} for both, so the
 * same tasks run synchronously and deterministically.
 */
public final class TaskRunner {

    private final Executor background;
    private final Executor fx;
    private final Runnable shutdown;
    private final TaskMonitor monitor = new TaskMonitor();
    private final Map<String, Long> newest = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile Consumer<Throwable> defaultFailureHandler = error -> error.printStackTrace();

    public TaskRunner(Executor background, Executor fx) {
        this(background, fx, () -> { });
    }

    private TaskRunner(Executor background, Executor fx, Runnable shutdown) {
        this.background = background;
        this.fx = fx;
        this.shutdown = shutdown;
    }

    /** The workbench's runner: daemon worker threads, results on the JavaFX thread. */
    public static TaskRunner forJavaFx() {
        ExecutorService pool = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "codewerk-task");
            thread.setDaemon(true);
            return thread;
        });
        return new TaskRunner(pool, Platform::runLater, pool::shutdown);
    }

    /** What happens to a failure when the task does not say: the workbench shows an error dialog. */
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        this.defaultFailureHandler = Objects.requireNonNull(handler);
    }

    public TaskMonitor monitor() {
        return monitor;
    }

    /** For fire-and-forget background writes that report nothing (settings). */
    public Executor background() {
        return work -> background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                fx.execute(() -> defaultFailureHandler.accept(e));
            }
        });
    }

    /** Runs something on the JavaFX thread (listeners called from a worker use this). */
    public void onFx(Runnable work) {
        fx.execute(work);
    }

    public <T> TaskHandle run(BackgroundTask<T> task) {
        long id = sequence.incrementAndGet();
        if (task.latestKey() != null) {
            newest.put(task.latestKey(), id);
        }
        TaskProgress progress = new TaskProgress(task.title(), fx, monitor);
        if (task.title() != null) {
            fx.execute(() -> monitor.started(progress));
        }
        background.execute(() -> execute(task, id, progress));
        return progress;
    }

    private <T> void execute(BackgroundTask<T> task, long id, TaskProgress progress) {
        T result = null;
        Throwable failure = null;
        boolean cancelled = false;
        try {
            progress.checkCancelled();
            if (!task.stillWanted()) {
                throw new CancelledException();
            }
            result = task.work().call(progress);
        } catch (CancelledException e) {
            cancelled = true;
        } catch (Exception | Error e) {
            failure = e;
        }
        T finalResult = result;
        Throwable finalFailure = failure;
        boolean finalCancelled = cancelled;
        fx.execute(() -> {
            if (task.title() != null) {
                monitor.finished(progress);
            }
            if (task.latestKey() != null && newest.get(task.latestKey()) != id || !task.stillWanted()) {
                return;
            }
            if (finalCancelled) {
                task.cancelledHandler().run();
            } else if (finalFailure != null) {
                (task.failureHandler() != null ? task.failureHandler() : defaultFailureHandler).accept(finalFailure);
            } else {
                task.successHandler().accept(finalResult);
            }
        });
    }

    public void shutdown() {
        shutdown.run();
    }
}
