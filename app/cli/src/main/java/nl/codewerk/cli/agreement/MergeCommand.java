package nl.codewerk.cli.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.merge.MergeConflict;
import nl.codewerk.merge.MergeReport;
import nl.codewerk.merge.ProjectMergeService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge PROJECT OTHER.cwk [--json]}: adds another coder's codings to the project. Prints
 * {@code {"added", "skipped", "conflicts"}}; exit 0 when everything matched, 1 when conflicts held
 * some codings back (the rest was merged), 2 when nothing could be done.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Bring another coder's project into this one: transcripts matched by text, codes by id then name path."})
public final class MergeCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project to merge into (.cwk)")
    Path project;

    @Parameters(index = "1", paramLabel = "OTHER.cwk", description = "the coder's project; opened read-only")
    Path other;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MergeReport report;
        try (Project target = Project.open(project)) {
            report = new ProjectMergeService(target).merge(other, CodingService.defaultCoder());
        } catch (LocalizedException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("added", report.added());
            map.put("skipped", report.skipped());
            map.put("conflicts", report.conflicts());
            map.put("codesAdded", report.codesAdded());
            map.put("addedPerCoder", report.addedPerCoder());
            try {
                out.println(JSON.writeValueAsString(map));
            } catch (IOException e) {
                throw new IllegalStateException("JSON of a merge report cannot fail", e);
            }
        } else {
            out.println(nl.codewerk.i18n.Messages.get("merge.cli.done", report.added(), report.skipped())
                    + (report.addedPerCoder().isEmpty() ? "" : " " + report.addedPerCoder()));
            report.codesAdded().forEach(path -> out.println(nl.codewerk.i18n.Messages.get("merge.cli.codeAdded", path)));
            for (MergeConflict conflict : report.conflicts()) {
                out.println(nl.codewerk.i18n.Messages.get("merge.cli.conflict", conflict.message()));
            }
        }
        out.flush();
        return report.conflicts().isEmpty() ? 0 : 1;
    }
}
