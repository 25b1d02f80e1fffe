package nl.codewerk.ui.retrieval;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.codewerk.ui.i18n.I18n;

/** The fragments of a code; Enter or a double-click opens one in its transcript. */
public final class RetrievalPane extends VBox {

    private final RetrievalModel model;
    private final ListView<Fragment> list = new ListView<>();

    public RetrievalPane(RetrievalModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("side-section");
        Label heading = new Label();
        heading.setId("retrievalHeading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.codeProperty().get() == null
                ? I18n.t("retrieval.none")
                : I18n.t("retrieval.heading", model.codeProperty().get().name(), model.fragments().size()),
                model.codeProperty(), model.fragments()));
        CheckBox subcodes = new CheckBox(I18n.t("retrieval.subcodes"));
        subcodes.selectedProperty().bindBidirectional(model.includeSubcodesProperty());
        list.setId("fragments");
        list.setItems(model.fragments());
        list.setPlaceholder(new Label(I18n.t("retrieval.empty")));
        list.setCellFactory(view -> new FragmentCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                jump();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, subcodes, list);
    }

    public ListView<Fragment> list() {
        return list;
    }

    private void jump() {
        Fragment fragment = list.getSelectionModel().getSelectedItem();
        if (fragment != null) {
            model.jumpTo(fragment);
        }
    }

    private static final class FragmentCell extends ListCell<Fragment> {

        FragmentCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Fragment fragment, boolean empty) {
            super.updateItem(fragment, empty);
            if (empty || fragment == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label where = new Label(I18n.t("retrieval.where", fragment.transcriptName(), fragment.coding().coder()));
            where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label text = new Label(fragment.text());
            text.setWrapText(true);
            setGraphic(new VBox(2, where, text));
            setText(null);
        }
    }
}
