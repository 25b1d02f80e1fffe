package nl.codewerk.ui;

import javafx.application.Application;

/**
 * Starts the workbench. A plain class rather than the {@link Application} itself: launched from
 * the class path, a main class that extends Application fails with "JavaFX runtime components
 * are missing", while this detour works. The launcher module calls {@link #launch(String[])}
 * when no command-line arguments are given.
 */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
