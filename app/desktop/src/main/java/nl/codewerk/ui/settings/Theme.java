package nl.codewerk.ui.settings;

/** Light or dark; both are AtlantaFX Primer themes. */
public enum Theme {
    LIGHT, DARK
}
