package nl.codewerk.ui.common;

import nl.codewerk.ui.i18n.Language;
import nl.codewerk.ui.settings.Theme;

/** What every screen may ask of the window around it. */
public interface ShellActions {

    void setLanguage(Language language);

    void setTheme(Theme theme);

    Theme theme();

    /** Closes the window (closing the open project first). */
    void quit();
}
