package nl.codewerk.ui.agreement;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.codewerk.agreement.review.Decision;
import nl.codewerk.agreement.review.ReviewItem;
import nl.codewerk.ui.i18n.I18n;

/**
 * The disagreements still open, by code, with what the supervisor decides for the selected one.
 * A decision writes the consensus coding; the item then leaves the list.
 */
final class ReviewPane extends VBox {

    private final ListView<ReviewItem> list;

    ReviewPane(AgreementModel model) {
        super(6);
        setPadding(new Insets(6, 0, 0, 0));
        list = new ListView<>(model.openItems());
        list.setId("disagreements");
        list.setPlaceholder(new Label(I18n.t("review.none")));
        list.setCellFactory(view -> new ItemCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("review.heading", model.openItems().size()),
                model.openItems()));
        Button a = decision(model, Decision.A, "acceptA");
        Button b = decision(model, Decision.B, "acceptB");
        a.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("review.acceptCoder", coder(true)), list.getSelectionModel().selectedItemProperty()));
        b.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("review.acceptCoder", coder(false)), list.getSelectionModel().selectedItemProperty()));
        Button both = decision(model, Decision.BOTH, "acceptBoth");
        both.setText(I18n.t("review.both"));
        Button neither = decision(model, Decision.NEITHER, "acceptNeither");
        neither.setText(I18n.t("review.neither"));
        Label hint = new Label(I18n.t("review.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Button adopt = new Button(I18n.t("review.adopt"));
        adopt.setId("adoptAgreements");
        adopt.disableProperty().bind(model.resultProperty().isNull());
        adopt.setOnAction(e -> model.adoptAgreements());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(heading, hint, list, new HBox(6, a, b, both, neither, gap, adopt));
        // The list is replaced after each decision, which clears the selection: go on with the next one.
        // A change listener, as the list view's own (which clears it) runs before it; invalidation listeners run earlier.
        model.openItems().addListener((javafx.collections.ListChangeListener<ReviewItem>) change -> {
            if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
    }

    ListView<ReviewItem> list() {
        return list;
    }

    private String coder(boolean first) {
        ReviewItem item = list.getSelectionModel().getSelectedItem();
        return item == null ? (first ? "A" : "B") : first ? item.coderA() : item.coderB();
    }

    private Button decision(AgreementModel model, Decision decision, String id) {
        Button button = new Button();
        button.setId(id);
        button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> {
            ReviewItem item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.decide(item, decision);
            }
        });
        return button;
    }

    /** Code, transcript, who coded it and the words of the unit. */
    private static final class ItemCell extends ListCell<ReviewItem> {

        @Override
        protected void updateItem(ReviewItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String text = item.text().strip().replaceAll("\\s+", " ");
            if (text.length() > 160) {
                text = text.substring(0, 157) + "…";
            }
            setText(I18n.t("review.item", item.codePath(), item.transcriptName(), String.join(", ", item.codedBy()), text));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
