package nl.codewerk.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;

/**
 * Notices a project kept in a folder that a sync tool copies to a cloud: OneDrive, SURFdrive,
 * Dropbox, Google Drive, iCloud Drive, Nextcloud or ownCloud. Sync tools copy a SQLite file
 * while it is being written (which can leave a damaged copy, or overwrite the project with one)
 * and put interview data on servers the research protocol may not allow. Recognised by the
 * names these tools give their folders on Windows, macOS and Linux; a folder renamed by hand is
 * not recognised. The warning is given once per project and provider.
 */
public final class CloudFolderCheck {

    static final String WARNED_KEY = "privacy.cloudWarned";

    private CloudFolderCheck() {
    }

    /** The sync tool whose folder holds this file, if any. */
    public static Optional<String> check(Path file) {
        Path path = file.toAbsolutePath().normalize();
        Optional<String> found = provider(path);
        if (found.isEmpty() && Files.exists(path)) {
            try {
                // A link into a synced folder puts the file there all the same.
                found = provider(path.toRealPath());
            } catch (IOException ignored) {
                // The path as given is all there is to judge.
            }
        }
        return found;
    }

    /** The provider to warn about, unless the project was already warned about it. */
    public static Optional<String> warningDue(Database database) {
        Optional<String> provider = check(database.file());
        if (provider.isEmpty() || provider.get().equals(database.info(WARNED_KEY).orElse(null))) {
            return Optional.empty();
        }
        return provider;
    }

    /** Remembers the warning was given (on a read-only project it is simply given again next time). */
    public static void markWarned(Database database, String provider) {
        if (!database.readOnly()) {
            database.setInfo(WARNED_KEY, provider);
        }
    }

    /** The warning in the current language. */
    public static String warning(Path file, String provider) {
        return Messages.get("privacy.cloudWarning", file.getFileName(), provider);
    }

    private static Optional<String> provider(Path path) {
        Path dir = path.getParent();
        if (dir == null) {
            return Optional.empty();
        }
        for (Path segment : dir) {
            String name = segment.toString().strip().toLowerCase(Locale.ROOT);
            if (name.equals("onedrive") || name.startsWith("onedrive -") || name.startsWith("onedrive-")) {
                return Optional.of("OneDrive");
            }
            if (name.startsWith("surfdrive")) {
                return Optional.of("SURFdrive");
            }
            if (name.equals("dropbox") || name.startsWith("dropbox (") || name.startsWith("dropbox-")) {
                return Optional.of("Dropbox");
            }
            if (name.equals("google drive") || name.equals("googledrive") || name.startsWith("googledrive-") || name.equals("my drive")
                    || name.equals("mijn drive") || name.equals("shared drives") || name.equals("gedeelde drives")) {
                return Optional.of("Google Drive");
            }
            if (name.equals("icloud drive") || name.equals("iclouddrive") || name.equals("mobile documents")) {
                return Optional.of("iCloud Drive");
            }
            if (name.equals("nextcloud")) {
                return Optional.of("Nextcloud");
            }
            if (name.equals("owncloud")) {
                return Optional.of("ownCloud");
            }
        }
        return Optional.empty();
    }
}
