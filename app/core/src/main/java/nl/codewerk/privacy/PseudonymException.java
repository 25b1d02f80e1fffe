package nl.codewerk.privacy;

import nl.codewerk.i18n.LocalizedException;

/** A pseudonym list that cannot be used as given: unreadable, empty, a replacement that keeps a name. */
public class PseudonymException extends LocalizedException {

    public PseudonymException(String key, Object... args) {
        super(key, args);
    }

    public PseudonymException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
