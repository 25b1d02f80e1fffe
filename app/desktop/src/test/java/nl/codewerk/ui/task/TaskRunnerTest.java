package nl.codewerk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The runner with hand-cranked executors, so the order of worker and FX steps is visible. */
class TaskRunnerTest {

    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final List<Throwable> unhandled = new ArrayList<>();
    private final TaskRunner runner = new TaskRunner(queue(worker), queue(fx));

    TaskRunnerTest() {
        runner.setDefaultFailureHandler(unhandled::add);
    }

    private static Executor queue(Deque<Runnable> q) {
        return q::add;
    }

    private static void drain(Deque<Runnable> q) {
        while (!q.isEmpty()) {
            q.poll().run();
        }
    }

    @Test
    void theResultArrivesThroughTheFxExecutorNotOnTheWorker() {
        List<String> results = new ArrayList<>();
        runner.run(BackgroundTask.of(progress -> "done").onSuccess(results::add));

        drain(worker);
        assertThat(results).isEmpty();
        drain(fx);
        assertThat(results).containsExactly("done");
    }

    @Test
    void aFailureGoesToTheTasksHandlerOrElseToTheDefault() {
        List<Throwable> mine = new ArrayList<>();
        runner.run(BackgroundTask.of(progress -> {
            throw new IllegalStateException("own");
        }).onFailure(mine::add));
        runner.run(BackgroundTask.of(progress -> {
            throw new IllegalStateException("default");
        }));
        drain(worker);
        drain(fx);

        assertThat(mine).extracting(Throwable::getMessage).containsExactly("own");
        assertThat(unhandled).extracting(Throwable::getMessage).containsExactly("default");
    }

    @Test
    void cancellingStopsTheWorkAtItsNextCheckAndCallsOnCancelled() {
        List<Long> seen = new ArrayList<>();
        List<String> events = new ArrayList<>();
        TaskHandle handle = runner.run(BackgroundTask.action(progress -> {
            for (long i = 0; i < 10; i++) {
                progress.checkCancelled();
                seen.add(i);
                if (i == 2) {
                    ((TaskHandle) progress).cancel();
                }
            }
        }).titled("work").onSuccess(v -> events.add("success")).onCancelled(() -> events.add("cancelled")));
        drain(fx);
        assertThat(runner.monitor().busyProperty().get()).isTrue();

        drain(worker);
        drain(fx);

        assertThat(handle.isCancelled()).isTrue();
        assertThat(seen).containsExactly(0L, 1L, 2L);
        assertThat(events).containsExactly("cancelled");
        assertThat(runner.monitor().busyProperty().get()).isFalse();
    }

    @Test
    void onlyTheNewestTaskOfAKeyDelivers() {
        List<String> results = new ArrayList<>();
        runner.run(BackgroundTask.of(progress -> "old").latestOf("list").onSuccess(results::add));
        runner.run(BackgroundTask.of(progress -> "new").latestOf("list").onSuccess(results::add));
        drain(worker);
        drain(fx);

        assertThat(results).containsExactly("new");
    }

    @Test
    void aTaskNoLongerWantedIsNeitherRunNorReported() {
        boolean[] wanted = {true};
        List<String> events = new ArrayList<>();
        runner.run(BackgroundTask.of(progress -> {
            events.add("ran");
            return "x";
        }).onlyWhile(() -> wanted[0]).onSuccess(events::add));
        runner.run(BackgroundTask.of(progress -> {
            throw new IllegalStateException("database closed");
        }).onlyWhile(() -> wanted[0]));
        worker.poll().run();
        wanted[0] = false;
        drain(worker);
        drain(fx);

        assertThat(events).containsExactly("ran");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void progressReachesTheMonitorOfATitledTask() {
        runner.run(BackgroundTask.action(progress -> progress.update(1, 4, "a.txt")).titled("Importing"));
        drain(fx);
        worker.poll().run();
        fx.poll().run();

        assertThat(runner.monitor().titleProperty().get()).isEqualTo("Importing");
        assertThat(runner.monitor().messageProperty().get()).isEqualTo("a.txt");
        assertThat(runner.monitor().progressProperty().get()).isEqualTo(0.25);
    }
}
