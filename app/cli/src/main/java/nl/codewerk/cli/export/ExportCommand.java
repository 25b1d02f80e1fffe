package nl.codewerk.cli.export;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.codewerk.export.AttributeFilter;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the export commands share: the project (opened read-only, so an export runs beside an
 * open workbench), the filter options, and one line on stderr with exit code 2 for a problem.
 */
abstract class ExportCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int UNUSABLE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path project;

    @Option(names = "--coder", paramLabel = "C", description = "Only this coder's codings (default: all coders together).")
    String coder;

    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE", description = "Only cases with this attribute value, e.g. \"nog contact=ja\".")
    String where;

    @Override
    public final Integer call() {
        try (Project opened = Project.openReadOnly(project)) {
            return export(ProjectSnapshot.load(opened));
        } catch (LocalizedException e) {
            err().println(e.getMessage());
            return UNUSABLE;
        }
    }

    /** Does the export; returns the exit code. */
    abstract int export(ProjectSnapshot snapshot);

    ExportFilter filter(List<String> codes) {
        return new ExportFilter(coder, codes, where == null ? null : AttributeFilter.parse(where));
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static String text(String key, Object... args) {
        return Messages.get(key, args);
    }
}
