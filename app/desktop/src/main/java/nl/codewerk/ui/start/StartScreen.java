package nl.codewerk.ui.start;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.common.ShellActions;
import nl.codewerk.ui.common.ViewMenu;
import nl.codewerk.ui.i18n.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The first screen: start a project, open one, or try the demo. */
public final class StartScreen extends BorderPane {

    private final StartModel model;

    public StartScreen(StartModel model, ShellActions shell) {
        this.model = model;
        getStyleClass().add("start-screen");
        setTop(menuBar(shell));
        HBox cards = new HBox(24, actions(), recent());
        cards.setAlignment(Pos.CENTER);
        cards.setPadding(new Insets(32));
        cards.setMaxWidth(1040);
        VBox page = new VBox(24, header(), cards);
        page.setAlignment(Pos.TOP_CENTER);
        page.setPadding(new Insets(48, 32, 32, 32));
        setCenter(page);
        model.refreshRecent();
    }

    private MenuBar menuBar(ShellActions shell) {
        MenuItem newProject = new MenuItem(I18n.t("menu.project.new"), Icons.of(MaterialDesignF.FILE_PLUS_OUTLINE));
        newProject.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newProject.setOnAction(e -> model.createNew());
        MenuItem open = new MenuItem(I18n.t("menu.project.open"), Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> model.openChosen());
        MenuItem demo = new MenuItem(I18n.t("start.demo"), Icons.of(MaterialDesignR.ROCKET_LAUNCH_OUTLINE));
        demo.setOnAction(e -> model.openDemo());
        demo.setDisable(!model.demoAvailable());
        MenuItem restoreItem = new MenuItem(I18n.t("start.restoreBackup"), Icons.of(MaterialDesignF.FILE_RESTORE_OUTLINE));
        restoreItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+B"));
        restoreItem.setOnAction(e -> model.restoreBackup());
        MenuItem quit = new MenuItem(I18n.t("menu.project.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> shell.quit());
        Menu project = new Menu(I18n.t("menu.project"), null, newProject, open, demo, restoreItem, new SeparatorMenuItem(), quit);
        Menu view = new Menu(I18n.t("menu.view"));
        view.setId("viewMenu");
        ViewMenu.addSettings(view, shell);
        return new MenuBar(project, view);
    }

    private VBox header() {
        Label title = new Label(I18n.t("app.name"));
        title.getStyleClass().addAll(Styles.TITLE_1, "app-name");
        Label subtitle = new Label(I18n.t("start.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        VBox header = new VBox(4, title, subtitle);
        header.setAlignment(Pos.CENTER);
        return header;
    }

    private VBox actions() {
        Label heading = new Label(I18n.t("start.begin"));
        heading.getStyleClass().add(Styles.TITLE_4);

        ComboBox<StartingCodebook> codebook = new ComboBox<>();
        codebook.setId("startingCodebook");
        codebook.getItems().setAll(StartingCodebook.values());
        codebook.valueProperty().bindBidirectional(model.startingCodebookProperty());
        codebook.setConverter(new StringConverter<>() {
            @Override
            public String toString(StartingCodebook value) {
                return value == null ? "" : value.displayName();
            }

            @Override
            public StartingCodebook fromString(String string) {
                return null;
            }
        });
        codebook.setMaxWidth(Double.MAX_VALUE);
        Label codebookLabel = new Label(I18n.t("start.startingCodebook"));
        codebookLabel.setLabelFor(codebook);

        Button create = new Button(I18n.t("start.newProject"), Icons.of(MaterialDesignF.FILE_PLUS_OUTLINE));
        create.setId("newProjectButton");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.setMaxWidth(Double.MAX_VALUE);
        create.setOnAction(e -> model.createNew());

        Button open = new Button(I18n.t("start.openProject"), Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("openProjectButton");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> model.openChosen());

        Button demo = new Button(I18n.t("start.demo"), Icons.of(MaterialDesignR.ROCKET_LAUNCH_OUTLINE));
        demo.setId("demoButton");
        demo.setMaxWidth(Double.MAX_VALUE);
        demo.setOnAction(e -> model.openDemo());
        demo.setDisable(!model.demoAvailable());

        Button restore = new Button(I18n.t("start.restoreBackup"), Icons.of(MaterialDesignF.FILE_RESTORE_OUTLINE));
        restore.setId("restoreBackupButton");
        restore.setMaxWidth(Double.MAX_VALUE);
        restore.setOnAction(e -> model.restoreBackup());

        TextField coder = new TextField(model.coder());
        coder.setId("coderField");
        coder.setOnAction(e -> model.setCoder(coder.getText()));
        coder.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.setCoder(coder.getText());
            }
        });
        Label coderLabel = new Label(I18n.t("start.coder"));
        coderLabel.setLabelFor(coder);
        Label coderHint = new Label(I18n.t("start.coderHint"));
        coderHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        coderHint.setWrapText(true);

        Region gap = new Region();
        gap.setMinHeight(8);
        VBox box = new VBox(10, heading, codebookLabel, codebook, create, gap, open, demo, restore, new Region(), coderLabel, coder, coderHint);
        if (!model.demoAvailable()) {
            // A disabled button shows no tooltip, so the reason sits under it.
            Label why = new Label(I18n.t("start.demoUnavailable"));
            why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            why.setWrapText(true);
            box.getChildren().add(box.getChildren().indexOf(demo) + 1, why);
        }
        box.getStyleClass().add("card");
        box.setPrefWidth(340);
        box.setMinWidth(300);
        return box;
    }

    private VBox recent() {
        Label heading = new Label(I18n.t("start.recent"));
        heading.getStyleClass().add(Styles.TITLE_4);
        ListView<RecentProject> list = new ListView<>(model.recent());
        list.setId("recentProjects");
        list.setPlaceholder(new Label(I18n.t("start.noRecent")));
        list.setCellFactory(view -> new RecentCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            RecentProject selected = list.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                model.open(selected);
            } else if (e.getCode() == KeyCode.DELETE) {
                model.forget(selected);
            }
        });
        MenuItem forget = new MenuItem(I18n.t("start.forget"));
        forget.setOnAction(e -> {
            RecentProject selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.forget(selected);
            }
        });
        list.setContextMenu(new ContextMenu(forget));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(10, heading, list);
        box.getStyleClass().add("card");
        box.setPrefWidth(560);
        box.setPrefHeight(420);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Name above, folder below in grey; a missing file is shown struck through. */
    private static final class RecentCell extends ListCell<RecentProject> {

        @Override
        protected void updateItem(RecentProject item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name(), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label folder = new Label(item.exists() ? String.valueOf(item.file().getParent()) : I18n.t("start.missing", item.file()));
            folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            if (!item.exists()) {
                name.getStyleClass().addAll("missing", Styles.TEXT_MUTED);
            }
            setGraphic(new VBox(2, name, folder));
            setText(null);
        }
    }
}
