package nl.codewerk.search;

import nl.codewerk.i18n.LocalizedException;

/** A search query or filter that cannot be run as typed, with a message saying why. */
public final class SearchQueryException extends LocalizedException {

    public SearchQueryException(String key, Object... args) {
        super(key, args);
    }

    public SearchQueryException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
