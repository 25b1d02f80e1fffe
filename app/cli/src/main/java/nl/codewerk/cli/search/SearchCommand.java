package nl.codewerk.cli.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.codewerk.cli.Json;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.search.HitSort;
import nl.codewerk.search.SearchHit;
import nl.codewerk.search.SearchRequest;
import nl.codewerk.search.SearchResult;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search PROJECT QUERY}: every match as a keyword-in-context line, or with {@code --json}
 * {@code {"total": N, "hits": [{"transcript", "transcriptName", "speaker", "start", "end",
 * "snippet", "before", "match", "after"}]}} where start/end are UTF-16 offsets into the
 * transcript text (end exclusive) and the snippet marks the match with « and ».
 */
@Command(name = "search", description = "Search the transcripts: words, \"phrases\", AND/OR/NOT, mentor*, \"jim moeder\"~5, mentr~.")
public final class SearchCommand extends SearchCommandBase {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.cwk).")
    Path project;

    @Parameters(index = "1", paramLabel = "QUERY", description = "What to search for.")
    String query;

    @Option(names = "--speaker", paramLabel = "S", description = "Only turns of this speaker label.")
    String speaker;

    @Option(names = "--transcript", paramLabel = "T", description = "Only this transcript (id or name).")
    String transcript;

    @Option(names = "--code", paramLabel = "C", description = "Only text coded with this code (id or path).")
    String code;

    @Option(names = "--uncoded", description = "Only text no coding touches yet.")
    boolean uncoded;

    @Option(names = "--respondents", description = "Only turns of respondents (not the interviewer).")
    boolean respondents;

    @Option(names = "--attribute", paramLabel = "NAME=VALUE", description = "Only cases with this attribute value (repeatable).")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Option(names = "--sort", paramLabel = "ORDER", description = "position (default), relevance, speaker or match.")
    String sort = "position";

    @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default: all).")
    int limit;

    @Override
    protected int run() {
        HitSort order = sortOrder(sort);
        if (limit < 0) {
            throw new LocalizedException("search.badLimit", limit);
        }
        try (Project p = openForReading(project)) {
            p.search().index(progress());
            SearchRequest request = filtered(p, SearchRequest.of(query), speaker, transcript, code, uncoded, respondents, attributes)
                    .withSort(order).withPage(0, limit);
            SearchResult result = p.search().search(request);
            if (json()) {
                List<Map<String, Object>> hits = new ArrayList<>();
                for (SearchHit hit : result.hits()) {
                    hits.add(Json.obj("transcript", hit.transcriptId(), "transcriptName", hit.transcriptName(), "speaker", hit.speaker(),
                            "start", hit.start(), "end", hit.end(), "snippet", hit.snippet(), "before", hit.before(), "match", hit.match(),
                            "after", hit.after()));
                }
                printJson(Json.obj("total", result.total(), "hits", hits));
            } else {
                for (SearchHit hit : result.hits()) {
                    out().println(hit.transcriptName() + "\t" + (hit.speaker() == null ? "-" : hit.speaker()) + "\t"
                            + hit.start() + "-" + hit.end() + "\t" + hit.snippet());
                }
                out().println(message("search.total", result.total(), result.perTranscript().size()));
            }
            return OK;
        }
    }

    static HitSort sortOrder(String text) {
        try {
            return HitSort.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LocalizedException("search.badSort", text);
        }
    }
}
