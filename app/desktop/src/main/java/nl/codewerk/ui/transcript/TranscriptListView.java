package nl.codewerk.ui.transcript;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.Comparator;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.common.PaneHeader;
import nl.codewerk.ui.i18n.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The transcript list: name, words, turns and one sortable column per case attribute. */
public final class TranscriptListView extends VBox {

    private final TableView<TranscriptRow> table = new TableView<>();
    private final TranscriptListModel model;
    private final int fixedColumns;

    public TranscriptListView(TranscriptListModel model, LongConsumer open) {
        this.model = model;
        getStyleClass().add("pane");
        table.setId("transcriptTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setItems(model.rows());
        table.setPlaceholder(new Label(I18n.t("transcripts.empty")));
        // Columns keep their width and the table scrolls sideways: a narrow pane must not squeeze names to "I...".
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        TableColumn<TranscriptRow, String> name = new TableColumn<>(I18n.t("transcripts.name"));
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        name.setPrefWidth(140);
        TableColumn<TranscriptRow, Integer> words = new TableColumn<>(I18n.t("transcripts.words"));
        words.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().words()));
        words.getStyleClass().add("number-column");
        words.setPrefWidth(headerWidth(words.getText()));
        TableColumn<TranscriptRow, Integer> turns = new TableColumn<>(I18n.t("transcripts.turns"));
        turns.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().turns()));
        turns.getStyleClass().add("number-column");
        turns.setPrefWidth(headerWidth(turns.getText()));
        table.getColumns().add(name);
        table.getColumns().add(words);
        table.getColumns().add(turns);
        fixedColumns = table.getColumns().size();
        model.attributeNames().addListener((ListChangeListener<String>) change -> attributeColumns());
        attributeColumns();

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                open.accept(row.id());
            }
        });
        table.setOnKeyPressed(e -> {
            TranscriptRow row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                open.accept(row.id());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new PaneHeader(I18n.t("transcripts.title"), Icons.of(MaterialDesignF.FILE_DOCUMENT_MULTIPLE_OUTLINE)), table);
    }

    public TableView<TranscriptRow> table() {
        return table;
    }

    /** Selects the transcript's row without opening it again. */
    public void showSelected(long transcriptId) {
        for (TranscriptRow row : model.rows()) {
            if (row.id() == transcriptId && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        }
    }

    private void attributeColumns() {
        table.getColumns().remove(fixedColumns, table.getColumns().size());
        for (String attribute : model.attributeNames()) {
            TableColumn<TranscriptRow, Object> column = new TableColumn<>(attribute);
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().attributes().get(attribute)));
            column.setComparator(TranscriptListView::compareValues);
            column.setPrefWidth(Math.max(70, headerWidth(attribute)));
            column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : AttributeValues.display(item, I18n.locale()));
                }
            });
            table.getColumns().add(column);
        }
    }

    /** Wide enough for the header and its sort arrow, in either language. */
    private static double headerWidth(String header) {
        return Math.max(56, header.length() * 8 + 26);
    }

    /** Values of one attribute share a type; empty cells sort last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return Comparator.<String>naturalOrder().compare(String.valueOf(a), String.valueOf(b));
    }
}
