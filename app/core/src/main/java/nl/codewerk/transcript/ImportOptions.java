package nl.codewerk.transcript;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * @param encoding          the text encoding the user named, or null to detect it
 * @param participantsSheet a .csv or .xlsx with one row per case, or null
 */
public record ImportOptions(Charset encoding, Path participantsSheet) {

    public static final ImportOptions DEFAULT = new ImportOptions(null, null);
}
