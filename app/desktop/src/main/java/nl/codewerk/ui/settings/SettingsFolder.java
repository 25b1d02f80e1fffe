package nl.codewerk.ui.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the workbench keeps its settings and the demo project: the user's own configuration
 * folder of the platform, never the project file (a project is shared, settings are personal).
 */
public final class SettingsFolder {

    private SettingsFolder() {
    }

    public static Path resolve() {
        String forced = System.getProperty("codewerk.settings.dir");
        if (forced == null || forced.isBlank()) {
            forced = System.getenv("CODEWERK_SETTINGS_DIR");
        }
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Codewerk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Codewerk");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("codewerk");
    }
}
