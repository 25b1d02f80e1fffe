package nl.codewerk.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.Turn;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class TranscriptStylesTest {

    private static final String TEXT = "[00:01] I: Hoe gaat het?\n\nR: Goed, elke week contact.";
    private static final List<Turn> TURNS = List.of(
            new Turn(0, 0, 11, 25, "I", "00:01"),
            new Turn(1, 27, 30, TEXT.length(), "R", null));
    private static final Map<String, String> COLORS = Map.of("contact", "#FF0000", "steun", "#00FF00");

    @Test
    void labelsTimestampsAndWordsAreTold() {
        TextStyle[] perChar = perChar(TranscriptStyles.compute(TEXT, TURNS, List.of(), COLORS::get, -1));

        assertThat(perChar[1].kind()).isEqualTo(TextStyle.Kind.TIMESTAMP);
        assertThat(perChar[8].kind()).isEqualTo(TextStyle.Kind.LABEL);
        assertThat(perChar[12].kind()).isEqualTo(TextStyle.Kind.WORDS);
        assertThat(perChar[27].kind()).isEqualTo(TextStyle.Kind.LABEL);
        assertThat(perChar[30].kind()).isEqualTo(TextStyle.Kind.WORDS);
    }

    @Test
    void overlappingCodingsCarryBothColoursInTheOverlapOnly() {
        int week = TEXT.indexOf("elke week");
        int contact = TEXT.indexOf("contact");
        List<Coding> codings = List.of(
                coding(1, week, TEXT.length() - 1, "contact"),
                coding(2, contact, TEXT.length() - 1, "steun"));

        TextStyle[] perChar = perChar(TranscriptStyles.compute(TEXT, TURNS, codings, COLORS::get, 2));

        assertThat(perChar[week].colors()).containsExactly("#FF0000");
        assertThat(perChar[week].picked()).isFalse();
        assertThat(perChar[contact].colors()).containsExactly("#FF0000", "#00FF00");
        assertThat(perChar[contact].picked()).isTrue();
        assertThat(perChar[TEXT.length() - 1].colors()).isEmpty();
    }

    @Test
    void theSpansCoverTheWholeText() {
        StyleSpans<TextStyle> spans = TranscriptStyles.compute(TEXT, TURNS, List.of(coding(1, 3, 40, "contact")), COLORS::get, -1);

        assertThat(spans.length()).isEqualTo(TEXT.length());
    }

    @Test
    void codingLanesPutOverlappingCodingsSideBySide() {
        CodingLanes lanes = new CodingLanes(List.of(coding(1, 0, 10, "a"), coding(2, 5, 15, "b"), coding(3, 12, 20, "c")));

        assertThat(lanes.lane(coding(1, 0, 10, "a"))).isZero();
        assertThat(lanes.lane(coding(2, 5, 15, "b"))).isEqualTo(1);
        assertThat(lanes.lane(coding(3, 12, 20, "c"))).isZero();
        assertThat(lanes.count()).isEqualTo(2);
    }

    private static Coding coding(long id, int start, int end, String code) {
        return new Coding(id, 1, start, end, code, "Anna", Instant.EPOCH, null, "g" + id);
    }

    private static TextStyle[] perChar(StyleSpans<TextStyle> spans) {
        List<TextStyle> out = new ArrayList<>();
        for (StyleSpan<TextStyle> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(span.getStyle());
            }
        }
        return out.toArray(TextStyle[]::new);
    }
}
