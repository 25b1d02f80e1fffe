package nl.codewerk.transcript;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Set;

/** Plain text: decoded by {@link TextDecoding}, line ends normalised to LF, turns detected. */
final class PlainTextReader implements FormatReader {

    @Override
    public Set<String> extensions() {
        return Set.of("txt");
    }

    @Override
    public ImportedText read(Path file, byte[] bytes, Charset encoding) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, encoding);
        LineEnds.Normalised normalised = LineEnds.normalise(decoded.text());
        String text = normalised.text();
        return new ImportedText(text, TurnDetector.detect(text), "txt", decoded.encoding(), normalised.found());
    }
}
