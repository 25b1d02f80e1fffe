package nl.codewerk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages that core shows to people (errors, reports), in Dutch or English.
 * The command line and the workbench both read them from here, so a refused file is
 * explained in the same words everywhere.
 */
public final class Messages {

    private static final String BUNDLE = "nl.codewerk.i18n.core";
    private static volatile Locale locale = defaultLocale();

    private Messages() {
    }

    /** Dutch when the system language is Dutch, English otherwise. */
    public static Locale defaultLocale() {
        String forced = System.getProperty("codewerk.lang");
        if (forced == null) {
            forced = System.getenv("CODEWERK_LANG");
        }
        if (forced != null && !forced.isBlank()) {
            return forced.toLowerCase(Locale.ROOT).startsWith("nl") ? Locale.of("nl") : Locale.ENGLISH;
        }
        return "nl".equals(Locale.getDefault().getLanguage()) ? Locale.of("nl") : Locale.ENGLISH;
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = "nl".equals(newLocale.getLanguage()) ? Locale.of("nl") : Locale.ENGLISH;
    }

    public static String get(String key, Object... args) {
        return get(locale, key, args);
    }

    public static String get(Locale in, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, in, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the localisation test catches; never hide the message itself.
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, in).format(args);
    }
}
