package nl.codewerk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static NameMatcher matcher(String... pairs) {
        List<Pseudonym> list = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Pseudonym(pairs[i], pairs[i + 1]));
        }
        return NameMatcher.of(list);
    }

    @Test
    void wholeWordsOnly() {
        NameMatcher m = matcher("Sanne", "[jongere]", "Bas", "[broer]");
        assertThat(m.replace("Sanne, Sannes fiets, Sanne's jas, Basketbal met Bas.")).isEqualTo("[jongere], Sannes fiets, [jongere]'s jas, Basketbal met [broer].");
        assertThat(m.replace("01-interview-sanne.txt")).isEqualTo("01-interview-[jongere].txt");
        assertThat(m.replace("Sanne😀 en 😀Sanne")).isEqualTo("[jongere]😀 en 😀[jongere]");
        assertThat(m.replace("Sannë")).as("an accent makes another word").isEqualTo("Sannë");
    }

    @Test
    void caseAwareNotCaseBlind() {
        NameMatcher m = matcher("Sanne", "[jongere]", "van Dijk", "[achternaam]");
        assertThat(m.replace("Sanne SANNE sanne sAnNe")).isEqualTo("[jongere] [jongere] [jongere] sAnNe");
        assertThat(m.replace("van Dijk. Van Dijk zei VAN DIJK")).isEqualTo("[achternaam]. [achternaam] zei [achternaam]");
    }

    @Test
    void longestOriginalWinsAndSpacesMatchLineBreaks() {
        NameMatcher m = matcher("Jan", "[vader]", "Jan de Vries", "[mentor]");
        assertThat(m.replace("Jan de Vries en Jan, en Jan\nde  Vries")).isEqualTo("[mentor] en [vader], en [mentor]");
        List<NameMatcher.Match> found = m.find("Jan de\nVries");
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.found()).isEqualTo("Jan de\nVries");
            assertThat(x.pseudonym().replacement()).isEqualTo("[mentor]");
        });
    }

    @Test
    void anOriginalAsWrittenBeatsAnotherEntrysVariant() {
        NameMatcher m = matcher("roos", "[bloem]", "Roos", "[jongere]");
        assertThat(m.replace("Roos plukt een roos, ROOS")).isEqualTo("[jongere] plukt een [bloem], [bloem]");
    }

    @Test
    void emptyListMatchesNothing() {
        NameMatcher m = NameMatcher.of(List.of());
        assertThat(m.isEmpty()).isTrue();
        assertThat(m.find("Sanne")).isEmpty();
        assertThat(m.replace("Sanne")).isEqualTo("Sanne");
    }
}
