package nl.codewerk.cli.export;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.cli.BaseCommand;
import nl.codewerk.export.AttributeFilter;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the export commands share: the project (opened read-only, so an export runs beside an
 * open workbench) and the filter options.
 */
abstract class ExportCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path project;

    @Option(names = "--coder", paramLabel = "C", description = "Only this coder's codings (default: all coders together).")
    String coder;

    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE", description = "Only cases with this attribute value, e.g. \"nog contact=ja\".")
    String where;

    @Override
    protected final int run() {
        try (Project opened = Project.openReadOnly(project)) {
            return export(ProjectSnapshot.load(opened));
        }
    }

    /** Does the export; returns the exit code. */
    abstract int export(ProjectSnapshot snapshot);

    ExportFilter filter(List<String> codes) {
        return new ExportFilter(coder, codes, where == null ? null : AttributeFilter.parse(where));
    }
}
