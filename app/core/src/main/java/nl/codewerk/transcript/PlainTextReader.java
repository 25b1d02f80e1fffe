package nl.codewerk.transcript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 when every byte
 * is defined there; otherwise refused unless the user names the encoding. Never a silent
 * replacement character.
 */
final class PlainTextReader implements FormatReader {

    @Override
    public Set<String> extensions() {
        return Set.of("txt");
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, Charset encoding) {
        DecodedText decoded = TextDecoding.decode(bytes, encoding);
        LineEnds.Normalised normalised = LineEnds.normalise(decoded.text());
        String text = normalised.text();
        return new ImportedText(text, TurnDetector.detect(text), "txt", decoded.encoding(), normalised.found());
    }

    record DecodedText(String text, String encoding) {
    }

    static final class TextDecoding {

        private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

        private TextDecoding() {
        }

        static DecodedText decode(byte[] bytes, Charset named) {
            if (named != null) {
                return new DecodedText(stripBom(strict(bytes, named, "import.wrongEncoding")), named.name());
            }
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                return new DecodedText(strict(slice(bytes, 3), StandardCharsets.UTF_8, "import.invalidUtf8"), "UTF-8 (BOM)");
            }
            if (startsWith(bytes, 0xFF, 0xFE)) {
                return new DecodedText(strict(slice(bytes, 2), StandardCharsets.UTF_16LE, "import.undecodable"), "UTF-16LE (BOM)");
            }
            if (startsWith(bytes, 0xFE, 0xFF)) {
                return new DecodedText(strict(slice(bytes, 2), StandardCharsets.UTF_16BE, "import.undecodable"), "UTF-16BE (BOM)");
            }
            if (looksBinary(bytes)) {
                throw new ImportRefusedException("import.binary");
            }
            try {
                return new DecodedText(decodeStrict(bytes, StandardCharsets.UTF_8), "UTF-8");
            } catch (CharacterCodingException notUtf8) {
                try {
                    return new DecodedText(decodeStrict(bytes, WINDOWS_1252), "windows-1252");
                } catch (CharacterCodingException notCp1252) {
                    throw new ImportRefusedException("import.undecodable");
                }
            }
        }

        /** NUL or other C0 controls (besides tab, LF, CR, FF) mean this is not text. */
        static boolean looksBinary(byte[] bytes) {
            int controls = 0;
            int n = Math.min(bytes.length, 64 * 1024);
            for (int i = 0; i < n; i++) {
                int b = bytes[i] & 0xFF;
                if (b == 0) {
                    return true;
                }
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    controls++;
                }
            }
            return controls > 0 && controls * 100 > n;
        }

        private static String strict(byte[] bytes, Charset charset, String key) {
            try {
                return decodeStrict(bytes, charset);
            } catch (CharacterCodingException e) {
                throw new ImportRefusedException(e, key, charset.name());
            }
        }

        private static String decodeStrict(byte[] bytes, Charset charset) throws CharacterCodingException {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }

        private static String stripBom(String text) {
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        private static boolean startsWith(byte[] bytes, int... prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] slice(byte[] bytes, int from) {
            return java.util.Arrays.copyOfRange(bytes, from, bytes.length);
        }
    }
}
