package nl.codewerk.ui.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.codewerk.agreement.AgreementAnalysis;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.AgreementRow;
import nl.codewerk.agreement.UnitOfComparison;
import nl.codewerk.ui.i18n.I18n;

/**
 * Inter-rater agreement: check two or more coders, choose the unit and (optionally) codes,
 * compare, read the table per code (and, for three or more coders, Cohen's kappa per pair),
 * export it, and review the disagreements of two coders into a consensus coding.
 */
public final class AgreementView extends BorderPane {

    private final AgreementModel model;
    private final VBox coderBoxes = new VBox(4);
    private final Map<String, CheckBox> coderChecks = new LinkedHashMap<>();
    /** The checked coders in the project's order; the first is coder A. */
    private final ObservableList<String> checked = FXCollections.observableArrayList();
    private final ComboBox<UnitOfComparison.Kind> unit = new ComboBox<>();
    private final Spinner<Integer> overlap = new Spinner<>(1, 100, (int) UnitOfComparison.DEFAULT_OVERLAP_PERCENT, 5);
    private final ListView<AgreementModel.CodeChoice> codes = new ListView<>();
    private final AgreementTable table = new AgreementTable();
    private final PairwiseMatrix pairwise = new PairwiseMatrix();
    private final Label unitLine = new Label();

    public AgreementView(AgreementModel model) {
        this.model = model;
        getStyleClass().add("agreement-view");
        setPadding(new Insets(10));
        coderBoxes.setId("agreementCoders");
        coderBoxes.setPadding(new Insets(4));
        model.coders().subscribe(this::showCoders);
        ScrollPane coderList = new ScrollPane(coderBoxes);
        coderList.setFitToWidth(true);
        coderList.setPrefSize(200, 96);
        coderList.setMinWidth(140);
        unit.setId("unit");
        unit.getItems().setAll(UnitOfComparison.Kind.values());
        unit.setValue(UnitOfComparison.Kind.TURN);
        unit.setConverter(names());
        overlap.setId("overlapPercent");
        overlap.setEditable(true);
        overlap.setPrefWidth(80);
        overlap.disableProperty().bind(unit.valueProperty().isNotEqualTo(UnitOfComparison.Kind.OVERLAP));
        codes.setId("agreementCodes");
        codes.setItems(model.codes());
        codes.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        codes.setPrefHeight(140);
        codes.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AgreementModel.CodeChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.path());
            }
        });

        // Why Compare is off, in a line under the coders; empty when it is on.
        StringBinding problem = Bindings.createStringBinding(() -> {
            if (checked.size() < 2) {
                return I18n.t("agreement.coders.tooFew");
            }
            if (checked.size() > 2 && unit.getValue() == UnitOfComparison.Kind.OVERLAP) {
                return I18n.t("agreement.coders.overlapTwo");
            }
            return "";
        }, checked, unit.valueProperty());
        Label coderHint = new Label();
        coderHint.setId("coderHint");
        coderHint.getStyleClass().add("text-muted");
        coderHint.setWrapText(true);
        coderHint.textProperty().bind(problem);
        coderHint.visibleProperty().bind(problem.isNotEmpty());

        Button run = new Button(I18n.t("agreement.run"));
        run.setId("agreementRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(problem.isNotEmpty());
        run.setOnAction(e -> run());
        Button export = new Button(I18n.t("agreement.export"));
        export.setId("agreementExport");
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> model.dialogs().chooseFileToSave(I18n.t("agreement.export"), I18n.t("agreement.fileName"), "xlsx")
                .ifPresent(model::export));

        coderHint.managedProperty().bind(coderHint.visibleProperty());
        GridPane form = new GridPane(10, 6);
        Label codersLabel = new Label(I18n.t("agreement.coders"));
        Label codesLabel = new Label(I18n.t("agreement.codes"));
        codesLabel.setWrapText(true);
        codesLabel.setMaxWidth(140);
        HBox unitChoice = new HBox(10, unit, new Label(I18n.t("agreement.overlap")), overlap);
        unitChoice.setAlignment(Pos.CENTER_LEFT);
        form.addRow(0, codersLabel, new VBox(4, coderList, coderHint));
        form.addRow(1, new Label(I18n.t("agreement.unit")), unitChoice);
        form.add(codesLabel, 2, 0, 1, 2);
        form.add(codes, 3, 0, 1, 2);
        form.add(new VBox(6, run, export), 4, 0, 1, 2);
        GridPane.setValignment(codersLabel, VPos.TOP);
        GridPane.setValignment(codesLabel, VPos.TOP);
        GridPane.setHgrow(codes, Priority.ALWAYS);
        form.setAlignment(Pos.TOP_LEFT);

        unitLine.setId("agreementUnit");
        unitLine.getStyleClass().add("title-4");
        pairwise.setPrefWidth(270);
        pairwise.setMinWidth(220);
        HBox tables = new HBox(table, pairwise);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox results = new VBox(6, unitLine, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().subscribe(this::showPairs);
        SplitPane split = new SplitPane(results, new ReviewPane(model));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        setTop(form);
        setCenter(split);
        model.resultProperty().subscribe(this::show);
    }

    /** One check box per coder of the project; checks survive a reload, the first two are checked at the start. */
    private void showCoders() {
        boolean first = coderChecks.isEmpty();
        Map<String, CheckBox> before = new LinkedHashMap<>(coderChecks);
        coderChecks.clear();
        for (String coder : model.coders()) {
            CheckBox box = before.get(coder);
            if (box == null) {
                box = new CheckBox(coder);
                box.getStyleClass().add("coder-check");
                box.selectedProperty().subscribe(this::collectChecked);
            }
            coderChecks.put(coder, box);
        }
        coderBoxes.getChildren().setAll(coderChecks.values());
        if (first) {
            coderChecks.values().stream().limit(2).forEach(box -> box.setSelected(true));
        }
        collectChecked();
    }

    private void collectChecked() {
        List<String> now = new ArrayList<>();
        coderChecks.forEach((coder, box) -> {
            if (box.isSelected()) {
                now.add(coder);
            }
        });
        if (!now.equals(checked)) {
            checked.setAll(now);
        }
    }

    private void run() {
        UnitOfComparison.Kind kind = unit.getValue();
        UnitOfComparison chosen;
        try {
            chosen = kind == UnitOfComparison.Kind.OVERLAP ? UnitOfComparison.overlap(overlap.getValue()) : UnitOfComparison.of(kind);
        } catch (RuntimeException e) {
            model.dialogs().showError(e);
            return;
        }
        List<String> codeIds = codes.getSelectionModel().getSelectedItems().stream().map(AgreementModel.CodeChoice::id).toList();
        try {
            model.run(new AgreementAnalysis.Request(List.copyOf(checked), chosen, codeIds, List.of()));
        } catch (RuntimeException e) {
            model.dialogs().showError(e);
        }
    }

    private void show(AgreementResult result) {
        boolean many = result != null && result.coders().size() > 2;
        pairwise.setVisible(many);
        pairwise.setManaged(many);
        if (result == null) {
            unitLine.setText(I18n.t("agreement.notRun"));
            table.getItems().clear();
            return;
        }
        unitLine.setText(I18n.t("agreement.unitLine", unitName(result.unit()), String.join(", ", result.coders()),
                result.transcripts().size()));
        table.show(result);
        if (many) {
            // The pairs are read per code: start with the first one so the matrix is never empty.
            table.getSelectionModel().selectFirst();
            showPairs(table.getSelectionModel().getSelectedItem());
        }
    }

    private void showPairs(AgreementRow row) {
        pairwise.show(row, row == null ? List.of() : model.pairwise(row));
    }

    private static String unitName(UnitOfComparison unit) {
        return unit.kind() == UnitOfComparison.Kind.OVERLAP
                ? I18n.t("agreement.unit.overlapAt", unit.overlapPercent()) : name(unit.kind());
    }

    private static String name(UnitOfComparison.Kind kind) {
        return switch (kind) {
            case TURN -> I18n.t("agreement.unit.turn");
            case SENTENCE -> I18n.t("agreement.unit.sentence");
            case PARAGRAPH -> I18n.t("agreement.unit.paragraph");
            case CHARACTER -> I18n.t("agreement.unit.char");
            case OVERLAP -> I18n.t("agreement.unit.overlap");
        };
    }

    private static StringConverter<UnitOfComparison.Kind> names() {
        return new StringConverter<>() {
            @Override
            public String toString(UnitOfComparison.Kind kind) {
                return kind == null ? "" : name(kind);
            }

            @Override
            public UnitOfComparison.Kind fromString(String text) {
                return null;
            }
        };
    }
}
