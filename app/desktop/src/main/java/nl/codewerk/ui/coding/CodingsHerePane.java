package nl.codewerk.ui.coding;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Subscription;
import nl.codewerk.coding.Coding;
import nl.codewerk.ui.codebook.CodebookState;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.transcript.TranscriptModel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The codings at the caret (or overlapping the selection), with what can be done to one:
 * remove it, give it another code, fit it to the selection, comment on it, write a memo.
 */
public final class CodingsHerePane extends VBox {

    private final ListView<Coding> list = new ListView<>();
    private final List<Subscription> subscriptions;

    public CodingsHerePane(TranscriptModel transcript, Supplier<CodebookState> codebook, CodingActions actions, Consumer<Coding> writeMemo) {
        super(6);
        getStyleClass().add("side-section");
        list.setId("codingsHere");
        list.setItems(transcript.codingsHere());
        list.setPlaceholder(new Label(I18n.t("here.empty")));
        list.setCellFactory(view -> new CodingCell(codebook));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, coding) -> {
            if (coding != null) {
                transcript.selectedCodingProperty().set(coding);
            }
        });
        list.setOnKeyPressed(e -> {
            Coding coding = list.getSelectionModel().getSelectedItem();
            if (coding == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                actions.remove(coding);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                transcript.jumpTo(new IndexRange(coding.start(), coding.end()));
                e.consume();
            }
        });
        HBox tools = new HBox(4,
                tool("removeCoding", MaterialDesignD.DELETE_OUTLINE, I18n.t("here.remove"), () -> actions.remove(picked())),
                tool("recodeCoding", MaterialDesignS.SWAP_HORIZONTAL, I18n.t("here.recode"), () -> actions.recode(picked())),
                tool("resizeCoding", MaterialDesignR.RESIZE, I18n.t("here.resize"), () -> actions.resizeToSelection(picked())),
                tool("commentCoding", MaterialDesignC.COMMENT_OUTLINE, I18n.t("here.comment"), () -> actions.comment(picked())),
                tool("memoCoding", MaterialDesignN.NOTE_TEXT_OUTLINE, I18n.t("here.memo"), () -> writeMemo.accept(picked())));
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getChildren().forEach(b -> b.disableProperty().bind(Bindings.isNull(list.getSelectionModel().selectedItemProperty())));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(list, tools);
        // A coding picked by its stripe is shown selected here too, also after the list reloads.
        subscriptions = List.of(
                transcript.selectedCodingProperty().subscribe(this::showPicked),
                transcript.codingsHere().subscribe(() -> showPicked(transcript.selectedCodingProperty().get())));
    }

    private void showPicked(Coding coding) {
        if (coding != null && list.getItems().contains(coding) && list.getSelectionModel().getSelectedItem() != coding) {
            list.getSelectionModel().select(coding);
        }
    }

    /** Stops listening to the model (the view is replaced when the language changes). */
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    public ListView<Coding> list() {
        return list;
    }

    private Coding picked() {
        return list.getSelectionModel().getSelectedItem();
    }

    private Button tool(String id, Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> {
            if (picked() != null) {
                action.run();
            }
        });
        return button;
    }

    private static final class CodingCell extends ListCell<Coding> {

        private final Supplier<CodebookState> codebook;

        CodingCell(Supplier<CodebookState> codebook) {
            this.codebook = codebook;
        }

        @Override
        protected void updateItem(Coding coding, boolean empty) {
            super.updateItem(coding, empty);
            if (empty || coding == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            CodebookState state = codebook.get();
            Rectangle chip = new Rectangle(10, 10, Color.web(state.color(coding.codeId())));
            chip.setArcWidth(3);
            chip.setArcHeight(3);
            Label code = new Label(state.pathText(coding.codeId()), chip);
            code.getStyleClass().add(Styles.TEXT_BOLD);
            Label who = new Label(I18n.t("here.coder", coding.coder(), coding.start(), coding.end()));
            who.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            VBox box = new VBox(2, code, who);
            if (coding.comment() != null) {
                Label comment = new Label(coding.comment(), Icons.of(MaterialDesignC.COMMENT_OUTLINE));
                comment.setWrapText(true);
                comment.getStyleClass().add(Styles.TEXT_SMALL);
                box.getChildren().add(comment);
            }
            setGraphic(box);
            setText(null);
        }
    }
}
