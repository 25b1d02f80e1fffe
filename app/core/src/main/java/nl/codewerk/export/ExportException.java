package nl.codewerk.export;

import nl.codewerk.i18n.LocalizedException;

/** An export that could not be made as asked: the target is open elsewhere, not writable, ... */
public class ExportException extends LocalizedException {

    public ExportException(String key, Object... args) {
        super(key, args);
    }

    public ExportException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
