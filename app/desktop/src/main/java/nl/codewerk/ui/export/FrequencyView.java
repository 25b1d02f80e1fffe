package nl.codewerk.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import nl.codewerk.export.freq.FrequencyTable;
import nl.codewerk.ui.i18n.I18n;

/**
 * Frequencies: per code the cases mentioning it (n and %), its codings and the words coded, and
 * a bar chart of the ten codes most cases mention, to save as PNG or SVG.
 */
public final class FrequencyView extends BorderPane {

    static final int TOP = 10;
    /** Style classes shading the % of cases, from few to most. */
    static final List<String> SCALE = List.of("freq-0", "freq-1", "freq-2", "freq-3");

    private final ExportModel model;
    private final TableView<FrequencyTable.Row> table = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private FrequencyTable shown;

    public FrequencyView(ExportModel model) {
        this.model = model;
        setPadding(new Insets(10));
        table.setId("frequencyTable");
        table.setPlaceholder(new Label(I18n.t("freq.empty")));
        TableColumn<FrequencyTable.Row, String> code = new TableColumn<>(I18n.t("freq.col.code"));
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("    ".repeat(c.getValue().depth())
                + (c.getValue().code() == null ? I18n.t("freq.total") : c.getValue().code().name())));
        code.setPrefWidth(260);
        TableColumn<FrequencyTable.Row, Number> n = number(I18n.t("freq.col.n"), r -> r.counts().subtree().cases());
        TableColumn<FrequencyTable.Row, Number> percent = number(I18n.t("freq.col.percent"), r -> r.counts().subtree().percentRounded());
        percent.setCellFactory(col -> new PercentCell());
        TableColumn<FrequencyTable.Row, Number> codings = number(I18n.t("freq.col.codings"), r -> r.counts().subtree().codings());
        TableColumn<FrequencyTable.Row, Number> words = number(I18n.t("freq.col.words"), r -> r.counts().subtree().words());
        table.getColumns().addAll(List.of(code, n, percent, codings, words));
        // The totals row stays below the codes whatever the sort.
        table.setSortPolicy(t -> {
            java.util.Comparator<FrequencyTable.Row> totalLast = java.util.Comparator.comparing(r -> r.code() == null);
            javafx.collections.FXCollections.sort(t.getItems(), t.getComparator() == null ? totalLast : totalLast.thenComparing(t.getComparator()));
            return true;
        });

        chart.setId("frequencyChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(I18n.t("freq.chartTitle", TOP));
        chart.getYAxis().setLabel(I18n.t("freq.col.n"));
        Button png = new Button(I18n.t("freq.savePng"));
        png.setId("savePng");
        png.setOnAction(e -> savePng());
        Button svg = new Button(I18n.t("freq.saveSvg"));
        svg.setId("saveSvg");
        svg.setOnAction(e -> {
            if (shown != null) {
                model.saveSvg(shown, TOP);
            }
        });
        Button refresh = new Button(I18n.t("freq.refresh"));
        refresh.setId("frequencyRefresh");
        refresh.setOnAction(e -> model.frequencies(this::show));
        VBox right = new VBox(6, chart, new HBox(6, png, svg, refresh));
        VBox.setVgrow(chart, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        model.frequencies(this::show);
    }

    private void show(FrequencyTable frequencies) {
        shown = frequencies;
        table.getItems().setAll(frequencies.rows());
        table.getItems().add(frequencies.total());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (FrequencyTable.Row row : ExportModel.top(frequencies, TOP)) {
            series.getData().add(new XYChart.Data<>(row.code().name(), row.counts().subtree().cases()));
        }
        chart.getData().setAll(List.of(series));
    }

    private void savePng() {
        WritableImage image = chart.snapshot(null, null);
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        model.dialogs().chooseFileToSave(I18n.t("freq.savePng"), I18n.t("freq.chartName"), "png").ifPresent(file ->
                model.write(file, progress -> {
                    if (!ImageIO.write(pixels, "png", file.toFile())) {
                        throw new java.io.IOException("no PNG writer");
                    }
                }));
    }

    private static TableColumn<FrequencyTable.Row, Number> number(String title,
            java.util.function.Function<FrequencyTable.Row, Number> value) {
        TableColumn<FrequencyTable.Row, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getStyleClass().add("number-column");
        column.setPrefWidth(80);
        return column;
    }

    /** The style class for a % of cases: quarters of the scale. */
    static String scale(double percent) {
        return SCALE.get(Math.min(3, Math.max(0, (int) (percent / 25))));
    }

    private static final class PercentCell extends TableCell<FrequencyTable.Row, Number> {
        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll(SCALE);
            if (empty || value == null) {
                setText(null);
                return;
            }
            setText(String.format(I18n.locale(), "%.1f", value.doubleValue()));
            getStyleClass().add(scale(value.doubleValue()));
        }
    }
}
