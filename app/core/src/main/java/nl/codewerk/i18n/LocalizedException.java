package nl.codewerk.i18n;

import java.util.Locale;

/**
 * A problem a person can act on, described by a message key so it can be shown in Dutch or
 * English. Its {@link #getMessage()} is in the current UI language.
 */
public class LocalizedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public LocalizedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public LocalizedException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getMessage() {
        return Messages.get(key, args);
    }

    public String getMessage(Locale locale) {
        return Messages.get(locale, key, args);
    }
}
