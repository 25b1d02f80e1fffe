package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.codewerk.i18n.LocalizedException;
import org.junit.jupiter.api.Test;

class VttReaderTest {

    private static final Path FILE = Path.of("interview.vtt");
    private final VttReader reader = new VttReader();

    private ImportedText read(String vtt) {
        return reader.read(FILE, vtt.getBytes(StandardCharsets.UTF_8), null);
    }

    private static String words(ImportedText t, int turn) {
        Turn x = t.turns().get(turn);
        return t.text().substring(x.start(), x.end());
    }

    @Test
    void everyCueIsOneParagraphAndOneTurn() {
        ImportedText t = read("WEBVTT Interview 05\n\nNOTE\nTranscribed with a tool\nand more notes\n\n"
                + "STYLE\n::cue { color: red }\n\n"
                + "1\n00:00:01.000 --> 00:00:04.000 align:start position:10%\n<v Interviewer>Hoe begon het?\n\n"
                + "2\n00:01:02.500 --> 00:01:09.000\n<v.loud Nadia>Nou, <i>eerst</i> was er\n<b>een</b> gesprek.</v>\n\n"
                + "00:01:10.000 --> 00:01:12.000\n(stilte)\n");
        assertThat(t.text()).isEqualTo("Interviewer: Hoe begon het?\n\nNadia: Nou, eerst was er een gesprek.\n\n(stilte)");
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly("Interviewer", "Nadia", null);
        assertThat(t.turns()).extracting(Turn::timestamp).containsExactly("00:00:01.000", "00:01:02.500", "00:01:10.000");
        assertThat(words(t, 1)).isEqualTo("Nou, eerst was er een gesprek.");
        assertThat(t.turns().get(1).labelStart()).isEqualTo(t.text().indexOf("Nadia:"));
        assertThat(t.format()).isEqualTo("vtt");
    }

    @Test
    void teamsQuirksShortTimestampsClosingVoicesAndOverlaps() {
        ImportedText t = read("WEBVTT\n\n0:0:0.0 --> 0:0:0.570\n<v Yuri Bakulin>There you go.</v>\n\n"
                + "0:0:0.210 --> 0:0:1.130\n<v Adrian Petrescu>Why hello there, Yuri.</v>\n");
        assertThat(t.text()).isEqualTo("Yuri Bakulin: There you go.\n\nAdrian Petrescu: Why hello there, Yuri.");
        assertThat(t.turns()).extracting(Turn::timestamp).containsExactly("0:0:0.0", "0:0:0.210");
    }

    @Test
    void malformedOverlapVoicesNameTheSpeaker() {
        ImportedText t = read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v //S02>Okay, also.\n\n00:00:03.000 --> 00:00:01.000\n<v S00>Ja.\n");
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly("S02", "S00");
        assertThat(t.text()).isEqualTo("S02: Okay, also.\n\nS00: Ja.");
    }

    @Test
    void karaokeTimestampsAndClassesGoAndCuesMayRunTogether() {
        ImportedText t = read("WEBVTT\nKind: captions\nLanguage: en\n\n\n00:04:46.470 --> 00:05:04.080 align:start position:0%\nyeah\n"
                + "<c.colorCCCCCC>what</c>\n00:05:04.080 --> 00:05:05.069 align:start position:0%\n"
                + "this<00:05:04.199><c> will</c><c.colorE5E5E5><00:05:04.379><c> happen</c></c>\n");
        assertThat(t.text()).isEqualTo("yeah what\n\nthis will happen");
        assertThat(t.turns()).hasSize(2);
    }

    @Test
    void leadingNameColonIsASpeakerWhenItRecurs() {
        ImportedText t = read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHENK: Goedemorgen.\n\n00:00:03.000 --> 00:00:04.000\nESTHER: Hallo.\n\n"
                + "00:00:05.000 --> 00:00:06.000\nHENK: Het punt is: ja.\n\n00:00:07.000 --> 00:00:08.000\nDus ik zei: nee.\n");
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly("HENK", "ESTHER", "HENK", null);
        assertThat(words(t, 2)).isEqualTo("Het punt is: ja.");
        assertThat(t.text()).contains("HENK: Goedemorgen.");
    }

    @Test
    void entitiesAreDecoded() {
        ImportedText t = read("WEBVTT\n\n00:01.000 --> 00:02.000\nTom &amp; Jerry &lt;3 &#8364;5\n");
        assertThat(t.text()).isEqualTo("Tom & Jerry <3 €5");
    }

    @Test
    void encodingsAndLineEndsAreHandled() {
        String vtt = "WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nCaf\u00e9 \u20ac\r\n";
        byte[] utf16 = ("\uFEFF" + vtt).getBytes(StandardCharsets.UTF_16LE);
        ImportedText fromUtf16 = reader.read(FILE, utf16, null);
        ImportedText fromCp1252 = reader.read(FILE, vtt.getBytes(Charset.forName("windows-1252")), null);
        ImportedText fromBom = reader.read(FILE, ("\uFEFF" + vtt).getBytes(StandardCharsets.UTF_8), null);
        assertThat(fromUtf16.text()).isEqualTo("Café €");
        assertThat(fromCp1252.text()).isEqualTo("Café €");
        assertThat(fromBom.text()).isEqualTo("Café €");
        assertThat(fromCp1252.encoding()).isEqualTo("windows-1252");
        assertThat(fromUtf16.lineEnds()).isEqualTo("CRLF");
    }

    @Test
    void aFileWithoutCuesIsRefused() {
        assertThatThrownBy(() -> read("WEBVTT\n\nNOTE nothing here\n"))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.noCues");
    }
}
