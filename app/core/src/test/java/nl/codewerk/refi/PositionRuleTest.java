package nl.codewerk.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of docs/decisions/0010-refi-positions.md, case by case. */
class PositionRuleTest {

    private static PositionRule.Placed source(String text, long... positions) {
        List<RefiProject.Selection> selections = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < positions.length; i += 2) {
            selections.add(new RefiProject.Selection("s" + i, null, positions[i], positions[i + 1], null, null, null, List.of(), List.of()));
        }
        RefiProject.Source s = new RefiProject.Source("g", "t", "TextSource", null, null, text, null, null, null, selections, List.of(),
                List.of(), List.of());
        return new PositionRule.Placed(s, new SourceText(text, "txt", "UTF-8"));
    }

    @Test
    void nvivoMeansUtf16EvenWhenCodePointsWouldFit() {
        var d = PositionRule.decide("NVivo for Mac 12.7.0", List.of(source("ab \uD83D\uDE00 cd", 0, 2)), PositionUnit.AUTO, LineBreaks.AUTO);
        assertThat(d.unit()).isEqualTo(PositionUnit.UTF16);
    }

    @Test
    void otherwiseCodePointsUnlessTheyRunPastTheText() {
        var fits = PositionRule.decide("MAXQDA 24", List.of(source("\uD83D\uDE00 cd", 2, 4)), PositionUnit.AUTO, LineBreaks.AUTO);
        assertThat(fits.unit()).isEqualTo(PositionUnit.CODEPOINT);
        var past = PositionRule.decide("MAXQDA 24", List.of(source("\uD83D\uDE00 cd", 3, 5)), PositionUnit.AUTO, LineBreaks.AUTO);
        assertThat(past.unit()).isEqualTo(PositionUnit.UTF16);
    }

    @Test
    void codePointsStayWhenUtf16WouldSplitAnEmoji() {
        // Position 1 falls inside the emoji as UTF-16; the code-point overrun alone does not decide.
        var d = PositionRule.decide(null, List.of(source("\uD83D\uDE00 cd", 1, 5)), PositionUnit.AUTO, LineBreaks.AUTO);
        assertThat(d.unit()).isEqualTo(PositionUnit.CODEPOINT);
    }

    @Test
    void aRequestWins() {
        var d = PositionRule.decide("NVivo for Windows 12.6", List.of(source("ab\r\ncd", 4, 6)), PositionUnit.CODEPOINT, LineBreaks.CRLF_ONE);
        assertThat(d.unit()).isEqualTo(PositionUnit.CODEPOINT);
        assertThat(d.crlfTwo("g")).isFalse();
    }

    @Test
    void crlfByOriginUnlessTheSelectionsContradict() {
        String text = "Een zin.\r\nTwee zinnen.\r\nDrie";
        // "Drie" at 24-28 counting CR and LF, at 22-26 counting a line break once.
        assertThat(PositionRule.decide("NVivo for Windows 12.6", List.of(source(text, 24, 28)), PositionUnit.AUTO, LineBreaks.AUTO).crlfTwo("g")).isTrue();
        assertThat(PositionRule.decide("ATLAS.ti 23", List.of(source(text, 22, 26)), PositionUnit.AUTO, LineBreaks.AUTO).crlfTwo("g")).isFalse();
        // ATLAS.ti says one, but 26-28 only exists when CR and LF count two.
        assertThat(PositionRule.decide("ATLAS.ti 23", List.of(source(text, 26, 28)), PositionUnit.AUTO, LineBreaks.AUTO).crlfTwo("g")).isTrue();
    }

    @Test
    void crlfOfAnUnknownToolFollowsTheWordBoundariesAndElseTheFileAsItIs() {
        String text = "Een zin.\r\nTwee zinnen.\r\nDrie";
        assertThat(PositionRule.decide("Tool", List.of(source(text, 22, 26)), PositionUnit.AUTO, LineBreaks.AUTO).crlfTwo("g")).isFalse();
        assertThat(PositionRule.decide("Tool", List.of(source(text, 24, 28)), PositionUnit.AUTO, LineBreaks.AUTO).crlfTwo("g")).isTrue();
        assertThat(PositionRule.decide("Tool", List.of(source(text)), PositionUnit.AUTO, LineBreaks.AUTO).crlfTwo("g")).isTrue();
    }
}
