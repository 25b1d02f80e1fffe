package nl.codewerk.transcript;

import nl.codewerk.i18n.LocalizedException;

/** A file that cannot be imported, with the reason in the user's language. */
public class ImportRefusedException extends LocalizedException {

    public ImportRefusedException(String key, Object... args) {
        super(key, args);
    }

    public ImportRefusedException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
