package nl.codewerk.refi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    /** "a😀b": the emoji is one code point and two UTF-16 units. */
    private static final String EMOJI = "a\uD83D\uDE00b cd";

    private static String cut(SourceText t, long start, long end, PositionUnit unit, boolean two) {
        return t.text().substring(t.offset(start, unit, two), t.offset(end, unit, two));
    }

    @Test
    void codePointsAndUtf16UnitsDifferOnlyAfterAnEmoji() {
        SourceText t = new SourceText(EMOJI, "txt", "UTF-8");
        assertThat(cut(t, 0, 1, PositionUnit.CODEPOINT, false)).isEqualTo("a");
        assertThat(cut(t, 0, 1, PositionUnit.UTF16, false)).isEqualTo("a");
        // "cd" starts at code point 4, UTF-16 unit 5.
        assertThat(cut(t, 4, 6, PositionUnit.CODEPOINT, false)).isEqualTo("cd");
        assertThat(cut(t, 5, 7, PositionUnit.UTF16, false)).isEqualTo("cd");
        assertThat(t.length(PositionUnit.CODEPOINT, false)).isEqualTo(6);
        assertThat(t.length(PositionUnit.UTF16, false)).isEqualTo(7);
    }

    @Test
    void aPositionPastTheTextIsRecognised() {
        SourceText t = new SourceText(EMOJI, "txt", "UTF-8");
        assertThat(t.offset(7, PositionUnit.CODEPOINT, false)).isEqualTo(SourceText.PAST_END);
        assertThat(t.offset(7, PositionUnit.UTF16, false)).isEqualTo(7);
        assertThat(t.offset(8, PositionUnit.UTF16, false)).isEqualTo(SourceText.PAST_END);
    }

    @Test
    void aUtf16PositionInsideAnEmojiIsNoticed() {
        SourceText t = new SourceText(EMOJI, "txt", "UTF-8");
        assertThat(t.splitsSurrogatePair(2, false)).isTrue();
        assertThat(t.splitsSurrogatePair(1, false)).isFalse();
        assertThat(t.splitsSurrogatePair(3, false)).isFalse();
    }

    @Test
    void theBomIsDroppedAndNotCounted() {
        SourceText t = new SourceText(TextDecoding.decode(QdpxFiles.utf8WithBom("Hallo")).text(), "txt", "UTF-8");
        assertThat(t.text()).isEqualTo("Hallo");
        assertThat(cut(t, 0, 5, PositionUnit.CODEPOINT, true)).isEqualTo("Hallo");
    }

    @Test
    void crlfIsStoredAsLfAndPositionsMapEitherWay() {
        SourceText t = new SourceText("ab\r\ncd\r\nef", "txt", "UTF-8");
        assertThat(t.text()).isEqualTo("ab\ncd\nef");
        assertThat(t.hasCrlf()).isTrue();
        // CR and LF counted two (NVivo for Windows): "ef" is at 8-10 in the file.
        assertThat(cut(t, 8, 10, PositionUnit.CODEPOINT, true)).isEqualTo("ef");
        // A line break counted one (ATLAS.ti): "ef" is at 6-8.
        assertThat(cut(t, 6, 8, PositionUnit.CODEPOINT, false)).isEqualTo("ef");
        // A selection of a line including its line end.
        assertThat(cut(t, 4, 8, PositionUnit.CODEPOINT, true)).isEqualTo("cd\n");
    }

    @Test
    void aPositionBetweenCrAndLfFallsAfterTheLineBreak() {
        SourceText t = new SourceText("ab\r\ncd", "txt", "UTF-8");
        assertThat(t.splitsCrlf(3, PositionUnit.CODEPOINT)).isTrue();
        assertThat(t.offset(3, PositionUnit.CODEPOINT, true)).isEqualTo(3);
        assertThat(t.text().substring(0, 3)).isEqualTo("ab\n");
    }

    @Test
    void emojiAndCrlfTogether() {
        // NVivo for Windows: UTF-16 units, CR and LF two.
        SourceText t = new SourceText(TextDecoding.decode(QdpxFiles.utf8WithBom("Ja \uD83E\uDD23\uD83E\uDD23\r\nNee")).text(), "txt", "UTF-8");
        assertThat(cut(t, 0, 7, PositionUnit.UTF16, true)).isEqualTo("Ja \uD83E\uDD23\uD83E\uDD23");
        assertThat(cut(t, 9, 12, PositionUnit.UTF16, true)).isEqualTo("Nee");
        // The standard's reading of the same text (code points, file as it is).
        assertThat(cut(t, 7, 10, PositionUnit.CODEPOINT, true)).isEqualTo("Nee");
    }

    @Test
    void emptyTextHasOnlyPositionZero() {
        SourceText t = new SourceText("", "txt", "UTF-8");
        assertThat(t.offset(0, PositionUnit.CODEPOINT, false)).isZero();
        assertThat(t.offset(1, PositionUnit.CODEPOINT, false)).isEqualTo(SourceText.PAST_END);
        assertThat(t.imported().turns()).isEmpty();
    }
}
