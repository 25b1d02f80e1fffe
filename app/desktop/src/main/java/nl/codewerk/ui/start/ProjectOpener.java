package nl.codewerk.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.codewerk.ui.session.AppContext;
import nl.codewerk.ui.dialog.ErrorText;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.ui.session.LoadedProject;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.workspace.Project;

/**
 * Creates and opens projects in the background and hands the open project to the window. A
 * project that cannot be opened (locked, not a project, too new) is explained with core's message.
 */
public final class ProjectOpener {

    private final AppContext context;
    private final Optional<DemoProjectSource> demo;
    private final Consumer<ProjectSession> onOpened;
    private final Predicate<Path> alreadyOpen;

    /** @param alreadyOpen whether a file is the project open in this window */
    public ProjectOpener(AppContext context, Optional<DemoProjectSource> demo, Consumer<ProjectSession> onOpened, Predicate<Path> alreadyOpen) {
        this.context = context;
        this.demo = demo;
        this.onOpened = onOpened;
        this.alreadyOpen = alreadyOpen;
    }

    public boolean demoAvailable() {
        return demo.isPresent();
    }

    public void chooseAndOpen() {
        context.dialogs().chooseProjectToOpen().ifPresent(this::open);
    }

    public void chooseAndCreate(StartingCodebook codebook) {
        context.dialogs().chooseNewProjectFile().ifPresent(file -> create(file, codebook));
    }

    public void open(Path file) {
        if (alreadyOpen.test(file)) {
            // Opening it again would only meet our own lock.
            return;
        }
        context.tasks().run(BackgroundTask.of(progress -> LoadedProject.of(Project.open(file)))
                .titled(I18n.t("task.openProject", file.getFileName()))
                .onSuccess(this::opened)
                .onFailure(error -> context.dialogs().showError(I18n.t("start.cannotOpen"), ErrorText.of(error))));
    }

    public void create(Path file, StartingCodebook codebook) {
        context.tasks().run(BackgroundTask.of(progress -> LoadedProject.of(Project.create(file, codebook.load())))
                .titled(I18n.t("task.createProject", file.getFileName()))
                .onSuccess(this::opened)
                .onFailure(error -> context.dialogs().showError(I18n.t("start.cannotCreate"), ErrorText.of(error))));
    }

    /** Builds the demo into the settings folder the first time, then opens it. */
    public void openDemo() {
        DemoProjectSource source = demo.orElse(null);
        if (source == null) {
            context.dialogs().showInfo(I18n.t("start.demo"), I18n.t("start.demoUnavailable"));
            return;
        }
        Path file = demoFile();
        context.tasks().run(BackgroundTask.of(progress -> {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                source.build(file, progress);
            }
            return LoadedProject.of(Project.open(file));
        }).titled(I18n.t("task.buildDemo"))
                .onSuccess(this::opened)
                .onFailure(error -> context.dialogs().showError(I18n.t("start.cannotOpen"), ErrorText.of(error))));
    }

    public Path demoFile() {
        return context.settings().folder().resolve("demo").resolve("codewerk-demo.cwk");
    }

    private void opened(LoadedProject loaded) {
        context.settings().addRecentProject(loaded.project().file());
        onOpened.accept(new ProjectSession(loaded, context));
    }
}
