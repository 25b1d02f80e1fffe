package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEndsTest {

    @Test
    void whatItFindsAndWhatItMakesOfIt() {
        assertThat(LineEnds.normalise("a\r\nb\r\n")).isEqualTo(new LineEnds.Normalised("a\nb\n", "CRLF"));
        assertThat(LineEnds.normalise("a\rb\r")).isEqualTo(new LineEnds.Normalised("a\nb\n", "CR"));
        assertThat(LineEnds.normalise("a\r\nb\rc\n")).isEqualTo(new LineEnds.Normalised("a\nb\nc\n", "mixed"));
        assertThat(LineEnds.normalise("a\nb\n")).isEqualTo(new LineEnds.Normalised("a\nb\n", "LF"));
        assertThat(LineEnds.normalise("één regel")).isEqualTo(new LineEnds.Normalised("één regel", "none"));
        assertThat(LineEnds.normalise("")).isEqualTo(new LineEnds.Normalised("", "none"));
    }

    @Test
    void textWithOnlyLineFeedsIsHandedBackAsItIs() {
        String text = "I: Hoe was het?\n\nR: Goed.\n";
        assertThat(LineEnds.normalise(text).text()).isSameAs(text);
    }
}
