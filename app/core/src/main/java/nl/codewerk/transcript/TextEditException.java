package nl.codewerk.transcript;

import nl.codewerk.i18n.LocalizedException;

/** An edit of a transcript's text that cannot be made: outside the text, splitting a character, ... */
public class TextEditException extends LocalizedException {

    public TextEditException(String key, Object... args) {
        super(key, args);
    }
}
