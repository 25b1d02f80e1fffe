package nl.codewerk.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import nl.codewerk.i18n.Messages;
import nl.codewerk.ui.dialog.FxDialogService;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.i18n.Language;
import nl.codewerk.ui.session.AppContext;
import nl.codewerk.ui.settings.Settings;
import nl.codewerk.ui.settings.SettingsFolder;
import nl.codewerk.ui.start.DemoProjects;
import nl.codewerk.ui.task.TaskRunner;

/** The JavaFX application: reads the settings, then hands the window to the {@link Shell}. */
public final class WorkbenchApp extends Application {

    private TaskRunner tasks;
    private Settings settings;

    @Override
    public void init() {
        // Runs on the launcher thread, so reading the settings file here keeps it off the FX thread.
        tasks = TaskRunner.forJavaFx();
        settings = Settings.load(SettingsFolder.resolve(), tasks.background());
        I18n.setLanguage(settings.language().orElse(Language.fromLocale(Messages.defaultLocale())));
    }

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(stage);
        tasks.setDefaultFailureHandler(dialogs::showError);
        Shell shell = new Shell(stage, new AppContext(settings, tasks, dialogs), DemoProjects.installed());
        shell.showStart();
        stage.show();
        // `codewerk --demo` and `codewerk PROJECT.cwk` open straight into the workbench.
        var args = getParameters().getRaw();
        if (args.size() == 1 && args.getFirst().equals("--demo")) {
            shell.opener().openDemo();
        } else if (args.size() == 1 && args.getFirst().endsWith(".cwk")) {
            shell.opener().open(java.nio.file.Path.of(args.getFirst()));
        }
    }

    @Override
    public void stop() {
        tasks.shutdown();
    }
}
