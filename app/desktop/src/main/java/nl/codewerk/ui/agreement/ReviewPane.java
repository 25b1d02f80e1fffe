package nl.codewerk.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.review.Decision;
import nl.codewerk.agreement.review.ReviewItem;
import nl.codewerk.ui.i18n.I18n;

/**
 * The disagreements still open, by code, with what the supervisor decides for the selected one.
 * A decision writes the consensus coding; the item then leaves the list.
 *
 * <p>Review is between two coders (a decision takes A's, B's, both or neither). With three or
 * more compared coders the pane says so and lets the supervisor pick the pair to review.
 */
final class ReviewPane extends VBox {

    private final ListView<ReviewItem> list;
    private final ComboBox<List<String>> pair = new ComboBox<>();

    ReviewPane(AgreementModel model) {
        super(6);
        setPadding(new Insets(6, 0, 0, 0));
        list = new ListView<>(model.openItems());
        list.setId("disagreements");
        Label empty = new Label();
        empty.setId("reviewEmpty");
        empty.textProperty().bind(Bindings.createStringBinding(() -> {
            AgreementResult result = model.resultProperty().get();
            boolean pairMissing = result != null && result.coders().size() > 2 && model.reviewedProperty().get() == null;
            return pairMissing ? I18n.t("review.pickPair") : I18n.t("review.none");
        }, model.resultProperty(), model.reviewedProperty()));
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ItemCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = new Label();
        heading.setId("reviewHeading");
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(Bindings.createStringBinding(() -> heading(model), model.openItems(),
                model.resultProperty(), model.reviewedProperty()));
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
        adopt.disableProperty().bind(model.reviewedProperty().isNull());
        adopt.setOnAction(e -> model.adoptAgreements());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox pairChoice = pairChoice(model);
        getChildren().addAll(heading, pairChoice, hint, list, new HBox(6, a, b, both, neither, gap, adopt));
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

    /** Shown for three or more coders: review goes two at a time, so the supervisor picks the pair. */
    private HBox pairChoice(AgreementModel model) {
        Label message = new Label(I18n.t("review.pairsOnly"));
        message.setId("reviewPairsOnly");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pair.setId("reviewPair");
        pair.setConverter(new StringConverter<>() {
            @Override
            public String toString(List<String> coders) {
                return coders == null ? "" : I18n.t("review.pair", coders.get(0), coders.get(1));
            }

            @Override
            public List<String> fromString(String text) {
                return null;
            }
        });
        Button start = new Button(I18n.t("review.pairRun"));
        start.setId("reviewPairRun");
        start.disableProperty().bind(pair.valueProperty().isNull());
        start.setOnAction(e -> {
            List<String> chosen = pair.getValue();
            if (chosen != null) {
                model.reviewPair(chosen.get(0), chosen.get(1));
            }
        });
        HBox box = new HBox(8, message, pair, start);
        box.setId("reviewPairChoice");
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        model.resultProperty().subscribe(result -> {
            boolean many = result != null && result.coders().size() > 2;
            box.setVisible(many);
            box.setManaged(many);
            pair.getItems().setAll(many ? pairs(result) : List.of());
            pair.getSelectionModel().selectFirst();
        });
        return box;
    }

    private static List<List<String>> pairs(AgreementResult result) {
        List<List<String>> out = new ArrayList<>();
        List<String> coders = result.coders();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                out.add(List.of(coders.get(i), coders.get(j)));
            }
        }
        return out;
    }

    private static String heading(AgreementModel model) {
        AgreementResult result = model.resultProperty().get();
        AgreementResult reviewed = model.reviewedProperty().get();
        if (result == null || result.coders().size() == 2) {
            return I18n.t("review.heading", model.openItems().size());
        }
        if (reviewed == null) {
            return I18n.t("review.headingNoPair");
        }
        return I18n.t("review.headingPair", model.openItems().size(), reviewed.coders().get(0), reviewed.coders().get(1));
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
