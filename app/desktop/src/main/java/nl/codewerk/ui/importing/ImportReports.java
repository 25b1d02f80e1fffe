package nl.codewerk.ui.importing;

import java.util.ArrayList;
import java.util.List;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.ui.dialog.Report;
import nl.codewerk.ui.i18n.I18n;

/** Puts core's import report into words: what was imported, skipped and refused, and why. */
public final class ImportReports {

    private ImportReports() {
    }

    public static Report toReport(ImportReport report) {
        List<String> imported = new ArrayList<>();
        for (ImportReport.Imported i : report.imported()) {
            String line = I18n.t("import.report.importedLine", i.name(), i.file().getFileName(), i.turns());
            imported.add(i.notes().isEmpty() ? line : line + " (" + String.join("; ", i.notes()) + ")");
        }
        List<String> skipped = report.skipped().stream()
                .map(s -> I18n.t("import.report.reasonLine", s.file().getFileName(), s.reason())).toList();
        List<String> refused = report.refused().stream()
                .map(r -> I18n.t("import.report.reasonLine", r.file().getFileName(), r.reason())).toList();
        String summary = I18n.t("import.report.summary", report.imported().size(), report.skipped().size(), report.refused().size());
        return new Report(I18n.t("import.report.title"), summary, List.of(
                new Report.Section(I18n.t("import.report.imported", imported.size()), imported),
                new Report.Section(I18n.t("import.report.skipped", skipped.size()), skipped),
                new Report.Section(I18n.t("import.report.refused", refused.size()), refused),
                new Report.Section(I18n.t("import.report.notes"), report.notes())));
    }
}
