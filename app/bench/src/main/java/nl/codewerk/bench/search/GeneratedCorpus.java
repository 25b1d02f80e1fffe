package nl.codewerk.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.transcript.Turn;

/**
 * Interview-like Dutch text made up on the spot: a fixed vocabulary of common words, domain
 * words with their inflected forms, and a long tail of invented words, drawn with a Zipf-like
 * distribution; turns alternate between interviewer and respondent, sentences end in periods
 * and some turns run over two lines. The same seed gives the same corpus.
 */
final class GeneratedCorpus {

    private static final String[] COMMON = ("ik je de het een en van dat is in niet ze hij we wat er op te met voor "
            + "maar als dan ook nog wel zo al was heb had die dit naar om bij uit toen veel gewoon eigenlijk echt "
            + "heel beetje toch soms altijd nooit vaak samen thuis school gesprek gesprekken mentor mentoren moeder "
            + "vader jongere jongeren hulpverlener hulpverleners vertrouwen vertrouwd geïnterviewd begeleiding begeleider "
            + "afspraak afspraken gezin gezinnen ouders kind kinderen zorg steun luisteren luisterde praten praatte "
            + "moeilijk makkelijk fijn goed slecht belangrijk anders samenwerking jim contact week weken maand jaar "
            + "vriend vrienden oma opa tante oom buurvrouw trainer coach docent netwerk plan keuze keuzes gevoel "
            + "gevoelens boos blij bang verdrietig rustig druk vrij regels grenzen ruimte hulp vragen vraag antwoord").split(" ");

    private static final String[] SYLLABLES = "ba be bo ka ke ko la le lo ma me mo na ne no pa pe po ra re ro sa se so ta te to va ve vo wa we wo ge ver ont be".split(" ");

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;

    GeneratedCorpus(long seed, int tailWords) {
        this.random = new Random(seed);
        List<String> words = new ArrayList<>(List.of(COMMON));
        Random names = new Random(seed ^ 0x5DEECE66DL);
        while (words.size() < COMMON.length + tailWords) {
            int syllables = 2 + names.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                w.append(SYLLABLES[names.nextInt(SYLLABLES.length)]);
            }
            if (names.nextInt(4) == 0) {
                w.append(names.nextBoolean() ? "en" : "ing");
            }
            words.add(w.toString());
        }
        vocabulary = words.toArray(String[]::new);
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.05);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    private String word() {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(vocabulary.length - 1, i < 0 ? -i - 1 : i)];
    }

    /** One transcript of about {@code words} words, with its turns. */
    ImportedText transcript(int words) {
        StringBuilder text = new StringBuilder(words * 7);
        List<Turn> turns = new ArrayList<>();
        int written = 0;
        while (written < words) {
            if (!turns.isEmpty()) {
                text.append("\n\n");
            }
            boolean interviewer = turns.size() % 2 == 0;
            int labelStart = text.length();
            text.append(interviewer ? "I: " : "R: ");
            int start = text.length();
            int length = Math.min(words - written, interviewer ? 5 + random.nextInt(20) : 15 + random.nextInt(110));
            int sentence = 0;
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    text.append(i == length / 2 && random.nextInt(5) == 0 ? '\n' : ' ');
                }
                String w = word();
                text.append(sentence == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                sentence++;
                if (sentence > 6 && random.nextInt(8) == 0 || i == length - 1) {
                    text.append(interviewer && i == length - 1 ? '?' : '.');
                    sentence = 0;
                }
            }
            written += length;
            turns.add(new Turn(turns.size(), labelStart, start, text.length(), interviewer ? "I" : "R", null));
        }
        return new ImportedText(text.toString(), turns, "txt", "UTF-8", "LF");
    }
}
