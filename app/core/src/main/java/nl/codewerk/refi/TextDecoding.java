package nl.codewerk.refi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an exchange file's text. The standard demands UTF-8; a UTF-8 BOM (NVivo for
 * Windows, QualCoder) is dropped and not counted. Text that is not UTF-8 is read as UTF-16 when
 * it has a UTF-16 BOM and as Windows-1252 otherwise, and the report says so.
 */
final class TextDecoding {

    record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            String text = strict(bytes, 3, StandardCharsets.UTF_8);
            if (text != null) {
                return new Decoded(text, "UTF-8");
            }
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252");
    }

    private static String strict(byte[] bytes, int from, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
