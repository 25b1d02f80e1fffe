package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.codewerk.i18n.LocalizedException;
import org.junit.jupiter.api.Test;

class SrtReaderTest {

    private static final Path FILE = Path.of("interview.srt");
    private final SrtReader reader = new SrtReader();

    private ImportedText read(String srt) {
        return reader.read(FILE, srt.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void cuesWithTagsAndMultipleLines() {
        ImportedText t = read("1\n00:00:01,500 --> 00:00:04,500\n<b><i>Vet en schuin</i></b>\n<font color=\"#0000FF\">blauw</font>\n\n"
                + "2\n00:00:04,501 --> 00:00:07,500  X1:000 X2:000 Y1:050 Y2:100\n{\\an8}Bovenaan\\Nen 2<3,5>1\n\n"
                + "3\n00:00:07,501 --> 00:00:07,501\n42\n\n");
        assertThat(t.text()).isEqualTo("Vet en schuin blauw\n\nBovenaan en 2<3,5>1\n\n42");
        assertThat(t.turns()).extracting(Turn::timestamp).containsExactly("00:00:01,500", "00:00:04,501", "00:00:07,501");
        assertThat(t.turns()).extracting(Turn::speaker).containsOnlyNulls();
        assertThat(t.format()).isEqualTo("srt");
    }

    @Test
    void aStrayBlankLineInsideACueLosesNoWords() {
        ImportedText t = read("1\n00:00:01,000 --> 00:00:02,000\nEerste regel\n\ntweede regel\n\n2\n00:00:03,000 --> 00:00:04,000\nVolgende\n");
        assertThat(t.text()).isEqualTo("Eerste regel tweede regel\n\nVolgende");
    }

    @Test
    void speakersWrittenAsLabels() {
        ImportedText t = read("1\n00:00:01,000 --> 00:00:02,000\nMoeder: Ja.\n\n2\n00:00:02,000 --> 00:00:03,000\nKarin: Nee.\n\n"
                + "3\n00:00:03,000 --> 00:00:04,000\nKarin: Toch wel.\n");
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly("Moeder", "Karin", "Karin");
        assertThat(t.text().substring(t.turns().get(0).start(), t.turns().get(0).end())).isEqualTo("Ja.");
    }

    @Test
    void windows1252WithCrlfAndUtf16WithBom() {
        String srt = "0\r\n00:00:01,000 --> 00:00:04,000\r\nCE FILM RELATE DES \u00c9V\u00c9NEMENTS\r\n\r\n";
        ImportedText cp1252 = reader.read(FILE, srt.getBytes(Charset.forName("windows-1252")), null);
        ImportedText utf16be = reader.read(FILE, ("\uFEFF" + srt).getBytes(StandardCharsets.UTF_16BE), null);
        assertThat(cp1252.text()).isEqualTo("CE FILM RELATE DES ÉVÉNEMENTS");
        assertThat(utf16be.text()).isEqualTo(cp1252.text());
        assertThat(cp1252.lineEnds()).isEqualTo("CRLF");
        assertThat(utf16be.encoding()).isEqualTo("UTF-16BE (BOM)");
    }

    @Test
    void aFileWithoutTimingLinesIsRefused() {
        assertThatThrownBy(() -> read("Dit is gewoon tekst.\n"))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.noCues");
    }
}
