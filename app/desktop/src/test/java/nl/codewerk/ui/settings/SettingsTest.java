package nl.codewerk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.codewerk.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void whatIsSetIsThereAfterARestart() {
        Settings settings = Settings.load(folder, Runnable::run);
        settings.setLanguage(Language.DUTCH);
        settings.setTheme(Theme.DARK);
        settings.setCoder("  Anna ");
        settings.setDividers("columns", new double[] {0.25, 0.75});
        settings.setPinnedCodes("/p/a.cwk", List.of("contact", "", "steun"));
        settings.setWindow(new Settings.WindowSize(1920, 1080, true));

        Settings again = Settings.load(folder, Runnable::run);

        assertThat(again.language()).contains(Language.DUTCH);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.coder()).contains("Anna");
        assertThat(again.dividers("columns")).containsExactly(0.25, 0.75);
        assertThat(again.pinnedCodes("/p/a.cwk")).contains(List.of("contact", "", "steun"));
        assertThat(again.pinnedCodes("/p/other.cwk")).isEmpty();
        assertThat(again.window()).contains(new Settings.WindowSize(1920, 1080, true));
    }

    @Test
    void recentProjectsAreMostRecentFirstWithoutDuplicatesAndAtMostTen() {
        Settings settings = Settings.load(folder, Runnable::run);
        for (int i = 0; i < 12; i++) {
            settings.addRecentProject(folder.resolve("p" + i + ".cwk"));
        }
        settings.addRecentProject(folder.resolve("p5.cwk"));

        List<Path> recent = Settings.load(folder, Runnable::run).recentProjects();

        assertThat(recent).hasSize(10);
        assertThat(recent.getFirst()).isEqualTo(folder.resolve("p5.cwk").toAbsolutePath());
        assertThat(recent.get(1)).isEqualTo(folder.resolve("p11.cwk").toAbsolutePath());
        assertThat(recent).doesNotHaveDuplicates();
    }

    @Test
    void aDamagedFileMeansDefaultsNotAFailure() throws Exception {
        Files.write(folder.resolve(Settings.FILE_NAME), new byte[] {'l', 'a', 'n', 'g', '=', '\\', 'u', 'z', 'z'});

        Settings settings = Settings.load(folder, Runnable::run);

        assertThat(settings.language()).isEmpty();
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void nothingIsWrittenUntilTheWriterRunsIt() {
        java.util.List<Runnable> pending = new java.util.ArrayList<>();
        Settings settings = Settings.load(folder, pending::add);
        settings.setCoder("Bram");

        assertThat(Files.exists(folder.resolve(Settings.FILE_NAME))).isFalse();
        pending.forEach(Runnable::run);
        assertThat(Settings.load(folder, Runnable::run).coder()).contains("Bram");
    }
}
