package nl.codewerk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.i18n.Language;
import nl.codewerk.ui.session.AppContext;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.settings.Settings;
import nl.codewerk.ui.settings.Theme;
import nl.codewerk.ui.start.DemoProjectSource;
import nl.codewerk.ui.start.ProjectOpener;
import nl.codewerk.ui.start.StartModel;
import nl.codewerk.ui.start.StartScreen;
import nl.codewerk.ui.workbench.WorkbenchHost;
import nl.codewerk.ui.workbench.WorkbenchModel;
import nl.codewerk.ui.workbench.WorkbenchView;

/**
 * The window and what it shows: the start screen, or the workbench of the open project. Also
 * applies the theme and language; a new language rebuilds the screen in place while the
 * project, the open transcript and the caret stay.
 */
public final class Shell implements WorkbenchHost {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    private final Stage stage;
    private final AppContext context;
    private final Scene scene;
    private final ProjectOpener opener;
    private ProjectSession session;
    private WorkbenchModel workbenchModel;
    private WorkbenchView workbench;

    public Shell(Stage stage, AppContext context, Optional<DemoProjectSource> demo) {
        this.stage = stage;
        this.context = context;
        this.scene = new Scene(new Pane(), WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(Shell.class.getResource("app.css")).toExternalForm());
        this.opener = new ProjectOpener(context, demo, this::showProject, file -> session != null
                && session.project().file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()));
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        context.settings().window().ifPresent(size -> {
            stage.setWidth(Math.max(800, size.width()));
            stage.setHeight(Math.max(560, size.height()));
            stage.setMaximized(size.maximized());
        });
        stage.setOnCloseRequest(event -> {
            rememberWindow();
            if (session != null) {
                event.consume();
                closeProject(stage::close);
            }
        });
    }

    private void rememberWindow() {
        if (stage.isMaximized()) {
            context.settings().window().ifPresentOrElse(
                    old -> context.settings().setWindow(new Settings.WindowSize(old.width(), old.height(), true)),
                    () -> context.settings().setWindow(new Settings.WindowSize(WIDTH, HEIGHT, true)));
        } else {
            context.settings().setWindow(new Settings.WindowSize(stage.getWidth(), stage.getHeight(), false));
        }
    }

    public AppContext context() {
        return context;
    }

    @Override
    public ProjectOpener opener() {
        return opener;
    }

    public Optional<ProjectSession> session() {
        return Optional.ofNullable(session);
    }

    public Optional<WorkbenchView> workbench() {
        return Optional.ofNullable(workbench);
    }

    public Optional<WorkbenchModel> workbenchModel() {
        return Optional.ofNullable(workbenchModel);
    }

    public Stage stage() {
        return stage;
    }

    public void showStart() {
        disposeWorkbench();
        show(new StartScreen(new StartModel(context, opener), this), I18n.t("app.title"));
    }

    /** Shows the workbench of a project that was just opened (a project open before is closed). */
    public void showProject(ProjectSession opened) {
        if (session != null && session != opened) {
            ProjectSession previous = session;
            session = null;
            disposeWorkbench();
            previous.close(() -> { });
        }
        session = opened;
        workbenchModel = new WorkbenchModel(opened, () -> stage);
        workbenchModel.load();
        showWorkbench();
    }

    private void showWorkbench() {
        disposeWorkbench();
        workbench = new WorkbenchView(workbenchModel, this);
        show(workbench, I18n.t("app.titleWithProject", session.name()));
        workbench.whenShown();
    }

    public void closeProject(Runnable then) {
        if (session == null) {
            then.run();
            return;
        }
        ProjectSession closing = session;
        session = null;
        workbenchModel = null;
        disposeWorkbench();
        closing.close(then);
    }

    @Override
    public void closeToStart() {
        closeProject(this::showStart);
    }

    @Override
    public void quit() {
        rememberWindow();
        closeProject(stage::close);
    }

    @Override
    public void setLanguage(Language language) {
        I18n.setLanguage(language);
        context.settings().setLanguage(language);
        if (session != null) {
            showWorkbench();
        } else {
            showStart();
        }
    }

    @Override
    public void setTheme(Theme theme) {
        context.settings().setTheme(theme);
        applyTheme();
    }

    @Override
    public Theme theme() {
        return context.settings().theme();
    }

    private void disposeWorkbench() {
        if (workbench != null) {
            workbench.saveLayout();
            workbench.dispose();
            workbench = null;
        }
    }

    private void applyTheme() {
        Theme theme = context.settings().theme();
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().getStyleClass().remove("dark");
        if (theme == Theme.DARK) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    private void show(Parent root, String title) {
        scene.setRoot(root);
        applyTheme();
        stage.setTitle(title);
    }
}
