package nl.codewerk.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.cases.Case;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptStore;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.transcript.Turn;

/**
 * Words that may be names, for a researcher to accept or reject before pseudonymising: words
 * written with a capital where a sentence does not start (in Dutch, as in English, mostly names
 * of people and places), speaker names, and capitalised words from the participants sheet (case
 * names and text attributes). Role labels ({@code I}, {@code Interviewer}, {@code Moeder}) and
 * words in capitals ({@code JIM}, {@code JIMs}) are left out, and so is what the project's list
 * already has. A word that is far more often written in lower case ({@code Nee} after a quote
 * mark) is taken for an ordinary word, unless a speaker or the participants sheet names it.
 */
public final class PseudonymCandidates {

    /** Where a candidate was seen. */
    public enum Source { TEXT, SPEAKER, CASE, ATTRIBUTE }

    /** A word that may be a name; {@code count} is how often it is written with a capital mid-sentence. */
    public record Candidate(String word, int count, Set<Source> sources) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’-]\\p{L}[\\p{L}\\p{M}\\p{N}]*)*");
    private static final String SENTENCE_END = ".!?…:;";
    private static final String OPENERS = "\"'“‘„«([{-–—*";
    private static final Set<String> ROLES = Set.of("i", "r", "int", "interviewer", "interviewster", "onderzoeker", "researcher",
            "respondent", "resp", "deelnemer", "participant", "spreker", "speaker", "moderator", "ouder", "ouders", "moeder",
            "vader", "jongere", "jim", "professional", "hulpverlener", "mentor", "zoon", "dochter", "oma", "opa", "tante", "oom");

    private PseudonymCandidates() {
    }

    /** Candidates from the whole project, most frequent first. */
    public static List<Candidate> propose(TranscriptStore transcripts, CaseStore cases, PseudonymList already) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> lowerCase = new HashMap<>();
        Map<String, Set<Source>> sources = new HashMap<>();
        for (TranscriptSummary summary : transcripts.list()) {
            Transcript transcript = transcripts.get(summary.id()).orElseThrow();
            lowerCaseWords(transcript.text()).forEach((word, n) -> lowerCase.merge(word, n, Integer::sum));
            capitalisedMidSentence(transcript.text(), transcript.turns()).forEach((word, n) -> {
                counts.merge(word, n, Integer::sum);
                sources.computeIfAbsent(word, k -> EnumSet.noneOf(Source.class)).add(Source.TEXT);
            });
            for (String speaker : summary.speakers()) {
                if (!isRole(speaker)) {
                    sources.computeIfAbsent(speaker.strip(), k -> EnumSet.noneOf(Source.class)).add(Source.SPEAKER);
                }
            }
            for (String speaker : cases.speakerCases(summary.id()).keySet()) {
                if (!isRole(speaker)) {
                    sources.computeIfAbsent(speaker.strip(), k -> EnumSet.noneOf(Source.class)).add(Source.SPEAKER);
                }
            }
        }
        Set<String> textAttributes = new java.util.HashSet<>();
        for (Attribute a : cases.attributes()) {
            if (a.type() == AttributeType.TEXT) {
                textAttributes.add(a.name());
            }
        }
        for (Case c : cases.cases()) {
            capitalisedWords(c.name()).forEach(w -> sources.computeIfAbsent(w, k -> EnumSet.noneOf(Source.class)).add(Source.CASE));
            c.attributes().forEach((name, value) -> {
                if (textAttributes.contains(name) && value instanceof String s) {
                    capitalisedWords(s).forEach(w -> sources.computeIfAbsent(w, k -> EnumSet.noneOf(Source.class)).add(Source.ATTRIBUTE));
                }
            });
        }
        NameMatcher known = already.matcher();
        List<Candidate> out = new ArrayList<>();
        for (var entry : sources.entrySet()) {
            String word = entry.getKey();
            if (word.isEmpty() || known.matches(word) || isRole(word)) {
                continue;
            }
            // "Nee" after a quote mark or a dash: a word far more often written in lower case
            // is an ordinary word, unless a speaker or the sheet names it too.
            int count = counts.getOrDefault(word, 0);
            if (entry.getValue().equals(Set.of(Source.TEXT)) && lowerCase.getOrDefault(word.toLowerCase(Locale.ROOT), 0) > count) {
                continue;
            }
            out.add(new Candidate(word, count, Set.copyOf(entry.getValue())));
        }
        out.sort(Comparator.comparingInt(Candidate::count).reversed().thenComparing(Candidate::word, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /**
     * Capitalised words of a text that do not start a sentence, a line or a turn, with how
     * often each occurs so; speaker labels are skipped (speakers are proposed on their own).
     */
    static Map<String, Integer> capitalisedMidSentence(String text, List<Turn> turns) {
        Map<String, Integer> out = new HashMap<>();
        int turn = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            while (turn < turns.size() && turns.get(turn).start() <= m.start()) {
                turn++;
            }
            boolean inLabel = turn < turns.size() && turns.get(turn).labelStart() <= m.start() && m.start() < turns.get(turn).start();
            String word = m.group();
            if (!inLabel && isCapitalised(word) && !startsSentence(text, m.start())) {
                out.merge(word, 1, Integer::sum);
            }
        }
        return out;
    }

    /** How often each word occurs written wholly in lower case. */
    static Map<String, Integer> lowerCaseWords(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.group().codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c))) {
                out.merge(m.group(), 1, Integer::sum);
            }
        }
        return out;
    }

    private static List<String> capitalisedWords(String value) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(value);
        while (m.find()) {
            if (isCapitalised(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** A capital first letter, more than one letter, and not all capitals (JIM, GGZ are not names). */
    static boolean isCapitalised(String word) {
        int first = word.codePointAt(0);
        if (word.codePointCount(0, word.length()) < 2 || !(Character.isUpperCase(first) || Character.isTitleCase(first))
                || word.codePoints().noneMatch(Character::isLowerCase)) {
            return false;
        }
        // "JIMs", "JIM-aanpak": an abbreviation with an ending, not a name; "IJsselstein" is Dutch spelling.
        int second = word.codePointAt(Character.charCount(first));
        return !Character.isUpperCase(second) || word.startsWith("IJ");
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || OPENERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        // After a timestamp or a note such as "(lacht)" a new utterance begins, as after a full stop.
        return i < 0 || text.charAt(i) == '\n' || SENTENCE_END.indexOf(text.charAt(i)) >= 0
                || text.charAt(i) == ')' || text.charAt(i) == ']';
    }

    private static boolean isRole(String speaker) {
        String s = speaker.strip().toLowerCase(Locale.ROOT);
        if (s.codePointCount(0, s.length()) <= 1) {
            return true;
        }
        String first = s.split("[\\s\\d.]+")[0];
        return ROLES.contains(s) || ROLES.contains(first);
    }
}
