package nl.codewerk.ui.codebook;

import javafx.scene.control.Label;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.ui.i18n.I18n;

/** The grounded-theory level of a code as a small pill: open, axial or selective. */
final class LevelBadge {

    private LevelBadge() {
    }

    static Label of(CodeLevel level, boolean core) {
        Label badge = new Label(core ? I18n.t("level.core") : name(level));
        badge.getStyleClass().addAll("level-badge", "level-" + level.dbName());
        return badge;
    }

    static String name(CodeLevel level) {
        return switch (level) {
            case OPEN -> I18n.t("level.open");
            case AXIAL -> I18n.t("level.axial");
            case SELECTIVE -> I18n.t("level.selective");
        };
    }
}
