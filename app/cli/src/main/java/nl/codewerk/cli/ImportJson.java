package nl.codewerk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.codewerk.transcript.ImportReport;

/** The import report as JSON and as readable lines. */
final class ImportJson {

    private ImportJson() {
    }

    static Map<String, Object> of(ImportReport report) {
        return Json.obj(
                "imported", report.imported().stream().map(i -> Json.obj("file", i.file().toString(), "id", i.id(), "name", i.name(),
                        "format", i.format(), "turns", i.turns(), "notes", i.notes())).toList(),
                "skipped", report.skipped().stream().map(s -> Json.obj("file", s.file().toString(), "reason", s.reason())).toList(),
                "refused", report.refused().stream().map(r -> Json.obj("file", r.file().toString(), "reason", r.reason())).toList(),
                "notes", report.notes());
    }

    /** Imported and skipped files; refused ones go to stderr, one line each. */
    static String text(ImportReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(CliText.get("import.summary", report.imported().size(), report.skipped().size(), report.refused().size()));
        for (ImportReport.Imported i : report.imported()) {
            String notes = i.notes().isEmpty() ? "" : "; " + String.join("; ", i.notes());
            lines.add(CliText.get("import.importedLine", i.file().getFileName(), i.name(), i.id(), i.turns(), notes));
        }
        for (ImportReport.Skipped s : report.skipped()) {
            lines.add(CliText.get("import.skippedLine", s.file().getFileName(), s.reason()));
        }
        report.notes().forEach(note -> lines.add("  " + note));
        return String.join(System.lineSeparator(), lines);
    }
}
