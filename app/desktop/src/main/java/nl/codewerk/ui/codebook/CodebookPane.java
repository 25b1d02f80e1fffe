package nl.codewerk.ui.codebook;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.CodingService;
import nl.codewerk.ui.common.DragPayload;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.common.PaneHeader;
import nl.codewerk.ui.i18n.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The codebook tree. A code is applied by double-click, Enter, the context menu or by dropping
 * selected text on it; codes are moved by dragging one onto another (or onto empty space for
 * the top level).
 */
public final class CodebookPane extends VBox {

    /** A code being dragged within the tree. */
    private record CodeDrag(String codeId) {
    }

    private final CodebookModel model;
    private final CodebookEditor editor;
    private final CodeActions actions;
    private final DragPayload drag;
    private final TreeView<Code> tree = new TreeView<>(new TreeItem<>());
    private final Set<String> collapsed = new HashSet<>();
    private final Subscription subscription;
    private final Subscription selectionSubscription;
    private Code pressedCode;

    public CodebookPane(CodebookModel model, CodebookEditor editor, CodeActions actions, DragPayload drag) {
        this.model = model;
        this.editor = editor;
        this.actions = actions;
        this.drag = drag;
        getStyleClass().add("pane");
        tree.setId("codebookTree");
        tree.setShowRoot(false);
        tree.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        tree.setCellFactory(view -> cell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                model.selectedProperty().set(item == null ? null : item.getValue()));
        // A filter: the tree itself would take F2 (edit in place) and Enter before a handler sees them.
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Code code = selected();
            if (code == null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case ENTER -> actions.apply(code);
                case DELETE -> editor.delete(code);
                case F2 -> editor.rename(code);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        // Dragging a code starts from the row it was pressed on (the drag is only detected once
        // the mouse has moved on, possibly over another row).
        tree.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressedCode = e.isPrimaryButtonDown() ? codeAt(e.getPickResult().getIntersectedNode()) : null);
        tree.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressedCode != null) {
                drag.start(new CodeDrag(pressedCode.id()));
                tree.startFullDrag();
            }
        });
        // Dropping a code on empty space below the codes moves it to the top level.
        tree.setOnMouseDragReleased(e -> drag.take(CodeDrag.class).ifPresent(d -> model.move(d.codeId(), null)));
        tree.setContextMenu(contextMenu());
        Label empty = new Label(I18n.t("codebook.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);

        Button add = new Button(null, Icons.of(MaterialDesignT.TAG_PLUS_OUTLINE));
        add.setId("newCodeButton");
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        add.setTooltip(new Tooltip(I18n.t("codebook.newCode")));
        add.setAccessibleText(I18n.t("codebook.newCode"));
        add.setOnAction(e -> editor.newCode(null));
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(new PaneHeader(I18n.t("codebook.title"), Icons.of(MaterialDesignT.TAG_MULTIPLE_OUTLINE), add), tree);
        subscription = model.stateProperty().subscribe(this::rebuild);
        // A code picked elsewhere (a new code, the retrieval pane) is shown selected here.
        selectionSubscription = model.selectedProperty().subscribe(code -> {
            if (code != null && (selected() == null || !selected().id().equals(code.id()))) {
                select(code.id());
            }
        });
    }

    public TreeView<Code> tree() {
        return tree;
    }

    public void dispose() {
        subscription.unsubscribe();
        selectionSubscription.unsubscribe();
    }

    public Code selected() {
        TreeItem<Code> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** Selects a code in the tree (by id), opening its parents. */
    public void select(String codeId) {
        TreeItem<Code> item = find(tree.getRoot(), codeId);
        if (item != null) {
            for (TreeItem<Code> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        }
    }

    private void rebuild(CodebookState state) {
        String selectedId = selected() == null ? null : selected().id();
        if (model.selectedProperty().get() != null) {
            selectedId = model.selectedProperty().get().id();
        }
        rememberCollapsed(tree.getRoot());
        TreeItem<Code> root = new TreeItem<>();
        Codebook codebook = state.codebook();
        for (Code code : codebook.roots()) {
            root.getChildren().add(item(codebook, code));
        }
        tree.setRoot(root);
        if (selectedId != null) {
            select(selectedId);
        }
    }

    private TreeItem<Code> item(Codebook codebook, Code code) {
        TreeItem<Code> item = new TreeItem<>(code);
        for (Code child : codebook.children(code.id())) {
            item.getChildren().add(item(codebook, child));
        }
        item.setExpanded(!collapsed.contains(code.id()));
        item.expandedProperty().addListener((obs, was, is) -> {
            if (is) {
                collapsed.remove(code.id());
            } else {
                collapsed.add(code.id());
            }
        });
        return item;
    }

    private void rememberCollapsed(TreeItem<Code> item) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null && !item.isExpanded() && !item.isLeaf()) {
            collapsed.add(item.getValue().id());
        }
        item.getChildren().forEach(this::rememberCollapsed);
    }

    private static TreeItem<Code> find(TreeItem<Code> item, String codeId) {
        if (item.getValue() != null && item.getValue().id().equals(codeId)) {
            return item;
        }
        for (TreeItem<Code> child : item.getChildren()) {
            TreeItem<Code> found = find(child, codeId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Code codeAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof CodeCell cell) {
                return cell.getItem();
            }
        }
        return null;
    }

    private CodeCell cell() {
        CodeCell cell = new CodeCell(model::state, actions);
        cell.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cell.getItem() != null) {
                actions.apply(cell.getItem());
                e.consume();
            }
        });
        // The context menu acts on the code under the mouse, even when it was not selected yet.
        cell.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (cell.getTreeItem() != null) {
                tree.getSelectionModel().select(cell.getTreeItem());
            }
        });
        cell.setOnMouseDragEntered(e -> cell.pseudoClassStateChanged(CodeCell.DROP_TARGET,
                cell.getItem() != null && (drag.carries(CodeDrag.class) || drag.carries(CodingService.Span.class))));
        cell.setOnMouseDragExited(e -> cell.pseudoClassStateChanged(CodeCell.DROP_TARGET, false));
        cell.setOnMouseDragReleased(e -> {
            cell.pseudoClassStateChanged(CodeCell.DROP_TARGET, false);
            Code target = cell.getItem();
            if (target == null) {
                return;
            }
            e.consume();
            drag.take(CodingService.Span.class).ifPresent(span -> actions.applyTo(target, span));
            drag.take(CodeDrag.class).filter(d -> !d.codeId().equals(target.id())).ifPresent(d -> model.move(d.codeId(), target.id()));
        });
        return cell;
    }

    private ContextMenu contextMenu() {
        MenuItem apply = item(I18n.t("codebook.apply"), MaterialDesignC.CHECK, () -> actions.apply(selected()));
        MenuItem newCode = new MenuItem(I18n.t("codebook.newCode"), Icons.of(MaterialDesignT.TAG_PLUS_OUTLINE));
        newCode.setOnAction(e -> editor.newCode(null));
        MenuItem newSub = item(I18n.t("codebook.newSubcodeMenu"), MaterialDesignT.TAG_PLUS_OUTLINE, () -> editor.newCode(selected()));
        MenuItem rename = item(I18n.t("codebook.renameMenu"), MaterialDesignP.PENCIL_OUTLINE, () -> editor.rename(selected()));
        MenuItem color = item(I18n.t("codebook.colorMenu"), MaterialDesignP.PALETTE_OUTLINE, () -> editor.recolor(selected()));
        MenuItem level = item(I18n.t("codebook.levelMenu"), null, () -> editor.chooseLevel(selected()));
        MenuItem pin = item(I18n.t("codebook.pinMenu"), MaterialDesignP.PIN_OUTLINE, () -> actions.pin(selected()));
        MenuItem core = item(I18n.t("codebook.coreMenu"), null, () -> model.markCore(selected().id()));
        MenuItem merge = item(I18n.t("codebook.mergeMenu"), MaterialDesignM.MERGE, () -> editor.merge(selected()));
        MenuItem delete = item(I18n.t("codebook.deleteMenu"), MaterialDesignD.DELETE_OUTLINE, () -> editor.delete(selected()));
        MenuItem retrieve = item(I18n.t("codebook.retrieveMenu"), MaterialDesignT.TEXT_SEARCH, () -> actions.retrieve(selected()));
        MenuItem memo = item(I18n.t("codebook.memoMenu"), MaterialDesignN.NOTE_TEXT_OUTLINE, () -> actions.writeMemo(selected()));
        ContextMenu menu = new ContextMenu(apply, retrieve, memo, new SeparatorMenuItem(), newCode, newSub, rename, color, level, core, pin,
                new SeparatorMenuItem(), merge, delete);
        menu.setOnShowing(e -> {
            boolean none = selected() == null;
            for (MenuItem i : menu.getItems()) {
                if (i != newCode) {
                    i.setDisable(none);
                }
            }
        });
        return menu;
    }

    private MenuItem item(String text, org.kordamp.ikonli.Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.of(icon));
        item.setOnAction(e -> {
            if (selected() != null) {
                action.run();
            }
        });
        return item;
    }
}
