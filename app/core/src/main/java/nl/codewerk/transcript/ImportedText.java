package nl.codewerk.transcript;

import java.util.List;

/**
 * What a format reader hands over: the text exactly as it will be stored (line ends already
 * LF), the turns found in it, and facts the import report mentions.
 *
 * @param encoding  the character encoding read, for text formats; null for documents
 * @param lineEnds  "LF", "CRLF", "CR" or "mixed" as found in the file; null for documents
 */
public record ImportedText(String text, List<Turn> turns, String format, String encoding, String lineEnds) {

    public ImportedText {
        turns = List.copyOf(turns);
    }

    /**
     * Plain text that did not come through a format reader (an exchange file, a generated text):
     * line ends become LF as every reader does, and turns are found as in a .txt file. The
     * text may be empty.
     */
    public static ImportedText fromPlainText(String text, String format, String encoding) {
        LineEnds.Normalised normalised = LineEnds.normalise(text);
        String stored = normalised.text();
        return new ImportedText(stored, TurnDetector.detect(stored), format, encoding, normalised.found());
    }
}
