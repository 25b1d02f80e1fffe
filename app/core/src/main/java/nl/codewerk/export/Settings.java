package nl.codewerk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.codewerk.i18n.Messages;

/**
 * The settings a report was made with, as label and value, in the report's language. Every
 * export states them (a settings sheet, a line under the title) so a table can be traced back.
 */
public final class Settings {

    public record Entry(String label, String value) {
    }

    private final Locale locale;
    private final List<Entry> entries = new ArrayList<>();

    public Settings(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Adds a line whose label is the message {@code export.setting.KEY}. */
    public Settings add(String key, Object value) {
        entries.add(new Entry(Messages.get(locale, "export.setting." + key), String.valueOf(value)));
        return this;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
