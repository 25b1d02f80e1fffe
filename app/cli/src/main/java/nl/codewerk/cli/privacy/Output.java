package nl.codewerk.cli.privacy;

import java.io.PrintWriter;
import nl.codewerk.privacy.CloudFolderCheck;
import nl.codewerk.workspace.Project;

/** What the data-protection commands share: the one-time cloud folder warning on stderr, sizes as people read them. */
final class Output {

    private Output() {
    }

    /** Warns once per project that a sync tool's folder holds it; a warning, not a failure. */
    static void cloudWarning(Project project, PrintWriter err) {
        CloudFolderCheck.warningDue(project.database()).ifPresent(provider -> {
            err.println(CloudFolderCheck.warning(project.file(), provider));
            CloudFolderCheck.markWarned(project.database(), provider);
        });
    }

    /** 1.2 MB, 640 kB: sizes as a file manager shows them. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return Math.max(1, (bytes + 1023) / 1024) + " kB";
    }
}
