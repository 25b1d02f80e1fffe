package nl.codewerk.refi;

import nl.codewerk.i18n.LocalizedException;

/** An exchange file that is refused whole: unsafe, unreadable or not REFI-QDA. Nothing was imported. */
public class RefiException extends LocalizedException {

    public RefiException(String key, Object... args) {
        super(key, args);
    }

    public RefiException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
