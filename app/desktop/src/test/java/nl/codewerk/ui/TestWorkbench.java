package nl.codewerk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.i18n.Language;
import nl.codewerk.ui.session.AppContext;
import nl.codewerk.ui.settings.Settings;
import nl.codewerk.ui.task.TaskRunner;
import nl.codewerk.ui.workbench.WorkbenchModel;
import nl.codewerk.workspace.Project;

/**
 * The real workbench in a test's stage, with scripted dialogs, settings in a temporary folder
 * and a task runner that runs every task at once on the calling (JavaFX) thread.
 */
public final class TestWorkbench {

    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final Settings settings;
    public final Shell shell;

    private TestWorkbench(Stage stage, Path settingsFolder, String coder, Executor background) {
        I18n.setLanguage(Language.ENGLISH);
        TaskRunner tasks = new TaskRunner(background, Runnable::run);
        tasks.setDefaultFailureHandler(dialogs::showError);
        settings = Settings.load(settingsFolder, Runnable::run);
        if (coder != null) {
            settings.setCoder(coder);
        }
        shell = new Shell(stage, new AppContext(settings, tasks, dialogs), Optional.empty());
    }

    /** Shows the start screen in {@code stage}, sized to fit the headless screen (1000x1000). */
    public static TestWorkbench start(Stage stage, Path settingsFolder, String coder) {
        return start(stage, settingsFolder, coder, Runnable::run);
    }

    /** As {@link #start(Stage, Path, String)}, with background work run by {@code background}. */
    public static TestWorkbench start(Stage stage, Path settingsFolder, String coder, Executor background) {
        TestWorkbench workbench = new TestWorkbench(stage, settingsFolder, coder, background);
        workbench.shell.showStart();
        stage.setWidth(1000);
        stage.setHeight(760);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return workbench;
    }

    public Project project() {
        return shell.session().orElseThrow().project();
    }

    public WorkbenchModel model() {
        return shell.workbenchModel().orElseThrow();
    }

    /** Closes the open project so its lock is released (call on the JavaFX thread). */
    public void close() {
        shell.closeProject(() -> { });
    }
}
