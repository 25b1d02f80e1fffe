package nl.codewerk.ui.memo;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.i18n.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/**
 * Memos at the current place, and the memo editor. What is written is saved when typing
 * pauses and when the editor loses focus.
 */
public final class MemoPane extends VBox {

    private final MemoModel model;
    private final ListView<MemoItem> list = new ListView<>();
    private final Label about = new Label();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(1200));
    private final Subscription subscription;
    private boolean loading;
    private MemoDraft shown;

    public MemoPane(MemoModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("side-section");
        list.setId("memosHere");
        list.setItems(model.memosHere());
        list.setPlaceholder(new Label(I18n.t("memo.noneHere")));
        list.setPrefHeight(140);
        list.setCellFactory(view -> new MemoCell());
        list.setOnMouseClicked(e -> open());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });

        Button newMemo = new Button(I18n.t("memo.newOnTranscript"), Icons.of(MaterialDesignN.NOTE_PLUS_OUTLINE));
        newMemo.setId("newTranscriptMemo");
        newMemo.getStyleClass().addAll(Styles.SMALL);
        newMemo.setOnAction(e -> startOnTranscript());
        about.setId("memoAbout");
        about.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        about.setMinWidth(0);
        title.setId("memoTitle");
        title.setPromptText(I18n.t("memo.titlePrompt"));
        text.setId("memoText");
        text.setPromptText(I18n.t("memo.textPrompt"));
        text.setWrapText(true);
        Button delete = new Button(null, Icons.of(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("deleteMemo");
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        delete.setTooltip(new Tooltip(I18n.t("memo.delete")));
        delete.setOnAction(e -> model.delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox editorHeader = new HBox(6, about, spacer, delete);
        editorHeader.setAlignment(Pos.CENTER_LEFT);
        VBox editor = new VBox(6, editorHeader, title, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox.setVgrow(editor, Priority.ALWAYS);
        editor.disableProperty().bind(Bindings.isNull(model.draftProperty()));
        Label hint = new Label(I18n.t("memo.savedAsYouType"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        typingPause.setOnFinished(e -> save());
        title.textProperty().addListener((obs, old, now) -> typed());
        text.textProperty().addListener((obs, old, now) -> typed());
        title.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                save();
            }
        });
        text.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                save();
            }
        });
        getChildren().addAll(list, newMemo, editor, hint);
        subscription = model.draftProperty().subscribe(this::show);
    }

    public void dispose() {
        subscription.unsubscribe();
    }

    /** Starts a memo on the open transcript and puts the cursor in its title. */
    private void startOnTranscript() {
        flush();
        model.startOnTranscript();
        title.requestFocus();
    }

    /** Saves what is in the editor now, before another memo is started or opened. */
    public void flush() {
        save();
    }

    /** Puts the cursor in the editor after a memo was started elsewhere (a code, a coding). */
    public void focusEditor() {
        title.requestFocus();
    }

    private void open() {
        MemoItem item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            save();
            model.edit(item);
        }
    }

    private void typed() {
        if (!loading) {
            typingPause.playFromStart();
        }
    }

    private void save() {
        typingPause.stop();
        if (model.draftProperty().get() != null) {
            model.save(title.getText(), text.getText());
        }
    }

    private void show(MemoDraft draft) {
        // A draft that only learned its id after saving is still the memo being typed: keep the text.
        boolean sameMemo = shown != null && draft != null && shown.target().equals(draft.target())
                && (shown.memoId() == null || shown.memoId().equals(draft.memoId()));
        shown = draft;
        about.setText(draft == null ? I18n.t("memo.pickOrStart") : draft.about());
        if (sameMemo) {
            return;
        }
        loading = true;
        title.setText(draft == null ? "" : draft.title());
        text.setText(draft == null ? "" : draft.text());
        loading = false;
    }

    private static final class MemoCell extends ListCell<MemoItem> {

        @Override
        protected void updateItem(MemoItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String heading = item.memo().title() == null || item.memo().title().isBlank() ? firstLine(item.memo().text()) : item.memo().title();
            Label name = new Label(heading, Icons.of(MaterialDesignN.NOTE_TEXT_OUTLINE));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label where = new Label(item.about() + " · " + item.memo().author());
            where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            setGraphic(new VBox(2, name, where));
            setText(null);
        }

        private static String firstLine(String text) {
            String line = text.strip().lines().findFirst().orElse("");
            return line.length() > 60 ? line.substring(0, 59) + "…" : line;
        }
    }
}
