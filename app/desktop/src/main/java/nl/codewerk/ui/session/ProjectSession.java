package nl.codewerk.ui.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.codewerk.coding.CodingService;
import nl.codewerk.project.ChangeEvent;
import nl.codewerk.ui.dialog.DialogService;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.ui.task.TaskHandle;
import nl.codewerk.ui.task.TaskRunner;
import nl.codewerk.workspace.Project;

/**
 * The open project as the workbench sees it: the project, who is coding, and the changes it
 * reports, passed on to the panes on the JavaFX thread so each can reload what it shows.
 */
public final class ProjectSession {

    private final Project project;
    private final String name;
    private final AppContext context;
    private final StringProperty coder = new SimpleStringProperty();
    private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<ChangeEvent> databaseListener;
    private volatile boolean closed;

    public ProjectSession(LoadedProject loaded, AppContext context) {
        this.project = loaded.project();
        this.name = loaded.name();
        this.context = context;
        coder.set(context.settings().coder().orElse(CodingService.defaultCoder()));
        coder.addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                context.settings().setCoder(now);
            }
        });
        // Commits happen on worker threads; the panes hear of them on the FX thread.
        databaseListener = event -> context.tasks().onFx(() -> listeners.forEach(l -> l.accept(event)));
        project.database().addListener(databaseListener);
    }

    public Project project() {
        return project;
    }

    public String name() {
        return name;
    }

    public AppContext context() {
        return context;
    }

    public TaskRunner tasks() {
        return context.tasks();
    }

    public DialogService dialogs() {
        return context.dialogs();
    }

    public StringProperty coderProperty() {
        return coder;
    }

    public String coder() {
        return coder.get();
    }

    /** Identifies the project in the personal settings (pinned codes). */
    public String key() {
        return project.file().toAbsolutePath().normalize().toString();
    }

    /** Called on the JavaFX thread after every committed change to the project. */
    public void onChange(Consumer<ChangeEvent> listener) {
        listeners.add(listener);
    }

    public void removeOnChange(Consumer<ChangeEvent> listener) {
        listeners.remove(listener);
    }

    /** Runs work on this project; once the project is closing, work not yet done is dropped. */
    public <T> TaskHandle run(BackgroundTask<T> task) {
        return context.tasks().run(task.onlyWhile(() -> !closed));
    }

    /** Closes the project in the background (the file is written back and unlocked), then runs {@code then}. */
    public void close(Runnable then) {
        closed = true;
        project.database().removeListener(databaseListener);
        listeners.clear();
        context.tasks().run(BackgroundTask.action(progress -> project.close()).onSuccess(done -> then.run()));
    }
}
