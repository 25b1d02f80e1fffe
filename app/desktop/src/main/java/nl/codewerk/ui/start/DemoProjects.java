package nl.codewerk.ui.start;

import java.util.Optional;

/** Where the workbench finds its {@link DemoProjectSource}: core's demo builder. */
public final class DemoProjects {

    private DemoProjects() {
    }

    public static Optional<DemoProjectSource> installed() {
        return Optional.of((file, progress) -> nl.codewerk.demo.DemoProject.build(file, progress));
    }
}
