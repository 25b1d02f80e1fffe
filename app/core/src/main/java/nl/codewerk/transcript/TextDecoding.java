package nl.codewerk.transcript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a text file (txt, vtt, srt) into a string. Order: the encoding the user
 * named; a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); binary refusal; strict UTF-8; strict
 * Windows-1252. Every decoder reports bad bytes instead of replacing them, so a wrong guess ends
 * in a refusal, never in a silent U+FFFD in someone's transcript.
 */
final class TextDecoding {

    /** The text and the name of the encoding it was read with, for the import report. */
    record Decoded(String text, String encoding) {
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, Charset named) {
        if (named != null) {
            String text = strict(withoutBom(bytes, named), named, "import.wrongEncoding");
            return new Decoded(checkedText(text.startsWith("\uFEFF") ? text.substring(1) : text), named.name());
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(checkedText(strict(slice(bytes, 3), StandardCharsets.UTF_8, "import.invalidUtf8")), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(checkedText(strict(slice(bytes, 2), StandardCharsets.UTF_16LE, "import.invalidUtf16")), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(checkedText(strict(slice(bytes, 2), StandardCharsets.UTF_16BE, "import.invalidUtf16")), "UTF-16BE (BOM)");
        }
        if (looksBinary(bytes)) {
            throw new ImportRefusedException("import.binary");
        }
        try {
            return new Decoded(checkedText(decodeStrict(bytes, StandardCharsets.UTF_8)), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(checkedText(decodeStrict(bytes, WINDOWS_1252)), "windows-1252");
            } catch (CharacterCodingException notCp1252) {
                throw new ImportRefusedException("import.undecodable");
            }
        }
    }

    /**
     * NUL, or more than one in a hundred C0 control bytes other than tab, line ends and form feed,
     * means this is not text. A stray Ctrl-Z at the end of an old DOS file is still text.
     */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        int n = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (isOddControl(b)) {
                controls++;
            }
        }
        return controls > 0 && controls * 100 > n;
    }

    /** Decoded text must hold no NUL and few control characters: UTF-32 read as UTF-16 or a wrong named encoding does. */
    private static String checkedText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ImportRefusedException("import.binary");
            }
            if (c < 0x20 && isOddControl(c)) {
                controls++;
            }
        }
        if (controls > 0 && controls * 100 > text.length()) {
            throw new ImportRefusedException("import.binary");
        }
        // Ctrl-Z closed text files under DOS; it marks the end, it is not part of the text.
        return text.endsWith("\u001A") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean isOddControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static byte[] withoutBom(byte[] bytes, Charset named) {
        if (named.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return slice(bytes, 3);
        }
        return bytes;
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
        return Arrays.copyOfRange(bytes, from, bytes.length);
    }
}
