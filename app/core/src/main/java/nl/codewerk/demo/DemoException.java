package nl.codewerk.demo;

import nl.codewerk.i18n.LocalizedException;

/** The demo could not be built: its content is missing or does not match the transcripts. */
public class DemoException extends LocalizedException {

    public DemoException(String key, Object... args) {
        super(key, args);
    }

    public DemoException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
