package nl.codewerk.ui;

import javafx.application.Application;

/**
 * Starts the workbench. A plain class, not the Application itself: launched from the class path,
 * a main class that extends Application fails with "JavaFX runtime components are missing".
 */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
