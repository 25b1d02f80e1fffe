package nl.codewerk.cli.privacy;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.cli.Json;
import nl.codewerk.cli.JsonCommand;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.privacy.PseudonymList;
import nl.codewerk.privacy.PseudonymPreview;
import nl.codewerk.privacy.PseudonymiseService;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pseudonymise PROJECT --map FILE.csv [--transcript T] [--preview] [--json]}. The preview
 * shows every place in its context and changes nothing (it opens the project read-only, so it
 * works while the workbench has it open). Applying names no original in its output: what it
 * prints may end up in a log.
 */
@Command(name = "pseudonymise", mixinStandardHelpOptions = true,
        description = {"Replaces names by pseudonyms (whole words, as written, in capitals or in lower case) in the text and",
                "everywhere else a name can be: transcript names, speakers, memos, coding comments, cases, codebook.",
                "Makes a backup first and empties the undo history; the list is kept in the project for later imports."})
public final class PseudonymiseCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.cwk)")
    Path project;

    @Option(names = "--map", required = true, paramLabel = "FILE.csv", description = "two columns: original, replacement")
    Path map;

    @Option(names = "--transcript", paramLabel = "T", description = "only this transcript (id or name) and what belongs to it")
    String transcript;

    @Option(names = "--preview", description = "show every place that would change, change nothing")
    boolean preview;

    @Override
    protected int run() {
        PseudonymList.Read read = PseudonymList.readCsv(map);
        for (PseudonymList.Refused refused : read.refused()) {
            err().println(message("pseudonym.cli.refusedRow", map.getFileName(), refused.line(), refused.original(), refused.reason()));
        }
        if (read.list().isEmpty()) {
            throw new LocalizedException("pseudonym.emptyList");
        }
        try (Project open = preview ? Project.openReadOnly(project) : Project.open(project)) {
            Output.cloudWarning(open, err());
            Long scope = null;
            String scopeName = null;
            if (transcript != null) {
                Transcript t = open.transcripts().find(transcript)
                        .orElseThrow(() -> new LocalizedException("edit.noTranscript", transcript));
                scope = t.id();
                scopeName = t.name();
            }
            if (preview) {
                PseudonymPreview result = open.pseudonyms().preview(read.list(), scope);
                if (json()) {
                    printJson(previewJson(result, read, scope, scopeName));
                } else {
                    printPreview(out(), result, scopeLabel(scopeName));
                }
            } else {
                PseudonymiseService.Report report = open.pseudonyms().apply(read.list(), scope, CodingService.defaultCoder());
                String nowNamed = scope == null ? null : open.transcripts().get(scope).map(Transcript::name).orElse(null);
                Map<Long, String> names = new LinkedHashMap<>();
                report.changed().transcripts().forEach(t -> names.put(t.id(), open.transcripts().get(t.id()).map(Transcript::name)
                        .orElse(String.valueOf(t.id()))));
                if (json()) {
                    printJson(appliedJson(report, read, scope, nowNamed, names));
                } else {
                    printApplied(out(), report, scopeLabel(nowNamed), names);
                }
            }
        }
        return read.refused().isEmpty() ? OK : REFUSED;
    }

    private static String scopeLabel(String transcriptName) {
        return transcriptName == null ? message("pseudonym.cli.scopeProject") : message("pseudonym.cli.scopeTranscript", transcriptName);
    }

    private static void printPreview(PrintWriter out, PseudonymPreview result, String scope) {
        if (result.isEmpty()) {
            out.println(message("pseudonym.cli.nothing", scope));
            return;
        }
        out.println(message("pseudonym.cli.preview", scope, result.total(), result.pseudonyms().size()));
        for (PseudonymPreview.PerTranscript t : result.transcripts()) {
            if (t.total() > 0) {
                out.println("  " + message("pseudonym.cli.transcript", t.name(), t.inText(), t.total()));
            }
        }
        printCounts(out, result);
        out.println();
        for (PseudonymPreview.Place p : result.places()) {
            out.println("  " + p.owner() + " @" + p.offset() + " [" + where(p.where()) + "]: …" + p.before() + "[" + p.found() + " → "
                    + p.replacement() + "]" + p.after() + "…");
        }
        out.println();
        out.println(message("pseudonym.cli.previewNote"));
    }

    private static void printApplied(PrintWriter out, PseudonymiseService.Report report, String scope, Map<Long, String> names) {
        PseudonymPreview changed = report.changed();
        long transcripts = changed.transcripts().stream().filter(t -> t.total() > 0).count();
        if (changed.isEmpty()) {
            out.println(message("pseudonym.cli.nothing", scope));
        } else {
            out.println(message("pseudonym.cli.done", scope, changed.total(), transcripts));
            for (PseudonymPreview.PerTranscript t : changed.transcripts()) {
                if (t.total() > 0) {
                    out.println("  " + message("pseudonym.cli.transcript", names.get(t.id()), t.inText(), t.total()));
                }
            }
            printCounts(out, changed);
        }
        out.println(message("pseudonym.cli.backup", report.backup().file()));
        out.println(message("pseudonym.cli.undoCleared"));
        out.println(message("pseudonym.cli.saved", report.saved().size()));
    }

    private static void printCounts(PrintWriter out, PseudonymPreview result) {
        result.countsByWhere().forEach((where, count) -> out.println("  " + message("pseudonym.cli.where", where(where), count)));
    }

    private static String where(PseudonymPreview.Where where) {
        return message("pseudonym.where." + where.key());
    }

    private static Map<String, Object> previewJson(PseudonymPreview result, PseudonymList.Read read, Long scope, String scopeName) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("preview", true);
        out.put("scope", scopeJson(scope, scopeName));
        List<Map<String, Object>> pseudonyms = new ArrayList<>();
        Map<String, Integer> counts = result.countsByOriginal();
        result.pseudonyms().forEach(p -> pseudonyms.add(Json.obj("original", p.original(), "replacement", p.replacement(),
                "count", counts.getOrDefault(p.original(), 0))));
        out.put("pseudonyms", pseudonyms);
        out.put("refused", refusedJson(read));
        out.put("total", result.total());
        out.put("transcripts", result.transcripts().stream().map(t -> transcriptJson(t, t.name())).toList());
        out.put("counts", countsJson(result));
        List<Map<String, Object>> places = new ArrayList<>();
        for (PseudonymPreview.Place p : result.places()) {
            places.add(Json.obj("where", p.where().key(), "owner", p.owner(), "transcript", p.transcriptId(), "offset", p.offset(),
                    "before", p.before(), "found", p.found(), "after", p.after(), "replacement", p.replacement()));
        }
        out.put("places", places);
        return out;
    }

    /** What was done, naming no original: this output may be kept in a log. */
    private static Map<String, Object> appliedJson(PseudonymiseService.Report report, PseudonymList.Read read, Long scope, String scopeName,
            Map<Long, String> names) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("preview", false);
        out.put("scope", scopeJson(scope, scopeName));
        out.put("pseudonyms", report.changed().pseudonyms().size());
        out.put("refused", read.refused().stream().map(r -> Map.<String, Object>of("line", r.line())).toList());
        out.put("total", report.changed().total());
        out.put("transcripts", report.changed().transcripts().stream().map(t -> transcriptJson(t, names.get(t.id()))).toList());
        out.put("counts", countsJson(report.changed()));
        out.put("backup", report.backup().file().toString());
        out.put("undoHistoryCleared", report.undoHistoryCleared());
        out.put("savedPseudonyms", report.saved().size());
        return out;
    }

    private static Object scopeJson(Long scope, String name) {
        if (scope == null) {
            return "project";
        }
        return Json.obj("transcript", Json.obj("id", scope, "name", name));
    }

    private static List<Map<String, Object>> refusedJson(PseudonymList.Read read) {
        return read.refused().stream().map(r -> Json.obj("line", r.line(), "original", r.original(), "reason", r.reason())).toList();
    }

    private static Map<String, Object> transcriptJson(PseudonymPreview.PerTranscript t, String name) {
        return Json.obj("id", t.id(), "name", name, "inText", t.inText(), "total", t.total());
    }

    private static Map<String, Object> countsJson(PseudonymPreview result) {
        Map<String, Object> m = new LinkedHashMap<>();
        result.countsByWhere().forEach((where, count) -> m.put(where.key(), count));
        return m;
    }
}
