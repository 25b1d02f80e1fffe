package nl.codewerk.ui.workbench;

import static nl.codewerk.ui.workbench.WorkbenchMenus.item;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.Coding;
import nl.codewerk.ui.codebook.CodebookEditor;
import nl.codewerk.ui.coding.CodingActions;
import nl.codewerk.ui.coding.PinnedCodes;
import nl.codewerk.ui.i18n.I18n;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The Coding, Codebook and Memo menus, with the accelerators that make coding keyboard-first. */
final class CodingMenus {

    private final WorkbenchModel model;
    private final Supplier<Code> selectedCode;
    private final Supplier<Coding> pickedCoding;
    private final Runnable showFragments;
    private final Consumer<Runnable> inMemoPane;

    CodingMenus(WorkbenchModel model, Supplier<Code> selectedCode, Supplier<Coding> pickedCoding, Runnable showFragments,
            Consumer<Runnable> inMemoPane) {
        this.model = model;
        this.selectedCode = selectedCode;
        this.pickedCoding = pickedCoding;
        this.showFragments = showFragments;
        this.inMemoPane = inMemoPane;
    }

    List<Menu> build() {
        return List.of(codingMenu(), codebookMenu(), memoMenu());
    }

    private Menu codingMenu() {
        CodingActions coding = model.coding();
        MenuItem palette = item(I18n.t("menu.coding.apply"), MaterialDesignT.TAG_OUTLINE, "Shortcut+K", coding::openPalette);
        palette.setId("applyCode");
        Menu pinned = new Menu(I18n.t("menu.coding.pinned"), null);
        pinned.setId("pinnedMenu");
        for (int slot = 1; slot <= PinnedCodes.SLOTS; slot++) {
            int s = slot;
            MenuItem item = item(I18n.t("menu.coding.pinnedSlot", slot, "—"), null, "Shortcut+" + slot, () -> coding.applyPinned(s));
            item.setId("pinned" + slot);
            pinned.getItems().add(item);
        }
        pinned.setOnShowing(e -> {
            for (int slot = 1; slot <= PinnedCodes.SLOTS; slot++) {
                String name = coding.pins().code(slot, model.codebook().state()).map(Code::name).orElse("—");
                pinned.getItems().get(slot - 1).setText(I18n.t("menu.coding.pinnedSlot", slot, name));
            }
        });
        MenuItem inVivo = item(I18n.t("menu.coding.inVivo"), MaterialDesignF.FORMAT_QUOTE_OPEN, "Shortcut+Shift+V", coding::inVivo);
        inVivo.setId("inVivo");
        MenuItem turn = item(I18n.t("menu.coding.selectTurn"), MaterialDesignT.TEXT_BOX_OUTLINE, "Shortcut+T", coding::selectTurn);
        MenuItem remove = item(I18n.t("menu.coding.removePicked"), null, "Shortcut+Shift+Delete", () -> {
            if (pickedCoding.get() != null) {
                coding.remove(pickedCoding.get());
            }
        });
        MenuItem coder = item(I18n.t("menu.coding.coder"), MaterialDesignA.ACCOUNT_OUTLINE, null, coding::changeCoder);
        Menu menu = new Menu(I18n.t("menu.coding"), null, palette, pinned, inVivo, turn, new SeparatorMenuItem(), remove,
                new SeparatorMenuItem(), coder);
        menu.setId("codingMenu");
        return menu;
    }

    private Menu codebookMenu() {
        CodebookEditor editor = model.codebookEditor();
        Menu menu = new Menu(I18n.t("menu.codebook"), null,
                item(I18n.t("codebook.newCode"), MaterialDesignT.TAG_PLUS_OUTLINE, "Shortcut+Shift+N", () -> editor.newCode(null)),
                onCode(I18n.t("codebook.newSubcodeMenu"), MaterialDesignT.TAG_PLUS_OUTLINE, null, editor::newCode),
                onCode(I18n.t("codebook.renameMenu"), MaterialDesignP.PENCIL_OUTLINE, null, editor::rename),
                onCode(I18n.t("codebook.colorMenu"), MaterialDesignP.PALETTE_OUTLINE, null, editor::recolor),
                onCode(I18n.t("codebook.mergeMenu"), MaterialDesignM.MERGE, "Shortcut+Shift+M", editor::merge),
                onCode(I18n.t("codebook.deleteMenu"), MaterialDesignD.DELETE_OUTLINE, null, editor::delete),
                new SeparatorMenuItem(),
                onCode(I18n.t("codebook.retrieveMenu"), MaterialDesignT.TEXT_SEARCH, "Shortcut+R", code -> {
                    model.retrieval().retrieve(code);
                    showFragments.run();
                }));
        menu.setId("codebookMenu");
        return menu;
    }

    private Menu memoMenu() {
        MenuItem onTranscript = item(I18n.t("menu.memo.transcript"), MaterialDesignN.NOTE_PLUS_OUTLINE, "Shortcut+M",
                () -> inMemoPane.accept(model.memos()::startOnTranscript));
        onTranscript.setId("memoOnTranscript");
        MenuItem onCode = onCode(I18n.t("menu.memo.code"), MaterialDesignN.NOTE_TEXT_OUTLINE, null, code -> inMemoPane.accept(() -> model.memos().startOnCode(code)));
        MenuItem onCoding = item(I18n.t("menu.memo.coding"), null, null, () -> {
            if (pickedCoding.get() != null) {
                inMemoPane.accept(() -> model.memos().startOnCoding(pickedCoding.get()));
            }
        });
        Menu menu = new Menu(I18n.t("menu.memo"), null, onTranscript, onCode, onCoding);
        menu.setId("memoMenu");
        return menu;
    }

    /** An item that acts on the code selected in the codebook. */
    private MenuItem onCode(String text, Ikon icon, String accelerator, Consumer<Code> action) {
        return item(text, icon, accelerator, () -> {
            Code code = selectedCode.get();
            if (code != null) {
                action.accept(code);
            }
        });
    }
}
