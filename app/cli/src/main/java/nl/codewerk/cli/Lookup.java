package nl.codewerk.cli;

import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.workspace.Project;

/** Finds what a person named on the command line: a transcript by id or name. */
public final class Lookup {

    private Lookup() {
    }

    public static Transcript transcript(Project project, String idOrName) {
        return project.transcripts().find(idOrName)
                .orElseThrow(() -> new LocalizedException("coding.unknownTranscript", idOrName));
    }
}
