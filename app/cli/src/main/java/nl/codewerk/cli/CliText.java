package nl.codewerk.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import nl.codewerk.i18n.Messages;

/** The command line's own sentences (reports, confirmations) in the language core uses. */
final class CliText {

    private static final String BUNDLE = "nl.codewerk.cli.cli";

    private CliText() {
    }

    static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        // Always formatted, so quotes are written the same way ('') with and without arguments.
        return new MessageFormat(pattern, Messages.locale()).format(args);
    }
}
