package nl.codewerk.ui.workbench;

import javafx.animation.PauseTransition;
import javafx.scene.control.SplitPane;
import javafx.util.Duration;
import nl.codewerk.ui.settings.Settings;

/** Restores a split pane's dividers from the settings and remembers where they are moved to. */
final class PaneLayout {

    private PaneLayout() {
    }

    static void remember(SplitPane split, String name, Settings settings, double... defaults) {
        double[] saved = settings.dividers(name);
        split.setDividerPositions(saved.length == defaults.length ? saved : defaults);
        // Dragging a divider fires many changes; write once it rests.
        PauseTransition rest = new PauseTransition(Duration.millis(600));
        rest.setOnFinished(e -> save(split, name, settings));
        split.getDividers().forEach(d -> d.positionProperty().addListener((obs, old, now) -> rest.playFromStart()));
    }

    static void save(SplitPane split, String name, Settings settings) {
        settings.setDividers(name, split.getDividerPositions());
    }
}
