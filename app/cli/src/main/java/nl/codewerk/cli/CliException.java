package nl.codewerk.cli;

import nl.codewerk.i18n.LocalizedException;

/** A problem only the command line has (an option value it cannot use), worded from its own bundle. */
final class CliException extends LocalizedException {

    CliException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public String getMessage() {
        return CliText.get(key(), args());
    }
}
