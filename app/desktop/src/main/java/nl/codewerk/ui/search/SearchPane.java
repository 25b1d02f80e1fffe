package nl.codewerk.ui.search;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;

import nl.codewerk.codebook.Code;
import nl.codewerk.search.AutocodeScope;
import nl.codewerk.search.SearchHit;
import nl.codewerk.ui.codebook.CodebookModel;
import nl.codewerk.ui.codebook.CodebookState;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.transcript.TranscriptListModel;
import nl.codewerk.ui.transcript.TranscriptRow;

/**
 * Find in transcripts: a query with its filters, the hits as keyword in context (sortable by
 * any column), the hits per transcript and per code, and autocoding the hits. Enter or a
 * double-click on a hit opens it selected in its transcript.
 */
public final class SearchPane extends VBox {

    private final SearchModel model;
    private final TextField query = new TextField();
    private final TableView<SearchHit> table = new TableView<>();

    public SearchPane(SearchModel model, TranscriptListModel transcripts, CodebookModel codebook) {
        super(6);
        this.model = model;
        getStyleClass().add("search-pane");
        setPadding(new Insets(6));

        query.setId("searchQuery");
        query.setPromptText(I18n.t("search.prompt"));
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button find = new Button(I18n.t("search.find"));
        find.setId("searchFind");
        find.setDefaultButton(false);
        find.setOnAction(e -> model.search());
        HBox queryRow = new HBox(6, query, find);
        queryRow.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(I18n.t("search.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // One line under the field; the whole of it also as the field's tooltip when it is cut.
        hint.setTooltip(new Tooltip(I18n.t("search.hint")));
        query.setTooltip(new Tooltip(I18n.t("search.hint")));

        Label problem = new Label();
        problem.setId("searchProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        getChildren().addAll(queryRow, hint, problem, filters(transcripts, codebook), counts(), hitTable(), autocode(codebook));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public TextField query() {
        return query;
    }

    public TableView<SearchHit> table() {
        return table;
    }

    private FlowPane filters(TranscriptListModel transcripts, CodebookModel codebook) {
        TextField speaker = new TextField();
        speaker.setId("searchSpeaker");
        speaker.setPromptText(I18n.t("search.speaker"));
        speaker.setPrefColumnCount(7);
        speaker.textProperty().bindBidirectional(model.speakerProperty());
        speaker.setOnAction(e -> model.search());
        CheckBox respondents = new CheckBox(I18n.t("search.respondents"));
        respondents.setId("searchRespondents");
        respondents.selectedProperty().bindBidirectional(model.respondentsOnlyProperty());

        ComboBox<TranscriptRow> transcript = new ComboBox<>();
        transcript.setId("searchTranscript");
        transcript.setPromptText(I18n.t("search.allTranscripts"));
        transcript.setPrefWidth(170);
        Runnable fillTranscripts = () -> {
            List<TranscriptRow> rows = new ArrayList<>();
            rows.add(null);
            rows.addAll(transcripts.rows());
            transcript.getItems().setAll(rows);
        };
        fillTranscripts.run();
        transcripts.rows().addListener((ListChangeListener<TranscriptRow>) change -> fillTranscripts.run());
        transcript.setConverter(names(row -> row.name(), I18n.t("search.allTranscripts")));
        transcript.valueProperty().addListener((obs, old, row) -> model.transcriptIdProperty().set(row == null ? null : row.id()));

        ComboBox<Code> code = codeChoice(codebook, I18n.t("search.anyCode"), true);
        code.setId("searchCode");
        code.setPrefWidth(190);
        code.valueProperty().bindBidirectional(model.codeProperty());
        CheckBox uncoded = new CheckBox(I18n.t("search.uncoded"));
        uncoded.setId("searchUncoded");
        uncoded.selectedProperty().bindBidirectional(model.uncodedProperty());

        FlowPane row = new FlowPane(8, 6, speaker, respondents, transcript, code, uncoded);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox counts() {
        Label total = new Label();
        total.setId("searchTotal");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        Label perTranscript = new Label();
        perTranscript.setId("searchPerTranscript");
        perTranscript.setWrapText(true);
        Label perCode = new Label();
        perCode.setId("searchPerCode");
        perCode.setWrapText(true);
        perCode.getStyleClass().add(Styles.TEXT_MUTED);
        model.resultProperty().subscribe(result -> {
            total.setText(result == null ? I18n.t("search.none") : I18n.t("search.total", result.total(), result.turns()));
            perTranscript.setText(result == null || result.perTranscript().isEmpty() ? ""
                    : I18n.t("search.perTranscript", SearchModel.summary(result.perTranscript())));
            perCode.setText(result == null || result.perCode().isEmpty() ? "" : I18n.t("search.perCode", SearchModel.summary(result.perCode())));
        });
        return new VBox(2, total, perTranscript, perCode);
    }

    private TableView<SearchHit> hitTable() {
        table.setId("searchHits");
        table.setPlaceholder(new Label(I18n.t("search.empty")));
        TableColumn<SearchHit, String> transcript = column(I18n.t("search.column.transcript"), SearchHit::transcriptName, 110);
        TableColumn<SearchHit, String> speaker = column(I18n.t("search.column.speaker"), h -> h.speaker() == null ? "" : h.speaker(), 70);
        TableColumn<SearchHit, String> before = column(I18n.t("search.column.before"), SearchHit::before, 180);
        // The words next to the match matter most: cut the context before it at its start.
        before.setCellFactory(c -> {
            TableCell<SearchHit, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            };
            cell.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        TableColumn<SearchHit, String> match = column(I18n.t("search.column.match"), SearchHit::match, 150);
        // The matched words in bold, between the context before (right-aligned) and after.
        match.setCellFactory(c -> {
            TableCell<SearchHit, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            };
            cell.getStyleClass().add(Styles.TEXT_BOLD);
            return cell;
        });
        TableColumn<SearchHit, String> after = column(I18n.t("search.column.after"), SearchHit::after, 180);
        table.getColumns().addAll(List.of(transcript, speaker, before, match, after));
        // All columns share the pane's width, so the match and the words after it are never
        // pushed out of sight behind a horizontal scroll bar; the match keeps room for a phrase.
        match.setMinWidth(90);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Sorting by a column sorts a view of the hits, so a new search keeps the chosen order.
        SortedList<SearchHit> sorted = new SortedList<>(model.hits());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                jump();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump();
                e.consume();
            }
        });
        return table;
    }

    private static TableColumn<SearchHit, String> column(String title, java.util.function.Function<SearchHit, String> value, double width) {
        TableColumn<SearchHit, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void jump() {
        SearchHit hit = table.getSelectionModel().getSelectedItem();
        if (hit != null) {
            model.jumpTo(hit);
        }
    }

    private HBox autocode(CodebookModel codebook) {
        Label title = new Label(I18n.t("search.autocode"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<Code> code = codeChoice(codebook, I18n.t("search.autocode.code"), false);
        code.setId("autocodeCode");
        code.setPrefWidth(190);
        title.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<AutocodeScope> scope = new ComboBox<>();
        scope.setId("autocodeScope");
        scope.getItems().setAll(AutocodeScope.values());
        scope.setValue(AutocodeScope.HIT);
        scope.setConverter(names(SearchPane::scopeName, ""));
        Button preview = new Button(I18n.t("search.autocode.previewButton"));
        preview.setId("autocodePreview");
        preview.setOnAction(e -> model.previewAutocode(code.getValue(), scope.getValue()));
        Button apply = new Button(I18n.t("search.autocode.apply"));
        apply.setId("autocodeApply");
        apply.setOnAction(e -> model.applyAutocode(code.getValue(), scope.getValue()));
        preview.disableProperty().bind(Bindings.isNull(code.valueProperty()).or(Bindings.isNull(model.resultProperty())));
        apply.disableProperty().bind(preview.disableProperty());
        Label message = new Label();
        message.setId("autocodeMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.autocodeMessageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        preview.setMinWidth(Region.USE_PREF_SIZE);
        apply.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, title, code, scope, preview, apply, message);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static String scopeName(AutocodeScope scope) {
        return switch (scope) {
            case HIT -> I18n.t("search.scope.hit");
            case SENTENCE -> I18n.t("search.scope.sentence");
            case PARAGRAPH -> I18n.t("search.scope.paragraph");
            case TURN -> I18n.t("search.scope.turn");
        };
    }

    /** The codes of the codebook in tree order, named by their path; kept current as the codebook changes. */
    private static ComboBox<Code> codeChoice(CodebookModel codebook, String none, boolean allowNone) {
        ComboBox<Code> box = new ComboBox<>();
        box.setPromptText(none);
        codebook.stateProperty().subscribe(state -> {
            Code chosen = box.getValue();
            List<Code> codes = new ArrayList<>();
            if (allowNone) {
                codes.add(null);
            }
            codes.addAll(state.codebook().inTreeOrder());
            box.getItems().setAll(codes);
            box.setValue(chosen == null ? null : state.code(chosen.id()).orElse(null));
        });
        box.setConverter(names(code -> pathOf(codebook.state(), code), none));
        return box;
    }

    private static String pathOf(CodebookState state, Code code) {
        String path = state.pathText(code.id());
        return path == null || path.isEmpty() ? code.name() : path;
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? none : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
