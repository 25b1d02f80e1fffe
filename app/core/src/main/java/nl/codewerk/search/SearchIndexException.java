package nl.codewerk.search;

import nl.codewerk.i18n.LocalizedException;

/** The search index could not be written anywhere; the project itself is untouched. */
public final class SearchIndexException extends LocalizedException {

    public SearchIndexException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
