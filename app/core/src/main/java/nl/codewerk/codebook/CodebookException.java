package nl.codewerk.codebook;

import nl.codewerk.i18n.LocalizedException;

/** A codebook change that cannot be made as asked (unknown code, a cycle, a bad colour). */
public class CodebookException extends LocalizedException {

    public CodebookException(String key, Object... args) {
        super(key, args);
    }
}
