package nl.codewerk.ui.codebook;

import atlantafx.base.theme.Styles;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import nl.codewerk.codebook.Code;
import nl.codewerk.ui.i18n.I18n;

/** A code in the tree: colour, name, pinned shortcut, level badge and number of codings. */
final class CodeCell extends TreeCell<Code> {

    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final Supplier<CodebookState> state;
    private final CodeActions actions;

    CodeCell(Supplier<CodebookState> state, CodeActions actions) {
        this.state = state;
        this.actions = actions;
        getStyleClass().add("code-cell");
    }

    @Override
    protected void updateItem(Code code, boolean empty) {
        super.updateItem(code, empty);
        pseudoClassStateChanged(DROP_TARGET, false);
        if (empty || code == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Circle swatch = new Circle(6, Color.web(code.color()));
        swatch.getStyleClass().add("code-swatch");
        Label name = new Label(code.name());
        name.getStyleClass().add("code-name");
        name.setMinWidth(0);
        if (!code.active()) {
            name.getStyleClass().add(Styles.TEXT_MUTED);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, swatch, name);
        OptionalInt slot = actions.pinSlot(code.id());
        if (slot.isPresent()) {
            Label pin = new Label(I18n.t("codebook.pinBadge", slot.getAsInt()));
            pin.getStyleClass().add("pin-badge");
            pin.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(pin);
        }
        Label count = new Label(String.valueOf(state.get().count(code.id())));
        count.getStyleClass().add("coding-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Label level = LevelBadge.of(code.level(), code.core());
        level.setMinWidth(Region.USE_PREF_SIZE);
        row.getChildren().addAll(spacer, level, count);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("code-row");
        // A small preferred width keeps the tree from scrolling sideways; layoutChildren
        // stretches the row to the cell so counts and badges line up on the right.
        row.setMinWidth(0);
        row.setPrefWidth(40);
        setText(null);
        setGraphic(row);
        Tooltip tip = new Tooltip(describe(code));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(400));
        setTooltip(tip);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Node row = getGraphic();
        if (row != null) {
            double width = getWidth() - snappedRightInset() - row.getLayoutX();
            row.resize(Math.max(40, width), row.getLayoutBounds().getHeight());
        }
    }

    private String describe(Code code) {
        StringBuilder text = new StringBuilder(state.get().pathText(code.id()));
        text.append("\n").append(I18n.t("codebook.tooltip.level", LevelBadge.name(code.level())))
                .append(" · ").append(I18n.t("codebook.tooltip.count", state.get().count(code.id())));
        actions.pinSlot(code.id()).ifPresent(slot -> text.append(" · ").append(I18n.t("codebook.tooltip.shortcut", slot)));
        append(text, I18n.t("codebook.tooltip.definition"), code.definition());
        append(text, I18n.t("codebook.tooltip.whenToUse"), code.whenToUse());
        append(text, I18n.t("codebook.tooltip.whenNotToUse"), code.whenNotToUse());
        append(text, I18n.t("codebook.tooltip.example"), code.example());
        return text.toString();
    }

    private static void append(StringBuilder text, String heading, String value) {
        if (value != null && !value.isBlank()) {
            text.append("\n\n").append(heading).append(": ").append(value.strip());
        }
    }
}
