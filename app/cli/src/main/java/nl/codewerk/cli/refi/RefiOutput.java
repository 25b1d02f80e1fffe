package nl.codewerk.cli.refi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.ProjectException;
import nl.codewerk.refi.NotImported;
import nl.codewerk.refi.RefiException;
import nl.codewerk.refi.RefiReport;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the refi and qdc commands share: the report as text or JSON, and turning every failure
 * into one line on stderr with the documented exit code (0 done, 1 some input refused or left
 * out, 2 wrong usage or unusable project).
 */
final class RefiOutput {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int UNUSABLE = 2;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RefiOutput() {
    }

    /** Runs a command body; a refused exchange file is exit 1, an unusable project or bad usage exit 2. */
    static int run(CommandSpec spec, Callable<Integer> body) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.call();
        } catch (RefiException e) {
            err.println(e.getMessage());
            return usage(e) ? UNUSABLE : REFUSED;
        } catch (ProjectException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (LocalizedException e) {
            err.println(e.getMessage());
            return REFUSED;
        } catch (Exception e) {
            err.println(Messages.get("refi.cli.unexpected", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return UNUSABLE;
        }
    }

    /** Problems of the command line itself rather than of the exchange file's contents. */
    private static boolean usage(RefiException e) {
        return e.key().equals("refi.notFound") || e.key().equals("refi.badPositions") || e.key().equals("refi.cannotWrite");
    }

    /** The report: JSON with the counts and {@code notImported}, or readable lines. */
    static void print(CommandSpec spec, boolean json, String summaryKey, Object subject, RefiReport report) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(JSON.writeValueAsString(json(report)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        out.println(Messages.get(summaryKey, subject, report.codes(), report.sources(), report.codings(), report.cases(), report.memos(),
                report.users(), report.merged()));
        for (String note : report.notes()) {
            out.println(note);
        }
        if (!report.notImported().isEmpty()) {
            out.println(Messages.get("refi.cli.notImported", report.notImportedCount()));
            for (NotImported n : report.notImported()) {
                out.println(Messages.get(n.count() == 1 ? "refi.cli.leftOut" : "refi.cli.leftOutMany", n.kind(), n.what(), n.reason(), n.count()));
            }
        }
    }

    static Map<String, Object> json(RefiReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("codes", report.codes());
        m.put("sources", report.sources());
        m.put("codings", report.codings());
        m.put("cases", report.cases());
        m.put("memos", report.memos());
        m.put("users", report.users());
        m.put("merged", report.merged());
        m.put("positions", report.positions());
        List<Map<String, Object>> left = report.notImported().stream().map(n -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", n.kind());
            item.put("what", n.what());
            item.put("reason", n.reason());
            item.put("count", n.count());
            return item;
        }).toList();
        m.put("notImported", left);
        m.put("notes", report.notes());
        return m;
    }
}
