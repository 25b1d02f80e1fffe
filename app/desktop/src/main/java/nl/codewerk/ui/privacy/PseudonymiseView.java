package nl.codewerk.ui.privacy;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.codewerk.privacy.PseudonymPreview;
import nl.codewerk.ui.i18n.I18n;

/**
 * Pseudonymise: a table of replacements (original, what it becomes), a preview of each place
 * that changes with its context, and Apply.
 */
public final class PseudonymiseView extends BorderPane {

    private final PseudonymiseModel model;
    private final ListView<String> preview = new ListView<>();
    private final Label previewHeading = new Label(I18n.t("pseudo.previewNone"));

    public PseudonymiseView(PseudonymiseModel model, Runnable close) {
        this.model = model;
        setPadding(new Insets(10));
        TableView<PseudonymiseModel.Entry> table = new TableView<>(model.entries());
        table.setId("pseudonymTable");
        table.setEditable(true);
        table.setPlaceholder(new Label(I18n.t("pseudo.noCandidates")));
        TableColumn<PseudonymiseModel.Entry, String> original = new TableColumn<>(I18n.t("pseudo.col.original"));
        original.setCellValueFactory(c -> c.getValue().originalProperty());
        original.setCellFactory(TextFieldTableCell.forTableColumn());
        original.setPrefWidth(200);
        TableColumn<PseudonymiseModel.Entry, String> replacement = new TableColumn<>(I18n.t("pseudo.col.replacement"));
        replacement.setCellValueFactory(c -> c.getValue().replacementProperty());
        replacement.setCellFactory(TextFieldTableCell.forTableColumn());
        replacement.setPrefWidth(200);
        TableColumn<PseudonymiseModel.Entry, Number> count = new TableColumn<>(I18n.t("pseudo.col.count"));
        count.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.getStyleClass().add("number-column");
        table.getColumns().addAll(List.of(original, replacement, count));
        Button add = new Button(I18n.t("pseudo.add"));
        add.setId("pseudonymAdd");
        add.setOnAction(e -> {
            model.entries().add(0, new PseudonymiseModel.Entry("", "", 0));
            table.getSelectionModel().select(0);
            table.edit(0, original);
        });
        Label hint = new Label(I18n.t("pseudo.hint"));
        hint.setWrapText(true);
        VBox left = new VBox(6, hint, table, new HBox(6, add));
        VBox.setVgrow(table, Priority.ALWAYS);

        preview.setId("pseudonymPreview");
        preview.setPlaceholder(new Label(I18n.t("pseudo.previewEmpty")));
        previewHeading.setId("pseudonymPreviewHeading");
        previewHeading.setWrapText(true);
        VBox right = new VBox(6, previewHeading, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);

        Button previewButton = new Button(I18n.t("pseudo.preview"));
        previewButton.setId("pseudonymPreviewButton");
        previewButton.setOnAction(e -> model.preview(this::show));
        Button apply = new Button(I18n.t("pseudo.apply"));
        apply.setId("pseudonymApply");
        apply.getStyleClass().add("danger");
        apply.setOnAction(e -> model.apply(close));
        Button cancel = new Button(I18n.t("dialog.close"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, previewButton, gap, apply, cancel);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        setCenter(split);
        setBottom(buttons);
        model.load();
    }

    private void show(PseudonymPreview result) {
        List<String> lines = new ArrayList<>();
        for (PseudonymPreview.PerTranscript t : result.transcripts()) {
            lines.add(I18n.t("pseudo.perTranscript", t.name(), t.total()));
        }
        for (PseudonymPreview.Place p : result.places()) {
            lines.add(I18n.t("pseudo.place", p.owner(), p.before(), p.found(), p.after(), p.replacement()));
        }
        previewHeading.setText(I18n.t("pseudo.previewTotal", result.total()));
        preview.getItems().setAll(lines);
    }
}
