package nl.codewerk.ui.refi;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.codewerk.refi.NotImported;
import nl.codewerk.refi.PositionUnit;
import nl.codewerk.refi.QdcService;
import nl.codewerk.refi.RefiExportService;
import nl.codewerk.refi.RefiImportOptions;
import nl.codewerk.refi.RefiImportService;
import nl.codewerk.refi.RefiReport;
import nl.codewerk.ui.dialog.DialogService;
import nl.codewerk.ui.dialog.Report;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/**
 * Exchange with other QDA software (REFI-QDA): whole projects as .qdpx, codebooks as .qdc.
 * Each runs in the background and ends with a report of what went through and what was left out.
 */
public final class RefiModel {

    private final ProjectSession session;
    private final Consumer<Path> openProject;

    /** @param openProject opens a project file in the workbench (after an import made one) */
    public RefiModel(ProjectSession session, Consumer<Path> openProject) {
        this.session = session;
        this.openProject = openProject;
    }

    private DialogService dialogs() {
        return session.dialogs();
    }

    /** A .qdpx into a new project file, which then opens. */
    public void importProject() {
        Optional<Path> input = dialogs().chooseFileToOpen(I18n.t("refi.importProject"), List.of("qdpx", "qde"));
        if (input.isEmpty()) {
            return;
        }
        Optional<PositionUnit> positions = dialogs().choose(I18n.t("refi.importProject"), I18n.t("refi.positions"),
                List.of(PositionUnit.values()), PositionUnit.AUTO, RefiModel::name);
        if (positions.isEmpty()) {
            return;
        }
        dialogs().chooseNewProjectFile().ifPresent(target -> session.context().tasks().run(BackgroundTask.of(progress ->
                new RefiImportService(RefiImportOptions.DEFAULT.withPositions(positions.get())).importProject(input.get(), target, progress))
                .titled(I18n.t("refi.importing", input.get().getFileName()))
                .onSuccess(report -> {
                    dialogs().showReport(report(I18n.t("refi.importedTitle"), I18n.t("refi.imported", target.getFileName()), report));
                    openProject.accept(target);
                })));
    }

    public void exportProject() {
        dialogs().chooseFileToSave(I18n.t("refi.exportProject"), session.name(), "qdpx").ifPresent(file ->
                session.run(BackgroundTask.of(progress -> new RefiExportService(session.project()).exportProject(file, progress))
                        .titled(I18n.t("refi.exporting", file.getFileName()))
                        .onSuccess(report -> dialogs().showReport(report(I18n.t("refi.exportedTitle"),
                                I18n.t("refi.exported", file), report)))));
    }

    /** Codes of a .qdc join the codebook; codes already there are matched, not doubled. */
    public void importCodebook() {
        String coder = session.coder();
        dialogs().chooseFileToOpen(I18n.t("refi.importCodebook"), List.of("qdc")).ifPresent(file ->
                session.run(BackgroundTask.of(progress -> new QdcService(session.project()).importCodebook(file, coder))
                        .titled(I18n.t("refi.importing", file.getFileName()))
                        .onSuccess(report -> dialogs().showReport(report(I18n.t("refi.importedTitle"),
                                I18n.t("refi.codebookImported", file.getFileName()), report)))));
    }

    public void exportCodebook() {
        dialogs().chooseFileToSave(I18n.t("refi.exportCodebook"), I18n.t("refi.codebookName"), "qdc").ifPresent(file ->
                session.run(BackgroundTask.of(progress -> new QdcService(session.project()).exportCodebook(file))
                        .titled(I18n.t("refi.exporting", file.getFileName()))
                        .onSuccess(report -> dialogs().showReport(report(I18n.t("refi.exportedTitle"),
                                I18n.t("refi.exported", file), report)))));
    }

    static Report report(String title, String headline, RefiReport report) {
        String counts = I18n.t("refi.counts", report.codes(), report.sources(), report.codings(), report.cases(), report.memos(),
                report.users(), report.merged());
        String positions = report.positions() == null ? "" : "\n" + I18n.t("refi.positionsUsed", report.positions());
        List<String> left = report.notImported().stream().map(RefiModel::line).toList();
        return new Report(title, headline + "\n" + counts + positions, List.of(
                new Report.Section(I18n.t("refi.notImported", report.notImportedCount()), left),
                new Report.Section(I18n.t("refi.notes"), report.notes())));
    }

    private static String line(NotImported n) {
        return I18n.t("refi.notImportedLine", n.kind(), n.what(), n.reason(), n.count());
    }

    private static String name(PositionUnit unit) {
        return switch (unit) {
            case AUTO -> I18n.t("refi.positions.auto");
            case CODEPOINT -> I18n.t("refi.positions.codepoint");
            case UTF16 -> I18n.t("refi.positions.utf16");
        };
    }
}
