package nl.codewerk.bench;

import java.util.List;
import java.util.Random;

/**
 * Seeded generator of Dutch-like interview transcripts: alternating interviewer and respondent
 * turns with labels, timestamps every few turns, hesitations and diacritics. The same seed gives
 * the same texts, so runs compare like with like.
 */
public final class TranscriptGenerator {

    private static final List<String> WORDS = List.of(
            "de", "het", "een", "en", "ik", "je", "dat", "was", "niet", "wel", "ja", "nee", "nou", "eh", "maar", "toen",
            "mentor", "jongere", "moeder", "vader", "gezin", "school", "hulpverlener", "traject", "contact", "gesprek",
            "gesprekken", "vertrouwen", "afspraak", "afspraken", "thuis", "weekend", "samen", "altijd", "soms", "eigenlijk",
            "geïnterviewd", "één", "ruzieën", "coördinator", "privé", "ideeën", "beëindigd", "reünie", "naïef", "café",
            "begeleiding", "ondersteuning", "zorgen", "voetbal", "tante", "oom", "buurman", "opa", "oma", "broer", "zus",
            "praten", "luisteren", "helpen", "bellen", "appen", "langskomen", "moeilijk", "fijn", "lastig", "belangrijk",
            "jeugdzorg", "uithuisplaatsing", "netwerk", "vrijwilliger", "veranderd", "gegroeid", "jaar", "maanden", "week");
    private static final List<String> RESPONDENT = List.of("R", "Marloes", "Henk", "Karin", "Moeder", "JIM");

    private final Random random;

    public TranscriptGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** About {@code words} words in turns of 10 to 80 words. */
    public String transcript(int words) {
        StringBuilder text = new StringBuilder(words * 7);
        String respondent = RESPONDENT.get(random.nextInt(RESPONDENT.size()));
        int written = 0;
        int turn = 0;
        int seconds = 0;
        while (written < words) {
            boolean interviewer = turn % 2 == 0;
            int length = Math.min(words - written, interviewer ? 8 + random.nextInt(15) : 20 + random.nextInt(60));
            if (turn > 0) {
                text.append("\n\n");
            }
            if (turn % 4 == 0) {
                text.append(String.format("[%02d:%02d:%02d] ", seconds / 3600, seconds / 60 % 60, seconds % 60));
            }
            text.append(interviewer ? "I" : respondent).append(": ");
            sentence(text, length);
            written += Math.max(1, length);
            seconds += 5 + random.nextInt(40);
            turn++;
        }
        text.append('\n');
        return text.toString();
    }

    private void sentence(StringBuilder text, int length) {
        boolean capital = true;
        for (int i = 0; i < length; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            if (capital) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                capital = false;
            }
            text.append(word);
            if (i == length - 1) {
                text.append(random.nextInt(5) == 0 ? "?" : ".");
            } else if (random.nextInt(12) == 0) {
                text.append(". ");
                capital = true;
            } else if (random.nextInt(10) == 0) {
                text.append(", ");
            } else {
                text.append(' ');
            }
        }
    }

    public Random random() {
        return random;
    }
}
