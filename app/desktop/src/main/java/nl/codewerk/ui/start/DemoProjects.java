package nl.codewerk.ui.start;

import java.util.Optional;

/**
 * Where the workbench finds its {@link DemoProjectSource}. Core's {@code nl.codewerk.demo.DemoProject}
 * is written in parallel; once it is in the build, this returns {@code DemoProject::build}.
 * Until then the start screen shows the demo button disabled with the reason.
 */
public final class DemoProjects {

    private DemoProjects() {
    }

    public static Optional<DemoProjectSource> installed() {
        return Optional.empty();
    }
}
