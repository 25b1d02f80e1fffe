package nl.codewerk.search;

import java.util.Locale;
import java.util.Set;

/**
 * Tells interviewer turns from respondent turns by the speaker label, so a search can be
 * limited to what respondents said. Labels in Dutch and English transcripts for the person
 * asking the questions are few; every other labelled speaker is a respondent.
 */
public final class SpeakerRoles {

    public static final String INTERVIEWER = "interviewer";
    public static final String RESPONDENT = "respondent";
    public static final String UNKNOWN = "unknown";

    private static final Set<String> INTERVIEWER_LABELS = Set.of(
            "i", "int", "intv", "iv", "interviewer", "interviewster", "interviewers", "onderzoeker", "onderzoekster",
            "ondervrager", "gespreksleider", "gespreksleidster", "q", "vraag", "moderator");

    private SpeakerRoles() {
    }

    /** {@link #INTERVIEWER}, {@link #RESPONDENT}, or {@link #UNKNOWN} for a turn without a label. */
    public static String role(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return UNKNOWN;
        }
        // "Interviewer 2", "I1", "Int." all name an interviewer.
        String key = SearchAnalysis.fold(speaker).replaceAll("[\\d\\s.()\\[\\]_-]+", "").toLowerCase(Locale.ROOT);
        return INTERVIEWER_LABELS.contains(key) ? INTERVIEWER : RESPONDENT;
    }

    /** The form a speaker label is filtered by: case and diacritics do not matter. */
    static String key(String speaker) {
        return SearchAnalysis.fold(speaker.strip());
    }
}
