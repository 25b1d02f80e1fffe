package nl.codewerk.coding;

import nl.codewerk.i18n.LocalizedException;

/** A coding that cannot be made as asked: offsets outside the text, an unknown coder, ... */
public class CodingException extends LocalizedException {

    public CodingException(String key, Object... args) {
        super(key, args);
    }
}
