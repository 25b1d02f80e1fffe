package nl.codewerk.ui.search;

import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import nl.codewerk.search.WordCount;
import nl.codewerk.ui.i18n.I18n;

/** Word frequencies: what to count, the counted words as a sortable table, and export. */
public final class WordsPane extends VBox {

    private final TableView<WordCount> table = new TableView<>();

    public WordsPane(WordsModel model) {
        super(6);
        getStyleClass().add("words-pane");
        setPadding(new Insets(6));

        CheckBox openOnly = new CheckBox(I18n.t("words.openTranscriptOnly"));
        openOnly.setId("wordsOpenOnly");
        openOnly.selectedProperty().bindBidirectional(model.openTranscriptOnlyProperty());
        CheckBox stopWords = new CheckBox(I18n.t("words.stopWords"));
        stopWords.setId("wordsStopWords");
        stopWords.selectedProperty().bindBidirectional(model.includeStopWordsProperty());
        Label topLabel = new Label(I18n.t("words.top"));
        Spinner<Integer> top = new Spinner<>(0, 100_000, model.topProperty().get(), 50);
        top.setId("wordsTop");
        top.setEditable(true);
        top.setPrefWidth(100);
        top.valueProperty().subscribe(value -> model.topProperty().set(value == null ? 0 : value));
        topLabel.setLabelFor(top);
        Button count = new Button(I18n.t("words.count"));
        count.setId("wordsCount");
        count.setOnAction(e -> model.count());
        Button export = new Button(I18n.t("words.export"));
        export.setId("wordsExport");
        export.disableProperty().bind(Bindings.isNull(model.listProperty()));
        export.setOnAction(e -> model.export());
        FlowPane controls = new FlowPane(8, 6, openOnly, stopWords, topLabel, top, count, export);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("wordsSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        model.listProperty().subscribe(list -> summary.setText(list == null ? I18n.t("words.none")
                : I18n.t("words.summary", list.totalWords(), list.distinctWords(), model.scopeName())));

        table.setId("wordsTable");
        table.setPlaceholder(new Label(I18n.t("words.empty")));
        table.getColumns().addAll(List.of(
                column(I18n.t("words.column.word"), WordCount::word, 160),
                column(I18n.t("words.column.count"), WordCount::count, 80),
                column(I18n.t("words.column.transcripts"), WordCount::transcripts, 90),
                column(I18n.t("words.column.share"), (WordCount w) -> new Share(w.share()), 80)));
        SortedList<WordCount> sorted = new SortedList<>(model.words());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(controls, summary, table);
    }

    public TableView<WordCount> table() {
        return table;
    }

    private static <T extends Comparable<T>> TableColumn<WordCount, T> column(String title, Function<WordCount, T> value, double width) {
        TableColumn<WordCount, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A fraction shown as a percentage that still sorts as a number. */
    private record Share(double value) implements Comparable<Share> {

        @Override
        public int compareTo(Share other) {
            return Double.compare(value, other.value);
        }

        @Override
        public String toString() {
            return String.format(I18n.locale(), "%.2f %%", value * 100);
        }
    }
}
