package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.codewerk.i18n.LocalizedException;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private static final Path FILE = Path.of("interview.txt");
    private final PlainTextReader reader = new PlainTextReader();

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void utf8WithoutBom() {
        ImportedText t = reader.read(FILE, "I: Hoe gaat het met Zoë?\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(t.text()).isEqualTo("I: Hoe gaat het met Zoë?\n");
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.lineEnds()).isEqualTo("LF");
    }

    @Test
    void utf8BomIsNotPartOfTheText() {
        ImportedText t = reader.read(FILE, concat(bytes(0xEF, 0xBB, 0xBF), "€ 200".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(t.text()).isEqualTo("€ 200");
        assertThat(t.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void utf16WithEitherByteOrder() {
        ImportedText le = reader.read(FILE, concat(bytes(0xFF, 0xFE), "Ég get 𐌲".getBytes(StandardCharsets.UTF_16LE)), null);
        ImportedText be = reader.read(FILE, concat(bytes(0xFE, 0xFF), "Ég get 𐌲".getBytes(StandardCharsets.UTF_16BE)), null);
        assertThat(le.text()).isEqualTo("Ég get 𐌲");
        assertThat(be.text()).isEqualTo("Ég get 𐌲");
        assertThat(le.encoding()).isEqualTo("UTF-16LE (BOM)");
        assertThat(be.encoding()).isEqualTo("UTF-16BE (BOM)");
    }

    @Test
    void windows1252IsDetectedWhenTheBytesAreNotUtf8() {
        byte[] cp1252 = "Kurz gefasst 10€, dat zij al…".getBytes(Charset.forName("windows-1252"));
        ImportedText t = reader.read(FILE, cp1252, null);
        assertThat(t.text()).isEqualTo("Kurz gefasst 10€, dat zij al…");
        assertThat(t.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void bytesThatNoEncodingReadsCleanlyAreRefusedUnlessTheUserNamesOne() {
        // 0x81 is undefined in Windows-1252 and not valid UTF-8.
        byte[] bad = concat("caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, 0x81), " ok".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> reader.read(FILE, bad, null))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.undecodable");
        ImportedText named = reader.read(FILE, bad, StandardCharsets.ISO_8859_1);
        assertThat(named.text()).startsWith("café").doesNotContain("\uFFFD");
        assertThat(named.encoding()).isEqualTo("ISO-8859-1");
    }

    @Test
    void aNamedEncodingThatDoesNotFitIsRefused() {
        byte[] cp1252 = "café".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> reader.read(FILE, cp1252, StandardCharsets.UTF_8))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.wrongEncoding");
    }

    @Test
    void aBrokenUtf8AfterABomIsRefused() {
        byte[] bad = concat(bytes(0xEF, 0xBB, 0xBF), "caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9));
        assertThatThrownBy(() -> reader.read(FILE, bad, null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.invalidUtf8");
    }

    @Test
    void binaryContentIsRefused() {
        assertThatThrownBy(() -> reader.read(FILE, bytes(0x50, 0x4B, 0x00, 0x01, 0x02), null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.binary");
        byte[] controls = new byte[40];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (1 + i % 30);
        }
        assertThatThrownBy(() -> reader.read(FILE, controls, null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.binary");
    }

    @Test
    void aUtf32FileIsNotMistakenForUtf16() {
        byte[] utf32 = concat(bytes(0xFF, 0xFE, 0x00, 0x00), "hoi".getBytes(Charset.forName("UTF-32LE")));
        assertThatThrownBy(() -> reader.read(FILE, utf32, null))
                .extracting(e -> ((LocalizedException) e).key()).isEqualTo("import.binary");
    }

    @Test
    void lineEndsAreNormalisedAndReported() {
        ImportedText crlf = reader.read(FILE, "I: a\r\n\r\nR: b\r\n".getBytes(StandardCharsets.UTF_8), null);
        ImportedText cr = reader.read(FILE, "I: a\r\rR: b\r".getBytes(StandardCharsets.UTF_8), null);
        ImportedText mixed = reader.read(FILE, "I: a\r\n\nR: b\r".getBytes(StandardCharsets.UTF_8), null);
        assertThat(crlf.text()).isEqualTo("I: a\n\nR: b\n");
        assertThat(cr.text()).isEqualTo("I: a\n\nR: b\n");
        assertThat(mixed.text()).isEqualTo("I: a\n\nR: b\n");
        assertThat(crlf.lineEnds()).isEqualTo("CRLF");
        assertThat(cr.lineEnds()).isEqualTo("CR");
        assertThat(mixed.lineEnds()).isEqualTo("mixed");
        assertThat(cr.turns()).extracting(Turn::speaker).containsExactly("I", "R");
    }

    @Test
    void aStrayCtrlZAtTheEndOfAnOldDosFileIsStillText() {
        ImportedText t = reader.read(FILE, concat("Een hele lange regel tekst uit een oud DOS-programma.\r\n".repeat(3).getBytes(StandardCharsets.US_ASCII), bytes(0x1A)), null);
        assertThat(t.turns()).hasSize(3);
    }
}
