package nl.codewerk.ui.start;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.codewerk.project.Backups;
import nl.codewerk.ui.i18n.I18n;

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

    /**
     * Puts a backup back in place of a project: choose the project, then one of its copies
     * (newest first). Core copies the current state first, so a restore can itself be undone.
     */
    public void restoreBackup() {
        context.dialogs().chooseProjectToOpen().ifPresent(project -> context.tasks().run(
                BackgroundTask.of(progress -> Backups.list(project)).onSuccess(backups -> {
                    if (backups.isEmpty()) {
                        context.dialogs().showInfo(I18n.t("backup.title"), I18n.t("backup.none", project.getFileName()));
                        return;
                    }
                    context.dialogs().choose(I18n.t("backup.title"), I18n.t("backup.choose"), backups, backups.getFirst(),
                                    StartModel::describe)
                            .filter(b -> context.dialogs().confirm(I18n.t("backup.title"), I18n.t("backup.confirm", project.getFileName(), describe(b))))
                            .ifPresent(backup -> context.tasks().run(BackgroundTask.of(progress -> Backups.restore(project, backup))
                                    .titled(I18n.t("backup.restoring"))
                                    .onSuccess(restored -> {
                                        context.dialogs().showInfo(I18n.t("backup.title"), I18n.t("backup.restored",
                                                describe(restored.restored()), restored.replaced().file()));
                                        opener.open(project);
                                    })));
                })));
    }

    private static String describe(Backups.Backup backup) {
        return I18n.t("backup.item", backup.takenAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(I18n.locale())),
                backup.reason() == null ? "" : backup.reason(), Math.max(1, backup.bytes() / 1024));
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
