package nl.codewerk.ui.agreement;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.codewerk.agreement.AgreementAnalysis;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.UnitOfComparison;
import nl.codewerk.ui.i18n.I18n;

/**
 * Inter-rater agreement: choose two coders, the unit and (optionally) codes, compare, read the
 * table per code, export it, and review the disagreements into a consensus coding.
 */
public final class AgreementView extends BorderPane {

    private final AgreementModel model;
    private final ComboBox<String> coderA = new ComboBox<>();
    private final ComboBox<String> coderB = new ComboBox<>();
    private final ComboBox<UnitOfComparison.Kind> unit = new ComboBox<>();
    private final Spinner<Integer> overlap = new Spinner<>(1, 100, (int) UnitOfComparison.DEFAULT_OVERLAP_PERCENT, 5);
    private final ListView<AgreementModel.CodeChoice> codes = new ListView<>();
    private final AgreementTable table = new AgreementTable();
    private final Label unitLine = new Label();

    public AgreementView(AgreementModel model) {
        this.model = model;
        getStyleClass().add("agreement-view");
        setPadding(new Insets(10));
        coderA.setId("coderA");
        coderB.setId("coderB");
        coderA.setItems(model.coders());
        coderB.setItems(model.coders());
        model.coders().subscribe(this::preselectCoders);
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
        codes.setPrefHeight(110);
        codes.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AgreementModel.CodeChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.path());
            }
        });

        Button run = new Button(I18n.t("agreement.run"));
        run.setId("agreementRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(coderA.valueProperty().isNull().or(coderB.valueProperty().isNull()));
        run.setOnAction(e -> run());
        Button export = new Button(I18n.t("agreement.export"));
        export.setId("agreementExport");
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> model.dialogs().chooseFileToSave(I18n.t("agreement.export"), I18n.t("agreement.fileName"), "xlsx")
                .ifPresent(model::export));

        GridPane form = new GridPane(10, 6);
        form.addRow(0, new Label(I18n.t("agreement.coderA")), coderA, new Label(I18n.t("agreement.unit")), unit,
                new Label(I18n.t("agreement.overlap")), overlap);
        form.addRow(1, new Label(I18n.t("agreement.coderB")), coderB);
        Label codesLabel = new Label(I18n.t("agreement.codes"));
        codesLabel.setWrapText(true);
        codesLabel.setMaxWidth(140);
        form.add(codesLabel, 0, 2);
        form.add(codes, 1, 2, 5, 1);
        form.add(new VBox(6, run, export), 6, 0, 1, 3);
        GridPane.setHgrow(codes, Priority.ALWAYS);
        form.setAlignment(Pos.TOP_LEFT);

        unitLine.setId("agreementUnit");
        unitLine.getStyleClass().add("title-4");
        VBox results = new VBox(6, unitLine, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(results, new ReviewPane(model));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        setTop(form);
        setCenter(split);
        model.resultProperty().subscribe(this::show);
    }

    private void preselectCoders() {
        List<String> all = model.coders();
        if (coderA.getValue() == null && !all.isEmpty()) {
            coderA.setValue(all.getFirst());
        }
        if (coderB.getValue() == null && all.size() > 1) {
            coderB.setValue(all.get(1));
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
            model.run(new AgreementAnalysis.Request(List.of(coderA.getValue(), coderB.getValue()), chosen, codeIds, List.of()));
        } catch (RuntimeException e) {
            model.dialogs().showError(e);
        }
    }

    private void show(AgreementResult result) {
        if (result == null) {
            unitLine.setText(I18n.t("agreement.notRun"));
            table.getItems().clear();
            return;
        }
        unitLine.setText(I18n.t("agreement.unitLine", unitName(result.unit()), String.join(", ", result.coders()),
                result.transcripts().size()));
        table.show(result);
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
