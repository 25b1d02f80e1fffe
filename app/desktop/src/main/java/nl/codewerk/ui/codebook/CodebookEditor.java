package nl.codewerk.ui.codebook;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.ui.dialog.DialogService;
import nl.codewerk.ui.i18n.I18n;

/** The codebook edits that ask something first: a name, a colour, a target, a confirmation. */
public final class CodebookEditor {

    private final CodebookModel model;
    private final DialogService dialogs;
    private final Supplier<Window> owner;

    public CodebookEditor(CodebookModel model, DialogService dialogs, Supplier<Window> owner) {
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** A new code under {@code parent}, or at the top level when it is null. */
    public void newCode(Code parent) {
        String title = parent == null ? I18n.t("codebook.newCode") : I18n.t("codebook.newSubcode", parent.name());
        dialogs.askText(title, I18n.t("codebook.name"), "")
                .ifPresent(name -> model.add(name, parent == null ? null : parent.id(), code -> model.selectedProperty().set(code)));
    }

    public void rename(Code code) {
        dialogs.askText(I18n.t("codebook.rename"), I18n.t("codebook.name"), code.name())
                .filter(name -> !name.equals(code.name()))
                .ifPresent(name -> model.rename(code.id(), name));
    }

    public void recolor(Code code) {
        dialogs.chooseColor(I18n.t("codebook.color", code.name()), code.color()).ifPresent(color -> model.recolor(code.id(), color));
    }

    /** Asks for the grounded-theory level: open, axial or selective. */
    public void chooseLevel(Code code) {
        dialogs.choose(I18n.t("codebook.levelTitle", code.name()), I18n.t("codebook.levelLabel"), List.of(CodeLevel.values()),
                        code.level(), LevelBadge::name)
                .filter(level -> level != code.level())
                .ifPresent(level -> model.setLevel(code.id(), level));
    }

    /** Picks the code to merge into with the palette, then asks to confirm. */
    public void merge(Code source) {
        CodePalette.show(owner.get(), model.state(), I18n.t("codebook.mergeInto", source.name()), false, choice -> {
            Code target = choice.existing();
            if (target == null || target.id().equals(source.id())) {
                return;
            }
            String question = I18n.t("codebook.mergeConfirm", source.name(), target.name(), model.state().count(source.id()));
            if (dialogs.confirm(I18n.t("codebook.mergeTitle"), question)) {
                model.merge(source.id(), target.id());
            }
        });
    }

    public void delete(Code code) {
        CodebookState state = model.state();
        int below = state.codebook().subtree(code.id()).size() - 1;
        int codings = state.codebook().subtree(code.id()).stream().mapToInt(c -> state.count(c.id())).sum();
        String question = I18n.t("codebook.deleteConfirm", code.name(), below, codings);
        if (dialogs.confirm(I18n.t("codebook.deleteTitle"), question)) {
            model.delete(code.id());
        }
    }
}
