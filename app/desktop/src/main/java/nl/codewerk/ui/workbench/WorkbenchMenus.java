package nl.codewerk.ui.workbench;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.common.ViewMenu;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.privacy.PseudonymiseModel;
import nl.codewerk.ui.privacy.PseudonymiseWindow;
import nl.codewerk.ui.refi.RefiModel;
import nl.codewerk.ui.start.StartingCodebook;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The workbench's menu bar. Every action is here with its accelerator, so all of it works from the keyboard. */
final class WorkbenchMenus {

    private final WorkbenchModel model;
    private final WorkbenchHost host;
    private final PaneFocus focus;
    private MenuBar bar;

    WorkbenchMenus(WorkbenchModel model, WorkbenchHost host, PaneFocus focus) {
        this.model = model;
        this.host = host;
        this.focus = focus;
    }

    MenuBar build(List<Menu> featureMenus) {
        bar = new MenuBar(projectMenu(), editMenu());
        bar.getMenus().addAll(featureMenus);
        bar.getMenus().add(viewMenu());
        return bar;
    }

    private Menu projectMenu() {
        MenuItem newProject = item(I18n.t("menu.project.new"), MaterialDesignF.FILE_PLUS_OUTLINE, "Shortcut+N", () ->
                model.session().dialogs().choose(I18n.t("dialog.newProject"), I18n.t("start.startingCodebook"),
                        List.of(StartingCodebook.values()), StartingCodebook.JIM, StartingCodebook::displayName)
                        .ifPresent(codebook -> host.opener().chooseAndCreate(codebook)));
        MenuItem open = item(I18n.t("menu.project.open"), MaterialDesignF.FOLDER_OPEN_OUTLINE, "Shortcut+O", host.opener()::chooseAndOpen);
        MenuItem importFiles = item(I18n.t("menu.project.importFiles"), MaterialDesignF.FILE_IMPORT_OUTLINE, "Shortcut+I", model.importer()::chooseFiles);
        importFiles.setId("importFiles");
        MenuItem importFolder = item(I18n.t("menu.project.importFolder"), MaterialDesignF.FOLDER_OPEN, "Shortcut+Shift+I", model.importer()::chooseFolder);
        RefiModel refi = new RefiModel(model.session(), host.opener()::open);
        MenuItem importRefi = item(I18n.t("menu.project.importRefi"), MaterialDesignF.FILE_IMPORT, "Shortcut+Alt+I", refi::importProject);
        importRefi.setId("importRefi");
        MenuItem exportRefi = item(I18n.t("menu.project.exportRefi"), MaterialDesignF.FILE_EXPORT, "Shortcut+Alt+E", refi::exportProject);
        exportRefi.setId("exportRefi");
        MenuItem pseudonymise = item(I18n.t("menu.project.pseudonymise"), MaterialDesignA.ACCOUNT_CANCEL_OUTLINE, "Shortcut+Alt+P",
                () -> PseudonymiseWindow.open(new PseudonymiseModel(model.session()), window()));
        pseudonymise.setId("pseudonymise");
        MenuItem close = item(I18n.t("menu.project.close"), MaterialDesignC.CLOSE, "Shortcut+W", host::closeToStart);
        close.setId("closeProject");
        MenuItem quit = item(I18n.t("menu.project.quit"), null, "Shortcut+Q", host::quit);
        Menu menu = new Menu(I18n.t("menu.project"), null, newProject, open, new SeparatorMenuItem(), importFiles, importFolder,
                new SeparatorMenuItem(), importRefi, exportRefi, new SeparatorMenuItem(), pseudonymise,
                new SeparatorMenuItem(), close, quit);
        menu.setId("projectMenu");
        return menu;
    }

    private Menu editMenu() {
        UndoModel undo = model.undo();
        MenuItem undoItem = item(I18n.t("menu.edit.undo"), MaterialDesignU.UNDO, "Shortcut+Z", undo::undo);
        undoItem.setId("undo");
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.nextUndoProperty().get()
                .map(label -> I18n.t("menu.edit.undoWhat", label)).orElse(I18n.t("menu.edit.undo")), undo.nextUndoProperty()));
        undoItem.disableProperty().bind(Bindings.createBooleanBinding(() -> undo.nextUndoProperty().get().isEmpty(), undo.nextUndoProperty()));
        MenuItem redoItem = item(I18n.t("menu.edit.redo"), MaterialDesignR.REDO, "Shortcut+Shift+Z", undo::redo);
        redoItem.setId("redo");
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.nextRedoProperty().get()
                .map(label -> I18n.t("menu.edit.redoWhat", label)).orElse(I18n.t("menu.edit.redo")), undo.nextRedoProperty()));
        redoItem.disableProperty().bind(Bindings.createBooleanBinding(() -> undo.nextRedoProperty().get().isEmpty(), undo.nextRedoProperty()));
        CheckMenuItem editText = new CheckMenuItem(I18n.t("menu.edit.editText"));
        editText.setId("editTranscriptText");
        editText.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        editText.selectedProperty().bindBidirectional(model.editing().editModeProperty());
        MenuItem replace = item(I18n.t("menu.edit.replaceSelection"), MaterialDesignF.FIND_REPLACE, "Shortcut+Alt+R",
                model.editing()::replaceSelection);
        replace.setId("replaceSelection");
        replace.disableProperty().bind(model.editing().editModeProperty().not());
        Menu menu = new Menu(I18n.t("menu.edit"), null, undoItem, redoItem, new SeparatorMenuItem(), editText, replace);
        menu.setId("editMenu");
        return menu;
    }

    private Menu viewMenu() {
        Menu menu = new Menu(I18n.t("menu.view"));
        menu.setId("viewMenu");
        menu.getItems().addAll(
                item(I18n.t("menu.view.goTranscripts"), null, "Shortcut+Shift+1", focus::transcripts),
                item(I18n.t("menu.view.goCodebook"), null, "Shortcut+Shift+2", focus::codebook),
                item(I18n.t("menu.view.goText"), null, "Shortcut+Shift+3", focus::text),
                item(I18n.t("menu.view.goSide"), null, "Shortcut+Shift+4", focus::side));
        ViewMenu.addSettings(menu, host);
        return menu;
    }

    private javafx.stage.Window window() {
        return bar == null || bar.getScene() == null ? null : bar.getScene().getWindow();
    }

    static MenuItem item(String text, Ikon icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.of(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
