package nl.codewerk.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.codewerk.coding.CodingService;
import nl.codewerk.ui.session.AppContext;
import nl.codewerk.ui.task.BackgroundTask;

/** What the start screen shows and does: recent projects, the starting codebook, the coder. */
public final class StartModel {

    private final AppContext context;
    private final ProjectOpener opener;
    private final ObservableList<RecentProject> recent = FXCollections.observableArrayList();
    private final ObjectProperty<StartingCodebook> startingCodebook = new SimpleObjectProperty<>(StartingCodebook.JIM);

    public StartModel(AppContext context, ProjectOpener opener) {
        this.context = context;
        this.opener = opener;
    }

    public ObservableList<RecentProject> recent() {
        return recent;
    }

    public ObjectProperty<StartingCodebook> startingCodebookProperty() {
        return startingCodebook;
    }

    public boolean demoAvailable() {
        return opener.demoAvailable();
    }

    /** Reloads the recent list, checking off the FX thread which files still exist. */
    public void refreshRecent() {
        List<Path> files = context.settings().recentProjects();
        context.tasks().run(BackgroundTask.of(progress -> files.stream().map(f -> new RecentProject(f, Files.isRegularFile(f))).toList())
                .latestOf("recent-projects")
                .onSuccess(recent::setAll));
    }

    public void forget(RecentProject project) {
        context.settings().removeRecentProject(project.file());
        recent.remove(project);
    }

    public void open(RecentProject project) {
        opener.open(project.file());
    }

    public void openChosen() {
        opener.chooseAndOpen();
    }

    public void createNew() {
        opener.chooseAndCreate(startingCodebook.get());
    }

    public void openDemo() {
        opener.openDemo();
    }

    public String coder() {
        return context.settings().coder().orElse(CodingService.defaultCoder());
    }

    public void setCoder(String coder) {
        if (coder != null && !coder.isBlank()) {
            context.settings().setCoder(coder);
        }
    }
}
