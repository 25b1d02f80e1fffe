package nl.codewerk.cli.search;

import java.nio.file.Path;
import nl.codewerk.cli.Json;
import nl.codewerk.search.AutocodePlan;
import nl.codewerk.search.AutocodeResult;
import nl.codewerk.search.AutocodeScope;
import nl.codewerk.search.SearchRequest;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autocode PROJECT QUERY --code CODE --scope hit|sentence|paragraph|turn}: codes every
 * hit, extended to the scope, as one action in the undo log. {@code --preview} only counts.
 */
@Command(name = "autocode", description = "Apply a code to every hit of a search, as one undoable action.")
public final class AutocodeCommand extends SearchCommandBase {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.cwk).")
    Path project;

    @Parameters(index = "1", paramLabel = "QUERY", description = "What to search for.")
    String query;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The code to apply (id or path).")
    String code;

    @Option(names = "--scope", required = true, paramLabel = "SCOPE", description = "hit, sentence, paragraph or turn.")
    String scope;

    @Option(names = "--coder", paramLabel = "NAME", description = "Who codes (default: the system user).")
    String coder;

    @Option(names = "--speaker", paramLabel = "S", description = "Only turns of this speaker label.")
    String speaker;

    @Option(names = "--transcript", paramLabel = "T", description = "Only this transcript (id or name).")
    String transcript;

    @Option(names = "--respondents", description = "Only turns of respondents (not the interviewer).")
    boolean respondents;

    @Option(names = "--preview", description = "Only count what would be coded; change nothing.")
    boolean preview;

    @Override
    protected int run() {
        AutocodeScope extent = AutocodeScope.parse(scope);
        try (Project p = preview ? openForReading(project) : Project.open(project)) {
            p.search().index(progress());
            String codeId = p.codebook().codebook().require(code).id();
            SearchRequest request = filtered(p, SearchRequest.of(query), speaker, transcript, null, false, respondents, null);
            AutocodePlan plan;
            int made;
            if (preview) {
                plan = p.search().autocodePreview(request, codeId, extent, coder);
                made = 0;
            } else {
                AutocodeResult result = p.search().autocode(request, codeId, extent, coder);
                plan = result.plan();
                made = result.made().size();
            }
            int codings = preview ? plan.newCodings() : made;
            print(Json.obj("code", plan.codeId(), "scope", extent.cliName(), "hits", plan.hits(), "passages", plan.spans().size(),
                            "alreadyCoded", plan.alreadyCoded(), "codings", codings, "preview", preview),
                    message(preview ? "autocode.preview" : "autocode.done", codings, plan.hits(), plan.alreadyCoded()));
            return OK;
        }
    }
}
