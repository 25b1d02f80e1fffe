package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The edit rule over random texts (with emoji and line breaks), random codings and random edits:
 * every coding that survives still covers the words it covered outside the edit, in the same
 * places, plus at most a piece of the new text; only a coding wholly inside deleted text goes.
 */
class TextEditPropertiesTest {

    /** Pieces texts are made of: words, spaces, punctuation, line breaks, emoji of two and four UTF-16 units. */
    static final List<String> PIECES = List.of("Sanne", "zei", "ijs", "één", "Utrecht", "jij", " ", " ", " ", ".", ",", "\n", "\n\n",
            "😀", "👍🏽", "ß", "I: ", "R: ");

    record Case(String text, List<int[]> codings, TextEdit edit) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> texts = Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> replacements = Arbitraries.of(PIECES).list().ofMaxSize(5).map(l -> String.join("", l));
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 10_000).list().ofSize(22);
        return Combinators.combine(texts, replacements, picks).as(TextEditPropertiesTest::build);
    }

    static Case build(String text, String replacement, List<Integer> picks) {
        List<Integer> bounds = boundaries(text);
        int s = bounds.get(picks.get(0) % bounds.size());
        int e = bounds.get(picks.get(1) % bounds.size());
        if (e < s) {
            int t = s;
            s = e;
            e = t;
        }
        if (s == e && replacement.isEmpty()) {
            replacement = "x";
        }
        List<int[]> codings = new ArrayList<>();
        for (int i = 2; i + 1 < picks.size(); i += 2) {
            int a = bounds.get(picks.get(i) % bounds.size());
            int b = bounds.get(picks.get(i + 1) % bounds.size());
            if (a != b) {
                codings.add(new int[] {Math.min(a, b), Math.max(a, b)});
            }
        }
        return new Case(text, codings, new TextEdit(s, e, replacement));
    }

    /** Offsets that do not cut a surrogate pair, from 0 to the length. */
    static List<Integer> boundaries(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            if (i == 0 || i == text.length() || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)))) {
                out.add(i);
            }
        }
        return out;
    }

    @Property(tries = 2000)
    void survivingCodingsKeepTheirWords(@ForAll("cases") Case c) {
        TextEdit edit = c.edit();
        edit.checkAgainst(c.text());
        String after = edit.applyTo(c.text());
        int s = edit.start();
        int e = edit.end();
        int n = edit.replacement().length();
        for (int[] coding : c.codings()) {
            int a = coding[0];
            int b = coding[1];
            TextEdit.Span moved = edit.mapCoding(a, b);
            boolean insideDeleted = s <= a && b <= e && n == 0;
            assertThat(moved == null).as("removed only when all its text was deleted").isEqualTo(insideDeleted);
            assertThat(edit.effectOn(a, b) == TextEdit.Effect.REMOVED).isEqualTo(insideDeleted);
            if (moved == null) {
                continue;
            }
            assertThat(moved.start()).isGreaterThanOrEqualTo(0);
            assertThat(moved.end()).isGreaterThan(moved.start()).isLessThanOrEqualTo(after.length());
            String before = a < s ? c.text().substring(a, Math.min(b, s)) : "";
            String behind = b > e ? c.text().substring(Math.max(a, e), b) : "";
            String now = after.substring(moved.start(), moved.end());
            assertThat(now).startsWith(before).endsWith(behind);
            assertThat(now.length()).isGreaterThanOrEqualTo(before.length() + behind.length());
            // The words before the edit stay where they were; the words after it move by delta.
            if (!before.isEmpty()) {
                assertThat(moved.start()).isEqualTo(a);
            }
            if (!behind.isEmpty()) {
                assertThat(moved.end()).isEqualTo(b + edit.delta());
            }
            // Whatever the coding gained lies in the new text of the edit, nowhere else.
            int middleFrom = moved.start() + before.length();
            int middleTo = moved.end() - behind.length();
            if (middleTo > middleFrom) {
                assertThat(middleFrom).isGreaterThanOrEqualTo(s);
                assertThat(middleTo).isLessThanOrEqualTo(s + n);
            }
            boolean touches = a < e && b > s || (s == e && a < s && s < b);
            if (!touches) {
                assertThat(now).as("a coding the edit does not touch is unchanged").isEqualTo(c.text().substring(a, b));
                assertThat(edit.effectOn(a, b)).isIn(TextEdit.Effect.UNCHANGED, TextEdit.Effect.SHIFTED);
            }
            assertThat(splitsPair(after, moved.start()) || splitsPair(after, moved.end())).as("no half emoji").isFalse();
        }
    }

    @Property(tries = 1000)
    void turnsStayOrderedAndKeepTheirWords(@ForAll("cases") Case c) {
        List<Turn> turns = TurnDetector.detect(c.text());
        TextEdit edit = c.edit();
        String after = edit.applyTo(c.text());
        List<Turn> moved = EditedTurns.map(turns, edit);
        int floor = 0;
        for (Turn turn : moved) {
            assertThat(turn.labelStart()).isGreaterThanOrEqualTo(floor);
            assertThat(turn.end()).isLessThanOrEqualTo(after.length());
            floor = turn.end();
        }
        for (Turn turn : turns) {
            Turn now = moved.stream().filter(t -> t.ordinal() == turn.ordinal()).findFirst().orElse(null);
            boolean paragraphReplaced = edit.start() <= turn.labelStart() && turn.end() <= edit.end();
            if (now == null) {
                assertThat(paragraphReplaced).as("only a turn whose paragraph was replaced whole can go").isTrue();
                continue;
            }
            if (turn.end() <= edit.start() && edit.start() < edit.end() || turn.labelStart() >= edit.end() && edit.start() < edit.end()) {
                assertThat(after.substring(now.labelStart(), now.end())).isEqualTo(c.text().substring(turn.labelStart(), turn.end()));
            }
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }
}
