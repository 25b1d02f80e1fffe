package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TurnDetectorTest {

    private static String words(String text, Turn turn) {
        return text.substring(turn.start(), turn.end());
    }

    private static List<String> speakers(List<Turn> turns) {
        return turns.stream().map(Turn::speaker).toList();
    }

    @Test
    void interviewerAndRespondentLabels() {
        String text = "Interview 03, 2 april\n\nI: Hoe gaat het?\n\nR: Goed. Het punt is: ik heb het druk.\n\nI: Vertel.";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly(null, "I", "R", "I");
        assertThat(words(text, turns.get(1))).isEqualTo("Hoe gaat het?");
        assertThat(words(text, turns.get(2))).isEqualTo("Goed. Het punt is: ik heb het druk.");
        assertThat(text.substring(turns.get(2).labelStart(), turns.get(2).start())).isEqualTo("R: ");
    }

    @Test
    void timestampBeforeTheLabel() {
        String text = "[00:00:03] Interviewer: Zo, hij loopt.\n\n[00:03:12] Henk: Joa.\n\n[00:05:10] Esther: Eén keer aan het woord.";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("Interviewer", "Henk", "Esther");
        assertThat(turns).extracting(Turn::timestamp).containsExactly("00:00:03", "00:03:12", "00:05:10");
        assertThat(words(text, turns.get(1))).isEqualTo("Joa.");
        assertThat(turns.get(1).labelStart()).isEqualTo(text.indexOf("[00:03:12]"));
    }

    @Test
    void timestampAfterTheLabel() {
        String text = "I: (00:00:04) Oké, hij loopt.\n\nR: (00:12:40) Ja. Eh, nou.\n\nS01: [00:00:12] Guten Tag.";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("I", "R", "S01");
        assertThat(turns).extracting(Turn::timestamp).containsExactly("00:00:04", "00:12:40", "00:00:12");
        assertThat(words(text, turns.get(1))).isEqualTo("Ja. Eh, nou.");
        assertThat(words(text, turns.get(2))).isEqualTo("Guten Tag.");
    }

    @Test
    void bareTimestampAndTimestampBetweenLabelAndColon() {
        String text = "00:12:34 Henk: Eerste.\n\nHenk [00:13:00]: Tweede.\n\n00:14:00 - Interviewer: Derde.";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("Henk", "Henk", "Interviewer");
        assertThat(turns).extracting(Turn::timestamp).containsExactly("00:12:34", "00:13:00", "00:14:00");
        assertThat(turns).extracting(t -> words(text, t)).containsExactly("Eerste.", "Tweede.", "Derde.");
    }

    @Test
    void labelLikePrefixesInProseAreNotSpeakers() {
        String text = "Het punt is: we moeten praten.\n\nDus ik zei: nee.\n\nBelangrijk: dit blijft tekst.\n\n"
                + "Zie http://example.org voor meer.\n\nOm 10:30 begon het.";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsOnlyNulls();
        assertThat(turns).hasSize(5);
        assertThat(words(text, turns.get(0))).isEqualTo("Het punt is: we moeten praten.");
    }

    @Test
    void capitalisedNameThatSpeaksOnceCountsInALabelledTranscript() {
        String text = "I: Wie is er nog?\n\nR: Mijn zus.\n\nI: Welkom.\n\nKarin: Dank je.\n\nR: Zo.";
        assertThat(speakers(TurnDetector.detect(text))).containsExactly("I", "R", "I", "Karin", "R");
    }

    @Test
    void rolesCountEvenOnce() {
        String text = "Moeder: Ja.\n\nDat was het.";
        assertThat(speakers(TurnDetector.detect(text))).containsExactly("Moeder", null);
    }

    @Test
    void recurringLowerCaseWordIsASpeaker() {
        String text = "jan: hoi\n\npiet: hallo\n\njan: hoe is het\n\npiet: goed";
        assertThat(speakers(TurnDetector.detect(text))).containsExactly("jan", "piet", "jan", "piet");
    }

    @Test
    void bracketedLabelsLikeQualCoder() {
        String text = "[id1] hello there\n\n[id2] hi\n\n[id1] bye\n\n[Speaker 1] once\n\n[lacht] [lacht] niet een spreker\n\n[lacht] ook niet";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("id1", "id2", "id1", "Speaker 1", null, null);
        assertThat(words(text, turns.get(0))).isEqualTo("hello there");
        assertThat(words(text, turns.get(4))).isEqualTo("[lacht] [lacht] niet een spreker");
    }

    @Test
    void linesWithoutBlankLinesBetweenThem() {
        String text = "I: Eerste vraag\nR: Antwoord\ndat doorloopt\nI: Tweede vraag";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("I", "R", "I");
        assertThat(words(text, turns.get(1))).isEqualTo("Antwoord\ndat doorloopt");
    }

    @Test
    void everyLineIsAParagraphInUnlabelledTextWithoutBlankLines() {
        String text = "Eerste regel.\nTweede regel.\nDerde regel.";
        assertThat(TurnDetector.detect(text)).hasSize(3);
    }

    @Test
    void labelOnItsOwnLineTakesTheWordsBelow() {
        String text = "Interviewer:\nHoe was het?\n\nRespondent:\n\nGoed.";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsExactly("Interviewer", "Respondent");
        assertThat(turns).extracting(t -> words(text, t)).containsExactly("Hoe was het?", "Goed.");
    }

    @Test
    void timestampWithoutLabelIsKeptApartFromTheWords() {
        String text = "[00:01:02] Zonder spreker.\n\n(00:01:10) Nog een.";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(speakers(turns)).containsOnlyNulls();
        assertThat(turns).extracting(Turn::timestamp).containsExactly("00:01:02", "00:01:10");
        assertThat(words(text, turns.get(0))).isEqualTo("Zonder spreker.");
    }

    @Test
    void aTimestampBeforeProseWithAColonIsStillATimestamp() {
        String text = "[00:01:02] Het punt is: ja.";
        List<Turn> turns = TurnDetector.detect(text);
        assertThat(turns).singleElement().satisfies(t -> {
            assertThat(t.speaker()).isNull();
            assertThat(t.timestamp()).isEqualTo("00:01:02");
            assertThat(words(text, t)).isEqualTo("Het punt is: ja.");
        });
    }

    @Test
    void emptyTextHasNoTurns() {
        assertThat(TurnDetector.detect("")).isEmpty();
        assertThat(TurnDetector.detect("\n\n  \n")).isEmpty();
    }

    @Property(tries = 300)
    void noTextIsEverLeftOutsideATurn(@ForAll("transcripts") String text) {
        List<Turn> turns = TurnDetector.detect(text);
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (Turn turn : turns) {
            assertThat(turn.labelStart()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(turn.start()).isGreaterThanOrEqualTo(turn.labelStart());
            assertThat(turn.end()).isGreaterThan(turn.start()).isLessThanOrEqualTo(text.length());
            for (int i = turn.labelStart(); i < turn.end(); i++) {
                covered[i] = true;
            }
            previousEnd = turn.end();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                assertThat(covered[i]).as("character %d '%s' of %s", i, text.charAt(i), text).isTrue();
            }
        }
        assertThat(turns.stream().map(Turn::ordinal).toList()).isEqualTo(java.util.stream.IntStream.range(0, turns.size()).boxed().toList());
        assertThat(turns.stream().filter(t -> t.speaker() != null).map(Turn::speaker).filter(Objects::isNull)).isEmpty();
    }

    @Provide
    Arbitrary<String> transcripts() {
        Arbitrary<String> label = Arbitraries.of("I: ", "R: ", "Henk: ", "[00:01:02] Esther: ", "R: (00:12:40) ", "Het punt is: ",
                "[id1] ", "", "", "Interviewer:\n", "[00:00:05] ", "jan: ");
        Arbitrary<String> sentence = Arbitraries.of("Ja.", "Nee, dat niet.", "Dus ik zei: nee.", "Eh...", "Zo gaat het", "(lacht)", "€200,-", "𐌲𐌿𐍄");
        Arbitrary<String> paragraph = net.jqwik.api.Combinators.combine(label, sentence.list().ofMinSize(1).ofMaxSize(4))
                .as((l, s) -> l + String.join(" ", s));
        Arbitrary<String> separator = Arbitraries.of("\n\n", "\n", "\n \n\n", "  \n\n");
        return net.jqwik.api.Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(12), separator.list().ofSize(12))
                .as((ps, seps) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < ps.size(); i++) {
                        if (i > 0) {
                            sb.append(seps.get(i));
                        }
                        sb.append(ps.get(i));
                    }
                    return sb.toString();
                });
    }
}
