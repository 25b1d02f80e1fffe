package nl.codewerk.ui.privacy;

import java.util.Optional;
import nl.codewerk.privacy.CloudFolderCheck;
import nl.codewerk.project.Backups;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/** What happens when a project opens: the day's backup if none was taken yet, and once, a warning about a cloud folder. */
public final class OpeningChecks {

    private OpeningChecks() {
    }

    public static void run(ProjectSession session) {
        session.run(BackgroundTask.of(progress -> {
            if (!session.project().database().readOnly()) {
                Backups.dailyIfDue(session.project().database());
            }
            return CloudFolderCheck.warningDue(session.project().database());
        }).onSuccess((Optional<String> provider) -> provider.ifPresent(p -> {
            session.dialogs().showInfo(I18n.t("privacy.cloudTitle"), CloudFolderCheck.warning(session.project().file(), p));
            session.run(BackgroundTask.action(progress -> CloudFolderCheck.markWarned(session.project().database(), p)));
        })));
    }
}
