package nl.codewerk.ui.agreement;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.codewerk.agreement.AgreementRow;
import nl.codewerk.agreement.AgreementValue;
import nl.codewerk.agreement.PairwiseAgreement;
import nl.codewerk.agreement.PresenceCounts;
import nl.codewerk.ui.i18n.I18n;

/**
 * Cohen's kappa of every pair of coders on the code selected in the table, as a triangle: row
 * coder against column coder, shaded on the table's scale. With three or more coders the table
 * shows the k-coder measures; this says which pair pulls them down.
 */
final class PairwiseMatrix extends VBox {

    static final String CELL = "pairwise-cell";

    private final Label title = new Label();
    private final GridPane grid = new GridPane(4, 4);

    PairwiseMatrix() {
        super(6);
        setId("pairwise");
        getStyleClass().add("pairwise");
        setPadding(new Insets(0, 0, 0, 10));
        title.setId("pairwiseTitle");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        grid.setId("pairwiseMatrix");
        Label hint = new Label(I18n.t("agreement.pairwise.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(title, scroll, hint);
        show(null, List.of());
    }

    /** The pairs of a row of the result (the code, or the pooled row); none to clear. */
    void show(AgreementRow row, List<PairwiseAgreement> pairs) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        if (row == null || pairs.isEmpty()) {
            title.setText(I18n.t("agreement.pairwise.pick"));
            return;
        }
        title.setText(I18n.t("agreement.pairwise.title",
                row.pooled() ? I18n.t("agreement.pooled", row.codes()) : row.codePath()));
        List<String> coders = row.counts().coders();
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.LEFT);
        grid.getColumnConstraints().add(names);
        for (int j = 1; j < coders.size(); j++) {
            ColumnConstraints values = new ColumnConstraints(64, 72, Double.MAX_VALUE);
            values.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(values);
            grid.add(header(coders.get(j)), j, 0);
        }
        // Row i lists coder i against every later coder; the last coder has no row of its own.
        for (int i = 0; i < coders.size() - 1; i++) {
            grid.add(header(coders.get(i)), 0, i + 1);
        }
        int at = 0;
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                grid.add(cell(pairs.get(at++), i, j), j, i + 1);
            }
        }
    }

    private static Label header(String coder) {
        Label label = new Label(coder);
        label.getStyleClass().add("pairwise-coder");
        return label;
    }

    private static Label cell(PairwiseAgreement pair, int i, int j) {
        Label label = new Label();
        label.setId("pair-" + i + "-" + j);
        label.getStyleClass().add(CELL);
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(Double.MAX_VALUE);
        PresenceCounts c = pair.counts();
        String counts = I18n.t("agreement.pairwise.counts", pair.coderA(), pair.coderB(),
                pair.percent().asOptional().isPresent() ? AgreementTable.percent(pair.percent().asOptional().getAsDouble()) : I18n.t("agreement.notDefined"),
                c.both(), c.onlyA(), c.onlyB(), c.neither());
        switch (pair.cohen()) {
            case AgreementValue.NotDefined(String reason) -> {
                label.setText(I18n.t("agreement.notDefined"));
                label.setTooltip(new Tooltip(counts + "\n" + reason));
            }
            case AgreementValue.Defined(double v) -> {
                label.setText(AgreementTable.coefficient(v));
                label.setTooltip(new Tooltip(counts));
                String style = AgreementTable.scale(v);
                if (style != null) {
                    label.getStyleClass().add(style);
                }
            }
        }
        return label;
    }
}
