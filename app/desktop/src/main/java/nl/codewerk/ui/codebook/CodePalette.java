package nl.codewerk.ui.codebook;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import nl.codewerk.codebook.Code;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.i18n.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The Ctrl+K palette: type a few letters of a code, press Enter. When no code matches and
 * creating is allowed, the first entry creates a code of that name.
 */
public final class CodePalette {

    /** The code picked, or the name of a code to create. */
    public record Choice(Code existing, String newName) {
    }

    private record Entry(Code code, String path, String newName) {
    }

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final TextField search = new TextField();
    private final ListView<Entry> list = new ListView<>();
    private final CodebookState state;
    private final boolean allowCreate;
    private final Consumer<Choice> onChoice;

    private CodePalette(Window owner, CodebookState state, String title, boolean allowCreate, Consumer<Choice> onChoice) {
        this.state = state;
        this.allowCreate = allowCreate;
        this.onChoice = onChoice;
        stage.initOwner(owner);
        stage.setTitle(title);
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        search.setId("paletteSearch");
        search.setPromptText(allowCreate ? I18n.t("palette.promptCreate") : I18n.t("palette.prompt"));
        search.textProperty().addListener((obs, old, now) -> filter(now));
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        list.setId("paletteList");
        list.setPrefHeight(300);
        list.setCellFactory(view -> new EntryCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                pick();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        VBox box = new VBox(8, heading, search, list);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("code-palette");
        Scene scene = new Scene(box, 460, 380);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            box.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered("dark"::equals));
        }
        stage.setScene(scene);
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                stage.close();
            }
        });
        filter("");
    }

    /** Opens the palette over {@code owner}; {@code onChoice} runs when a code is picked. */
    public static void show(Window owner, CodebookState state, String title, boolean allowCreate, Consumer<Choice> onChoice) {
        CodePalette palette = new CodePalette(owner, state, title, allowCreate, onChoice);
        palette.stage.setX(owner.getX() + (owner.getWidth() - 460) / 2);
        palette.stage.setY(owner.getY() + Math.min(120, owner.getHeight() / 6));
        palette.stage.show();
        palette.stage.requestFocus();
        palette.search.requestFocus();
    }

    private void keys(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> {
                stage.close();
                e.consume();
            }
            case ENTER -> {
                pick();
                e.consume();
            }
            case DOWN -> {
                list.getSelectionModel().selectNext();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
            case UP -> {
                list.getSelectionModel().selectPrevious();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
            default -> {
            }
        }
    }

    private void filter(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<Entry> matches = new ArrayList<>();
        boolean exact = false;
        for (Code code : state.codebook().inTreeOrder()) {
            String path = state.pathText(code.id());
            String name = code.name().toLowerCase(Locale.ROOT);
            if (needle.isEmpty() || name.contains(needle) || path.toLowerCase(Locale.ROOT).contains(needle)) {
                matches.add(new Entry(code, path, null));
                exact |= name.equals(needle);
            }
        }
        if (!needle.isEmpty()) {
            // Names that start with what was typed come first, then the tree order.
            matches.sort(Comparator.comparing((Entry e) -> !e.code().name().toLowerCase(Locale.ROOT).startsWith(needle)));
        }
        if (allowCreate && !needle.isEmpty() && !exact) {
            matches.add(new Entry(null, null, text.strip()));
        }
        list.getItems().setAll(matches);
        list.getSelectionModel().selectFirst();
    }

    private void pick() {
        Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        stage.close();
        onChoice.accept(new Choice(entry.code(), entry.newName()));
    }

    private final class EntryCell extends ListCell<Entry> {

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
            } else if (entry.code() == null) {
                setText(I18n.t("palette.create", entry.newName()));
                setGraphic(Icons.of(MaterialDesignT.TAG_PLUS_OUTLINE));
            } else {
                Label path = new Label(entry.path());
                HBox row = new HBox(8, new Circle(6, Color.web(entry.code().color())), path);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
            }
        }
    }
}
