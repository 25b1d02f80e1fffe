package nl.codewerk.cli.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.codewerk.cli.Json;
import nl.codewerk.cli.JsonCommand;
import nl.codewerk.coding.CodingService;
import nl.codewerk.merge.MergeConflict;
import nl.codewerk.merge.MergeReport;
import nl.codewerk.merge.ProjectMergeService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code merge PROJECT OTHER.cwk [--json]}: adds another coder's codings to the project. Prints
 * {@code {"added", "skipped", "conflicts"}}; exit 0 when everything matched, 1 when conflicts held
 * some codings back (the rest was merged), 2 when nothing could be done.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Bring another coder's project into this one: transcripts matched by text, codes by id then name path."})
public final class MergeCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project to merge into (.cwk)")
    Path project;

    @Parameters(index = "1", paramLabel = "OTHER.cwk", description = "the coder's project; opened read-only")
    Path other;

    @Override
    protected int run() {
        MergeReport report;
        try (Project target = Project.open(project)) {
            report = new ProjectMergeService(target).merge(other, CodingService.defaultCoder());
        }
        List<String> lines = new ArrayList<>();
        lines.add(message("merge.cli.done", report.added(), report.skipped())
                + (report.addedPerCoder().isEmpty() ? "" : " " + report.addedPerCoder()));
        report.codesAdded().forEach(path -> lines.add(message("merge.cli.codeAdded", path)));
        for (MergeConflict conflict : report.conflicts()) {
            lines.add(message("merge.cli.conflict", conflict.message()));
        }
        print(Json.obj("added", report.added(), "skipped", report.skipped(), "conflicts", report.conflicts(),
                "codesAdded", report.codesAdded(), "addedPerCoder", report.addedPerCoder()), String.join(System.lineSeparator(), lines));
        return report.conflicts().isEmpty() ? OK : REFUSED;
    }
}
