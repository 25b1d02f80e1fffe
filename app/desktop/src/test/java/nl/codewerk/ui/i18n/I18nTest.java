package nl.codewerk.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import nl.codewerk.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class I18nTest {

    @AfterEach
    void english() {
        I18n.setLanguage(Language.ENGLISH);
    }

    @Test
    void dutchIsSpokenUnderADutchLocaleAndCoreFollows() {
        I18n.setLanguage(Language.fromLocale(java.util.Locale.of("nl", "NL")));

        assertThat(I18n.t("menu.project.open")).isEqualTo("Project openen…");
        assertThat(I18n.t("import.report.summary", 2, 0, 1)).isEqualTo("2 geïmporteerd, 0 overgeslagen, 1 geweigerd");
        assertThat(Messages.locale().getLanguage()).isEqualTo("nl");
    }

    @Test
    void englishOtherwise() {
        I18n.setLanguage(Language.fromLocale(java.util.Locale.GERMANY));

        assertThat(I18n.t("menu.project.open")).isEqualTo("Open project…");
        assertThat(I18n.t("coding.nothingPinned", 3)).contains("codebook's");
    }
}
