package nl.codewerk.cli.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.codewerk.cli.Json;
import nl.codewerk.cli.JsonCommand;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.project.ProjectException;
import nl.codewerk.refi.NotImported;
import nl.codewerk.refi.RefiException;
import nl.codewerk.refi.RefiReport;

/**
 * What the refi and qdc commands share: the report as text or JSON, and which problems count as
 * a refused exchange file (exit 1) rather than wrong usage or an unusable project (exit 2).
 */
abstract class ExchangeCommand extends JsonCommand {

    @Override
    protected final int exitCode(LocalizedException problem) {
        if (problem instanceof RefiException e) {
            return usage(e) ? UNUSABLE : REFUSED;
        }
        return problem instanceof ProjectException ? UNUSABLE : REFUSED;
    }

    /** Problems of the command line itself rather than of the exchange file's contents. */
    private static boolean usage(RefiException e) {
        return e.key().equals("refi.notFound") || e.key().equals("refi.badPositions") || e.key().equals("refi.cannotWrite");
    }

    /** The report: JSON with the counts and {@code notImported}, or readable lines. */
    void printReport(String summaryKey, Object subject, RefiReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(message(summaryKey, subject, report.codes(), report.sources(), report.codings(), report.cases(), report.memos(),
                report.users(), report.merged()));
        lines.addAll(report.notes());
        if (!report.notImported().isEmpty()) {
            lines.add(message("refi.cli.notImported", report.notImportedCount()));
            for (NotImported n : report.notImported()) {
                lines.add(message(n.count() == 1 ? "refi.cli.leftOut" : "refi.cli.leftOutMany", n.kind(), n.what(), n.reason(), n.count()));
            }
        }
        print(json(report), String.join(System.lineSeparator(), lines));
    }

    static Map<String, Object> json(RefiReport report) {
        List<Map<String, Object>> left = report.notImported().stream()
                .map(n -> Json.obj("kind", n.kind(), "what", n.what(), "reason", n.reason(), "count", n.count()))
                .toList();
        return Json.obj("codes", report.codes(), "sources", report.sources(), "codings", report.codings(), "cases", report.cases(),
                "memos", report.memos(), "users", report.users(), "merged", report.merged(), "positions", report.positions(),
                "notImported", left, "notes", report.notes());
    }
}
