package nl.codewerk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.codewerk.i18n.Messages;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudFolderCheckTest {

    @TempDir
    Path dir;

    @Test
    void recognisesTheFoldersSyncToolsMake() {
        assertThat(CloudFolderCheck.check(Path.of("/home/lotte/OneDrive/studie/jim.cwk"))).hasValue("OneDrive");
        assertThat(CloudFolderCheck.check(Path.of("/Users/lotte/OneDrive - Universiteit Utrecht/jim.cwk"))).hasValue("OneDrive");
        assertThat(CloudFolderCheck.check(Path.of("/Users/lotte/Library/CloudStorage/OneDrive-Personal/jim.cwk"))).hasValue("OneDrive");
        assertThat(CloudFolderCheck.check(Path.of("/home/lotte/SURFdrive/jim.cwk"))).hasValue("SURFdrive");
        assertThat(CloudFolderCheck.check(Path.of("/home/lotte/Dropbox (Persoonlijk)/jim.cwk"))).hasValue("Dropbox");
        assertThat(CloudFolderCheck.check(Path.of("/Users/lotte/Library/CloudStorage/GoogleDrive-lotte@example.org/My Drive/jim.cwk")))
                .hasValue("Google Drive");
        assertThat(CloudFolderCheck.check(Path.of("/Users/lotte/Library/Mobile Documents/com~apple~CloudDocs/jim.cwk"))).hasValue("iCloud Drive");
        assertThat(CloudFolderCheck.check(Path.of("/home/lotte/Documenten/onderzoek/jim.cwk"))).isEmpty();
        assertThat(CloudFolderCheck.check(Path.of("/home/lotte/onedrive-notes.cwk"))).as("the file's own name does not count").isEmpty();
        assertThat(CloudFolderCheck.check(Path.of("/home/lotte/Dropboxen/jim.cwk"))).isEmpty();
    }

    @Test
    void warnsOncePerProjectAndProvider() throws Exception {
        Path synced = Files.createDirectories(dir.resolve("OneDrive - UU"));
        try (Project project = TempProjects.empty(synced)) {
            assertThat(CloudFolderCheck.warningDue(project.database())).hasValue("OneDrive");
            CloudFolderCheck.markWarned(project.database(), "OneDrive");
            assertThat(CloudFolderCheck.warningDue(project.database())).isEmpty();
            assertThat(CloudFolderCheck.warning(project.file(), "OneDrive")).contains("test.cwk", "OneDrive", "backups or exports");
            assertThat(Messages.get(Locale.of("nl"), "privacy.cloudWarning", "test.cwk", "OneDrive")).contains("Synchronisatieprogramma's");
        }
        try (Project local = TempProjects.empty(dir)) {
            assertThat(CloudFolderCheck.warningDue(local.database())).isEmpty();
        }
    }
}
