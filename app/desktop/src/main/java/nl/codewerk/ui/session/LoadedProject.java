package nl.codewerk.ui.session;

import nl.codewerk.workspace.Project;

/** A project just opened in the background, with what the window needs to show it at once. */
public record LoadedProject(Project project, String name) {

    /** Reads the name from the project file: call it off the JavaFX thread. */
    public static LoadedProject of(Project project) {
        return new LoadedProject(project, project.name());
    }
}
