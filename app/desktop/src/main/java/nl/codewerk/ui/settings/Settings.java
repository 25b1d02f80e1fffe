package nl.codewerk.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import nl.codewerk.ui.i18n.Language;

/**
 * The workbench's personal settings in {@code settings.properties} inside the
 * {@link SettingsFolder}: language, theme, coder, recent projects, pane layout and pinned codes.
 * Loaded once before the window opens; every change is written at once, off the JavaFX thread,
 * through the executor it is given.
 */
public final class Settings {

    static final String FILE_NAME = "settings.properties";
    private static final int MAX_RECENT = 10;

    private final Path folder;
    private final Properties values = new Properties();
    private final Executor writer;
    private volatile boolean warned;

    private Settings(Path folder, Executor writer) {
        this.folder = folder;
        this.writer = writer;
    }

    /** Reads the settings in {@code folder}; a missing or unreadable file means defaults. */
    public static Settings load(Path folder, Executor writer) {
        Settings settings = new Settings(folder, writer);
        Path file = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file must not keep the workbench from starting.
                System.err.println("Codewerk: settings not readable, using defaults: " + e.getMessage());
            }
        }
        return settings;
    }

    public Path folder() {
        return folder;
    }

    public Optional<Language> language() {
        String code = get("language");
        return code == null ? Optional.empty() : Optional.of(Language.fromCode(code, Language.ENGLISH));
    }

    public void setLanguage(Language language) {
        put("language", language.code());
    }

    public Theme theme() {
        return "dark".equals(get("theme")) ? Theme.DARK : Theme.LIGHT;
    }

    public void setTheme(Theme theme) {
        put("theme", theme == Theme.DARK ? "dark" : "light");
    }

    public Optional<String> coder() {
        return Optional.ofNullable(get("coder")).filter(s -> !s.isBlank());
    }

    public void setCoder(String coder) {
        put("coder", coder.strip());
    }

    /** Most recent first. */
    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = get("recent." + i);
            if (value != null && !value.isBlank()) {
                out.add(Path.of(value));
            }
        }
        return out;
    }

    public void addRecentProject(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        List<Path> recent = recentProjects();
        recent.remove(normal);
        recent.addFirst(normal);
        setRecent(recent);
    }

    public void removeRecentProject(Path file) {
        List<Path> recent = recentProjects();
        recent.remove(file.toAbsolutePath().normalize());
        setRecent(recent);
    }

    private void setRecent(List<Path> recent) {
        synchronized (values) {
            for (int i = 0; i < MAX_RECENT; i++) {
                if (i < recent.size()) {
                    values.setProperty("recent." + i, recent.get(i).toString());
                } else {
                    values.remove("recent." + i);
                }
            }
        }
        save();
    }

    /** Divider positions of a split pane, by its name; empty when never set. */
    public double[] dividers(String pane) {
        String value = get("layout." + pane);
        if (value == null || value.isBlank()) {
            return new double[0];
        }
        try {
            return Arrays.stream(value.split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    public void setDividers(String pane, double[] positions) {
        StringBuilder text = new StringBuilder();
        for (double p : positions) {
            text.append(text.isEmpty() ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.4f", p));
        }
        put("layout." + pane, text.toString());
    }

    /** The window's size when it was last closed. */
    public record WindowSize(double width, double height, boolean maximized) {
    }

    public Optional<WindowSize> window() {
        try {
            String width = get("window.width");
            String height = get("window.height");
            if (width == null || height == null) {
                return Optional.empty();
            }
            return Optional.of(new WindowSize(Double.parseDouble(width), Double.parseDouble(height), "true".equals(get("window.maximized"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowSize size) {
        synchronized (values) {
            values.setProperty("window.width", String.valueOf(Math.round(size.width())));
            values.setProperty("window.height", String.valueOf(Math.round(size.height())));
            values.setProperty("window.maximized", String.valueOf(size.maximized()));
        }
        save();
    }

    /** The codes pinned to Ctrl+1..9 in a project (by code id, slot order); empty when never set. */
    public Optional<List<String>> pinnedCodes(String projectKey) {
        String value = get("pins." + projectKey);
        return value == null ? Optional.empty() : Optional.of(value.isEmpty() ? List.of() : List.of(value.split("\t", -1)));
    }

    public void setPinnedCodes(String projectKey, List<String> codeIds) {
        put("pins." + projectKey, String.join("\t", codeIds));
    }

    public Optional<String> get(String key, String otherwise) {
        return Optional.ofNullable(get(key)).or(() -> Optional.ofNullable(otherwise));
    }

    private String get(String key) {
        synchronized (values) {
            return values.getProperty(key);
        }
    }

    private void put(String key, String value) {
        synchronized (values) {
            if (value.equals(values.getProperty(key))) {
                return;
            }
            values.setProperty(key, value);
        }
        save();
    }

    private void save() {
        writer.execute(() -> {
            try {
                writeNow();
            } catch (UncheckedIOException e) {
                // Personal preferences only (never research data): say it once, keep working.
                if (!warned) {
                    warned = true;
                    System.err.println("Codewerk: settings could not be saved in " + folder + ": " + e.getCause().getMessage());
                }
            }
        });
    }

    /**
     * Writes the current values (not a snapshot taken when the change was made), so when two
     * writes race the last one to finish still holds every change.
     */
    synchronized void writeNow() {
        Properties copy = new Properties();
        synchronized (values) {
            copy.putAll(values);
        }
        try {
            Files.createDirectories(folder);
            Path temp = folder.resolve(FILE_NAME + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                copy.store(out, "Codewerk workbench settings");
            }
            try {
                Files.move(temp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
