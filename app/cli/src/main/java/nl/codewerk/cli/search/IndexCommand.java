package nl.codewerk.cli.search;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.codewerk.search.SearchIndex;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code index PROJECT [--rebuild]}: brings the search index up to date (building it when
 * missing, stale or damaged) and says where it is; {@code --rebuild} throws it away first.
 */
@Command(name = "index", description = "Check, update or (--rebuild) rebuild the search index beside the project.")
public final class IndexCommand extends SearchCommandBase {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.cwk).")
    Path project;

    @Option(names = "--rebuild", description = "Throw the index away and build it again.")
    boolean rebuild;

    @Override
    protected int run() {
        try (Project p = openForReading(project)) {
            SearchIndex index = p.search().index(progress());
            String opened = index.opened().name().toLowerCase(Locale.ROOT).replace('_', '-');
            SearchIndex.RebuildReport report = rebuild ? index.rebuild(progress()) : null;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("location", index.location() == null ? null : index.location().toString());
            out.put("found", opened);
            out.put("rebuilt", rebuild);
            out.put("transcripts", index.transcriptCount());
            if (report != null) {
                out.put("turns", report.turns());
                out.put("millis", report.millis());
            }
            print(out, report != null
                    ? message("index.rebuilt", report.transcripts(), report.turns(), report.millis(), where(index))
                    : message("index.status", index.transcriptCount(), where(index), found(index.opened())));
            return OK;
        }
    }

    /** Literal keys, so the bundle check sees every one in use. */
    private static String found(SearchIndex.Opened opened) {
        return message(switch (opened) {
            case CURRENT -> "index.found.current";
            case MISSING -> "index.found.missing";
            case DAMAGED -> "index.found.damaged";
            case FOREIGN -> "index.found.foreign";
            case IN_MEMORY -> "index.found.in-memory";
        });
    }

    private static String where(SearchIndex index) {
        return index.location() == null ? message("index.inMemory") : index.location().toString();
    }
}
