package nl.codewerk.ui.common;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.i18n.Language;
import nl.codewerk.ui.settings.Theme;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The language and theme choices, the same on the start screen and in the workbench. */
public final class ViewMenu {

    private ViewMenu() {
    }

    /**
     * Adds the language and theme choices to a View menu, as radio items right in the menu
     * (two of each: a submenu would only hide them).
     */
    public static void addSettings(Menu menu, ShellActions shell) {
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        ToggleGroup languages = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(l == Language.DUTCH ? I18n.t("language.dutch") : I18n.t("language.english"));
            item.setId("language-" + l.code());
            item.setToggleGroup(languages);
            item.setSelected(I18n.language() == l);
            item.setOnAction(e -> {
                if (I18n.language() != l) {
                    shell.setLanguage(l);
                }
            });
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t == Theme.DARK ? I18n.t("theme.dark") : I18n.t("theme.light"));
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setGraphic(Icons.of(t == Theme.DARK ? MaterialDesignW.WEATHER_NIGHT : MaterialDesignW.WEATHER_SUNNY));
            item.setToggleGroup(themes);
            item.setSelected(shell.theme() == t);
            item.setOnAction(e -> shell.setTheme(t));
            menu.getItems().add(item);
        }
    }
}
