package nl.codewerk.transcript;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Reads one document format into text and turns. A reader refuses a file it cannot read with
 * {@link ImportRefusedException}; it never returns partial text.
 */
public interface FormatReader {

    /** Lower-case extensions without the dot: "txt", "docx". */
    java.util.Set<String> extensions();

    /**
     * @param bytes    the whole file
     * @param encoding the encoding the user named, or null to detect it
     */
    ImportedText read(Path file, byte[] bytes, Charset encoding);
}
