package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.codewerk.i18n.LocalizedException;
import org.junit.jupiter.api.Test;

class RtfReaderTest {

    private static final Path FILE = Path.of("interview.rtf");
    private final RtfReader reader = new RtfReader();

    private ImportedText read(String rtf) {
        return reader.read(FILE, rtf.getBytes(StandardCharsets.US_ASCII), null);
    }

    private static String rtf(String body) {
        return "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\fcharset238 Arial CE;}}" + body + "}";
    }

    @Test
    void paragraphsAndLabels() {
        ImportedText t = read(rtf("\\pard I: Hoe gaat het?\\par\\pard R: Goed, caf\\'e9 \\u8364?200.\\par"));
        assertThat(t.text()).isEqualTo("I: Hoe gaat het?\n\nR: Goed, café €200.");
        assertThat(t.turns()).extracting(Turn::speaker).containsExactly("I", "R");
        assertThat(t.format()).isEqualTo("rtf");
    }

    @Test
    void headersFootersFootnotesAndCommentsAreLeftOut() {
        String body = "{\\header \\pard HEADER TEXT\\par}{\\footer \\pard FOOTER TEXT\\par}{\\*\\footerf FIRST FOOTER}"
                + "\\pard Tekst{\\super\\chftn}{\\footnote \\pard\\plain FOOTNOTE TEXT}"
                + " met {\\*\\atnid LV}{\\*\\atnauthor Lotte}\\chatn{\\*\\annotation{\\*\\atndate 1}\\pard COMMENT TEXT}commentaar.\\par";
        assertThat(read(rtf(body)).text()).isEqualTo("Tekst met commentaar.");
    }

    @Test
    void trackedDeletionsAreDroppedAndInsertionsKept() {
        String body = "\\pard Dit is {\\deleted heel erg \\u8364? \\'e9\\emdash }een {\\revised nieuwe }zin.\\par"
                + "\\pard Ook {\\deleted\\uc2 weg\\u8364\\'80\\'80 }hier \\deleted weg\\deleted0 terug.\\par";
        assertThat(read(rtf(body)).text()).isEqualTo("Dit is een nieuwe zin.\n\nOok hier terug.");
    }

    @Test
    void fontCharsetsAreHonoured() {
        // \fcharset238 is Central European (Windows-1250): 0x8A is Š there, not the Windows-1252 Š... and 0xF8 is ř.
        assertThat(read(rtf("\\pard\\f1 Mrtv\\'e9ho mo\\'f8e\\par")).text()).isEqualTo("Mrtvého moře");
    }

    @Test
    void nonRtfAndEmptyDocumentsAreRefused() {
        assertThatThrownBy(() -> read("Geen RTF"))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.notRtf");
        assertThatThrownBy(() -> read(rtf("{\\header \\pard Alleen een kop\\par}")))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.empty");
    }

    @Test
    void theFilterKeepsEverythingElseByteForByte() {
        String source = rtf("{\\*\\bkmkstart x}\\pard Tekst met {\\b vet} en \\{haakjes\\} en \\\\.\\par{\\pict\\bin4 {}}}");
        byte[] filtered = RtfBodyFilter.filter(source.getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(filtered, StandardCharsets.US_ASCII)).isEqualTo(source);
    }
}
