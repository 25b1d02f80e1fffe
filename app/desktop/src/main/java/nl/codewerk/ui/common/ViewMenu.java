package nl.codewerk.ui.common;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.i18n.Language;
import nl.codewerk.ui.settings.Theme;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The language and theme choices, the same on the start screen and in the workbench. */
public final class ViewMenu {

    private ViewMenu() {
    }

    /** Adds the language and theme items to a View menu. */
    public static void addSettings(Menu menu, ShellActions shell) {
        Menu language = new Menu(I18n.t("menu.view.language"), Icons.of(MaterialDesignT.TRANSLATE));
        language.setId("languageMenu");
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
            language.getItems().add(item);
        }
        Menu theme = new Menu(I18n.t("menu.view.theme"), Icons.of(MaterialDesignW.WEATHER_NIGHT));
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t == Theme.DARK ? I18n.t("theme.dark") : I18n.t("theme.light"));
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(themes);
            item.setSelected(shell.theme() == t);
            item.setOnAction(e -> shell.setTheme(t));
            theme.getItems().add(item);
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(language, theme);
    }
}
