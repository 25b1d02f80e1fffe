package nl.codewerk.cli.search;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import nl.codewerk.cli.JsonCommand;
import nl.codewerk.cli.Lookup;
import nl.codewerk.search.SearchQueryException;
import nl.codewerk.search.SearchRequest;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/** What the search commands share: index progress on a terminal, and resolving filters named on the command line. */
abstract class SearchCommandBase extends JsonCommand {

    /** Reports automatic index building on stderr, only to a person at a terminal. */
    Progress progress() {
        return System.console() == null ? Progress.NONE : new TerminalProgress(err());
    }

    /** Applies the filters the search and autocode commands share. */
    static SearchRequest filtered(Project project, SearchRequest request, String speaker, String transcript, String code,
            boolean uncoded, boolean respondents, Map<String, String> attributes) {
        SearchRequest out = request.withSpeaker(speaker).withUncoded(uncoded).withRespondentsOnly(respondents);
        if (transcript != null) {
            out = out.withTranscript(Lookup.transcript(project, transcript).id());
        }
        if (code != null) {
            out = out.withCode(project.codebook().codebook().require(code).id());
        }
        if (attributes != null) {
            for (Map.Entry<String, String> entry : attributes.entrySet()) {
                if (entry.getKey().isBlank() || entry.getValue() == null) {
                    throw new SearchQueryException("search.badAttributeFilter", entry.getKey());
                }
                out = out.withAttribute(entry.getKey(), entry.getValue());
            }
        }
        return out;
    }

    static Project openForReading(Path file) {
        // Searching changes nothing in the project: read-only works while the workbench has it open.
        return Project.openReadOnly(file);
    }

    /** Progress as a percentage on one terminal line. */
    private static final class TerminalProgress implements Progress {

        private final PrintWriter err;
        private long lastPercent = -1;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total, String message) {
            long percent = total == 0 ? 100 : done * 100 / total;
            if (percent != lastPercent) {
                lastPercent = percent;
                err.print("\r" + percent + "% " + (message == null ? "" : message) + "\u001b[K");
                if (done >= total) {
                    err.println();
                }
                err.flush();
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
