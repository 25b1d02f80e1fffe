package nl.codewerk.transcript;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a speaker label at the start of a paragraph ({@code I:}, {@code [00:03:12] Henk:},
 * {@code R: (00:12:40)}, {@code S01: [00:00:12]}, {@code [id1]}) and decides which labels are
 * speakers. "Het punt is: ..." must stay prose, so a label counts only when it is a known role,
 * or recurs as a label, or carries a timestamp, or is a capitalised name in a document that is
 * clearly labelled already.
 */
final class SpeakerLabels {

    static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?";
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.'’\\-]*";
    private static final String LABEL = "\\p{L}[\\p{L}\\p{M}\\p{N}.'’\\-]*(?: " + WORD + "){0,3}";
    private static final String BRACKETED_TIME = "[\\[(](?<%s>" + TIME + ")[\\])]";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?:(?:" + BRACKETED_TIME.formatted("t1") + "|(?<t2>\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,3})?)(?=\\s))\\s*(?:[-–]\\s*)?)?"
                    + "(?:(?<label>" + LABEL + ")\\s*(?:" + BRACKETED_TIME.formatted("t3") + "\\s*)?:"
                    + "|\\[(?<blabel>" + LABEL + ")\\]\\s*(?<bcolon>:)?)"
                    + "(?=\\s|$)\\s*"
                    + "(?:(?:" + BRACKETED_TIME.formatted("t4") + "|(?<t5>" + TIME + ")(?=\\s|$))\\s*)?");
    private static final Pattern TIMESTAMP_ONLY = Pattern.compile(
            "(?:" + BRACKETED_TIME.formatted("t1") + "|(?<t2>\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,3})?)(?=\\s))\\s*(?:[-–]\\s+)?");

    /** Roles that are speakers wherever they appear, also once, optionally numbered ("Respondent 2"). */
    private static final Set<String> ROLES = Set.of(
            "i", "r", "q", "a", "int", "resp", "interviewer", "interviewster", "interviewee", "respondent",
            "onderzoeker", "researcher", "moderator", "gespreksleider", "facilitator", "deelnemer", "participant",
            "spreker", "speaker", "vraag", "antwoord", "jim", "jongere", "moeder", "vader", "ouder", "ouders",
            "pleegmoeder", "pleegvader", "pleegouder", "mentor", "hulpverlener", "begeleider", "coach",
            "docent", "leerkracht", "broer", "zus", "opa", "oma", "oom", "tante", "vriend", "vriendin");
    private static final Pattern NUMBERED_ROLE = Pattern.compile("(?<role>\\p{L}+)(?:\\s*\\d{1,3}|\\s+\\p{Lu})?");
    /** A code such as id1, S01, P3: letters then digits, as transcription tools write speakers. */
    private static final Pattern CODE = Pattern.compile("\\p{L}{1,4}\\d{1,3}");
    /** Lower-case name particles ("Anne de Vries", "Ludwig van Beethoven"). */
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "te", "ten", "'t", "von", "da", "di", "du", "del", "la", "le");
    /** Bracketed remarks at the start of a paragraph that are not speakers: [lacht], [inaudible]. */
    private static final Set<String> REMARKS = Set.of(
            "lacht", "lachen", "gelach", "laughs", "laughter", "laughing", "inaudible", "onverstaanbaar", "unclear",
            "onduidelijk", "stilte", "pauze", "pause", "silence", "crosstalk", "zucht", "zucht diep", "sighs", "cough",
            "hoest", "music", "muziek", "applause", "applaus", "noise", "geluid", "interruption", "onderbreking", "huilt", "cries");

    /**
     * A label found at the start of a paragraph.
     *
     * @param label     the speaker as written, or null when the paragraph only starts with a timestamp
     * @param timestamp the timestamp before or after the label as written, or null
     * @param textStart where the spoken words begin (absolute offset)
     * @param bracketed the label was written "[Name]" without a colon
     */
    record Candidate(String label, String timestamp, int textStart, boolean bracketed) {

        String key() {
            return label.toLowerCase(Locale.ROOT);
        }
    }

    private SpeakerLabels() {
    }

    /** The label or timestamp at the start of {@code text[start, end)}, if it looks like one. */
    static Optional<Candidate> find(String text, int start, int end) {
        Matcher m = CANDIDATE.matcher(text).region(start, end);
        if (m.lookingAt()) {
            boolean bracketed = m.group("blabel") != null && m.group("bcolon") == null;
            String label = (m.group("label") != null ? m.group("label") : m.group("blabel")).strip();
            String time = firstNonNull(m.group("t1"), m.group("t2"), m.group("t3"), m.group("t4"), m.group("t5"));
            if (label.length() <= 40) {
                return Optional.of(new Candidate(label, time, m.end(), bracketed));
            }
        }
        return timestampOnly(text, start, end);
    }

    /** A paragraph that starts with a timestamp but no speaker label ("[00:05:10] tekst"). */
    static Optional<Candidate> timestampOnly(String text, int start, int end) {
        Matcher t = TIMESTAMP_ONLY.matcher(text).region(start, end);
        if (t.lookingAt() && t.end() < end) {
            return Optional.of(new Candidate(null, firstNonNull(t.group("t1"), t.group("t2")), t.end(), false));
        }
        return Optional.empty();
    }

    /** The keys ({@link Candidate#key()}) of the labels that are speakers in this document. */
    static Set<String> speakers(Collection<Candidate> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> timestamped = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.label() != null) {
                counts.merge(c.key(), 1, Integer::sum);
                if (c.timestamp() != null) {
                    timestamped.add(c.key());
                }
            }
        }
        Set<String> strong = new HashSet<>();
        int strongLines = 0;
        for (Candidate c : candidates) {
            if (c.label() != null && isStrong(c, counts.get(c.key()), timestamped.contains(c.key()))) {
                strong.add(c.key());
                strongLines++;
            }
        }
        Set<String> accepted = new HashSet<>(strong);
        if (strongLines >= 2) {
            // In a document that is clearly labelled, a capitalised name or a code that speaks once is a speaker too.
            for (Candidate c : candidates) {
                if (c.label() != null && !isRemark(c) && (isNameLike(c.label()) || CODE.matcher(c.label()).matches())) {
                    accepted.add(c.key());
                }
            }
        }
        return accepted;
    }

    private static boolean isStrong(Candidate c, int count, boolean timestamped) {
        String label = c.label();
        if (isRemark(c)) {
            return false;
        }
        if (isRole(label)) {
            return true;
        }
        boolean nameLike = isNameLike(label);
        boolean code = CODE.matcher(label).matches();
        if ((nameLike || code) && (count >= 2 || timestamped)) {
            return true;
        }
        // A single lower-case word used as a label again and again ("jan:", "moeder:") is a speaker too.
        return !c.bracketed() && count >= 2 && !label.contains(" ");
    }

    private static boolean isRemark(Candidate c) {
        return c.bracketed() && REMARKS.contains(c.key());
    }

    static boolean isRole(String label) {
        Matcher m = NUMBERED_ROLE.matcher(label);
        return m.matches() && ROLES.contains(m.group("role").toLowerCase(Locale.ROOT));
    }

    /** Every word capitalised (or a number), apart from name particles: "Henk", "Yuri Bakulin", "Anne de Vries". */
    static boolean isNameLike(String label) {
        String[] words = label.split(" ");
        if (!Character.isUpperCase(label.codePointAt(0))) {
            return false;
        }
        for (String word : words) {
            int first = word.codePointAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first) && !PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
