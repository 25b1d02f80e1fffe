package nl.codewerk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The title strip above a pane, with room for the pane's own controls on the right. */
public final class PaneHeader extends HBox {

    private final Label title;

    public PaneHeader(String text, Node icon, Node... tools) {
        super(6);
        getStyleClass().add("pane-header");
        setAlignment(Pos.CENTER_LEFT);
        title = new Label(text, icon);
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "pane-title");
        title.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, spacer);
        getChildren().addAll(tools);
    }

    public void setTitle(String text) {
        title.setText(text);
    }
}
