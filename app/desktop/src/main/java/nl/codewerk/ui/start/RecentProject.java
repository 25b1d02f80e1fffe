package nl.codewerk.ui.start;

import java.nio.file.Path;

/** A project opened before, and whether its file is still there. */
public record RecentProject(Path file, boolean exists) {

    public String name() {
        return file.getFileName().toString().replaceFirst("(?i)\\.cwk$", "");
    }
}
