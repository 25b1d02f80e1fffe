package nl.codewerk.ui.i18n;

import java.util.Locale;

/** The languages the workbench speaks; stored in the settings by {@link #code()}. */
public enum Language {
    ENGLISH("en"), DUTCH("nl");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return this == DUTCH ? Locale.of("nl") : Locale.ENGLISH;
    }

    public static Language fromLocale(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    }

    public static Language fromCode(String code, Language otherwise) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        return otherwise;
    }
}
