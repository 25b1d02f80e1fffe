package nl.codewerk.ui.agreement;

import java.util.Comparator;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import nl.codewerk.agreement.AgreementMeasure;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.AgreementRow;
import nl.codewerk.agreement.AgreementValue;
import nl.codewerk.agreement.PresenceCounts;
import nl.codewerk.ui.i18n.I18n;

/**
 * The agreement per code with the pooled row kept last whatever the sort: counts per presence
 * pattern and the measures, chance-corrected values shaded by how good they are.
 */
final class AgreementTable extends TableView<AgreementRow> {

    static final String LOW = "agreement-low";
    static final String MODERATE = "agreement-moderate";
    static final String GOOD = "agreement-good";

    /** How many coders the columns are laid out for: two show both / only A / only B, more show all / some / none. */
    private int coders = 2;

    AgreementTable() {
        setId("agreementTable");
        setPlaceholder(new javafx.scene.control.Label(I18n.t("agreement.empty")));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        layOut(2);
        // Sorting reorders the codes; the pooled row sums them all and belongs below them.
        setSortPolicy(table -> {
            Comparator<AgreementRow> chosen = table.getComparator();
            Comparator<AgreementRow> pooledLast = Comparator.comparing(AgreementRow::pooled);
            FXCollections.sort(table.getItems(), chosen == null ? pooledLast : pooledLast.thenComparing(chosen));
            return true;
        });
    }

    void show(AgreementResult result) {
        if (result.coders().size() != coders) {
            // The constrained policy scales columns from their current widths; new columns laid out
            // while the table still has its old width would keep that scale. Constrain once the
            // table has its new width (the pairwise matrix comes or goes beside it), from the preferred widths.
            setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            layOut(result.coders().size());
            javafx.application.Platform.runLater(() -> setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN));
        }
        getItems().setAll(result.codes());
        getItems().add(result.pooled());
        sort();
    }

    /**
     * Two coders: every measure. Three or more: the measures defined for k coders; Cohen's kappa
     * and Scott's pi are two-rater measures (the core reports them "not defined"), and Cohen's
     * kappa per pair is in the pairwise matrix beside the table instead.
     */
    private void layOut(int coderCount) {
        coders = coderCount;
        getSortOrder().clear();
        getColumns().clear();
        TableColumn<AgreementRow, String> code = new TableColumn<>(I18n.t("agreement.col.code"));
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pooled()
                ? I18n.t("agreement.pooled", c.getValue().codes()) : c.getValue().codePath()));
        // With more coders the pairwise matrix takes room beside the table; the code column gives it.
        code.setPrefWidth(coderCount == 2 ? 230 : 180);
        code.setMinWidth(120);
        // A long name path is cut off in the column: the whole path on hover.
        code.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String path, boolean empty) {
                super.updateItem(path, empty);
                setText(empty ? null : path);
                setTooltip(empty || path == null ? null : new Tooltip(path));
            }
        });
        getColumns().add(code);
        getColumns().add(count(I18n.t("agreement.col.units"), PresenceCounts::units));
        if (coderCount == 2) {
            getColumns().add(count(I18n.t("agreement.col.both"), PresenceCounts::both));
            getColumns().add(count(I18n.t("agreement.col.onlyA"), PresenceCounts::onlyA));
            getColumns().add(count(I18n.t("agreement.col.onlyB"), PresenceCounts::onlyB));
            getColumns().add(count(I18n.t("agreement.col.neither"), PresenceCounts::noCoder));
        } else {
            getColumns().add(count(I18n.t("agreement.col.all"), PresenceCounts::allCoders));
            getColumns().add(count(I18n.t("agreement.col.some"), PresenceCounts::someCoders));
            getColumns().add(count(I18n.t("agreement.col.none"), PresenceCounts::noCoder));
        }
        for (AgreementMeasure m : AgreementMeasure.values()) {
            if (coderCount == 2 || forManyCoders(m)) {
                getColumns().add(measure(m));
            }
        }
    }

    /** The measures the core defines for three or more coders. */
    static boolean forManyCoders(AgreementMeasure measure) {
        return measure != AgreementMeasure.COHEN && measure != AgreementMeasure.SCOTT;
    }

    private static TableColumn<AgreementRow, Number> count(String title, ToLongFunction<PresenceCounts> value) {
        TableColumn<AgreementRow, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue().counts())));
        column.getStyleClass().add("number-column");
        // Wide enough for its header: counts are short, the Dutch headers are not.
        javafx.scene.text.Text text = new javafx.scene.text.Text(title);
        text.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, javafx.scene.text.Font.getDefault().getSize() + 1));
        double header = text.getLayoutBounds().getWidth() + 22;
        column.setPrefWidth(Math.max(64, Math.ceil(header)));
        column.setMinWidth(52);
        return column;
    }

    private static TableColumn<AgreementRow, AgreementValue> measure(AgreementMeasure measure) {
        TableColumn<AgreementRow, AgreementValue> column = new TableColumn<>(title(measure));
        column.setId("measure-" + measure.id());
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value(measure)));
        // Not defined sorts below every number.
        column.setComparator(Comparator.comparingDouble(v -> v == null ? Double.NEGATIVE_INFINITY
                : v.asOptional().orElse(Double.NEGATIVE_INFINITY)));
        column.getStyleClass().add("number-column");
        column.setPrefWidth(measure == AgreementMeasure.PERCENT ? 104 : 86);
        column.setMinWidth(measure == AgreementMeasure.PERCENT ? 92 : 74);
        column.setCellFactory(col -> new ValueCell(measure));
        return column;
    }

    private static String title(AgreementMeasure measure) {
        return switch (measure) {
            case PERCENT -> I18n.t("agreement.measure.percent");
            case COHEN -> I18n.t("agreement.measure.cohen");
            case SCOTT -> I18n.t("agreement.measure.scott");
            case FLEISS -> I18n.t("agreement.measure.fleiss");
            case ALPHA -> I18n.t("agreement.measure.alpha");
            case BP -> I18n.t("agreement.measure.bp");
            case AC1 -> I18n.t("agreement.measure.ac1");
        };
    }

    /** The style class for a chance-corrected value: red below 0.4, amber below 0.67, green from 0.8. */
    static String scale(double value) {
        if (value < 0.4) {
            return LOW;
        }
        if (value < 0.67) {
            return MODERATE;
        }
        return value >= 0.8 ? GOOD : null;
    }

    /** A coefficient as shown: three decimals in the user's language. */
    static String coefficient(double value) {
        return String.format(I18n.locale(), "%.3f", value);
    }

    /** A share as a percentage with one decimal. */
    static String percent(double value) {
        return String.format(I18n.locale(), "%.1f%%", value * 100);
    }

    /** A measure's value: three decimals, or "n.d." with the reason on hover. */
    private static final class ValueCell extends TableCell<AgreementRow, AgreementValue> {

        private final AgreementMeasure measure;

        ValueCell(AgreementMeasure measure) {
            this.measure = measure;
        }

        @Override
        protected void updateItem(AgreementValue value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll(LOW, MODERATE, GOOD);
            setTooltip(null);
            if (empty || value == null) {
                setText(null);
                return;
            }
            switch (value) {
                case AgreementValue.NotDefined(String reason) -> {
                    setText(I18n.t("agreement.notDefined"));
                    setTooltip(new Tooltip(reason));
                }
                case AgreementValue.Defined(double v) -> {
                    setText(measure == AgreementMeasure.PERCENT ? percent(v) : coefficient(v));
                    AgreementRow row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null) {
                        row.interval(measure).ifPresent(ci -> setTooltip(new Tooltip(I18n.t("agreement.interval",
                                coefficient(ci.lower()), coefficient(ci.upper())))));
                    }
                    if (measure != AgreementMeasure.PERCENT) {
                        String style = scale(v);
                        if (style != null) {
                            getStyleClass().add(style);
                        }
                    }
                }
            }
        }
    }
}
