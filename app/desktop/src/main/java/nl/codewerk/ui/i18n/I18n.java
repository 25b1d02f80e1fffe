package nl.codewerk.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.codewerk.i18n.Messages;

/**
 * The one way the workbench looks up the words it shows. Every lookup calls {@link #t} with a
 * literal key, so the localisation test can find them all in the sources.
 */
public final class I18n {

    private static final String BUNDLE = "nl.codewerk.ui.i18n.ui";
    private static volatile Language language = Language.fromLocale(Messages.defaultLocale());

    private I18n() {
    }

    public static Language language() {
        return language;
    }

    /** Switches the workbench and core's messages (errors, import reasons) together. */
    public static void setLanguage(Language newLanguage) {
        language = newLanguage;
        Messages.setLocale(newLanguage.locale());
    }

    public static Locale locale() {
        return language.locale();
    }

    public static String t(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // The localisation test catches missing keys; show the key rather than nothing.
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
