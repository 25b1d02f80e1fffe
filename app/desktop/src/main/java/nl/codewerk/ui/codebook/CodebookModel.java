package nl.codewerk.ui.codebook;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/**
 * The codebook as the workbench shows it, and the edits made to it. Every edit is one action
 * in core's undo log; the tree reloads from the change it causes.
 */
public final class CodebookModel {

    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<CodebookState> state = new ReadOnlyObjectWrapper<>(CodebookState.EMPTY);
    private final ObjectProperty<Code> selected = new SimpleObjectProperty<>();

    public CodebookModel(ProjectSession session) {
        this.session = session;
        session.onChange(event -> {
            if (event.touches("codes") || event.touches("codings")) {
                reload();
            }
        });
    }

    public ReadOnlyObjectProperty<CodebookState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public CodebookState state() {
        return state.get();
    }

    /** The code selected in the tree (what Retrieve and code edits act on). */
    public ObjectProperty<Code> selectedProperty() {
        return selected;
    }

    public void reload() {
        session.run(BackgroundTask.of(progress -> {
            CodebookService codebook = session.project().codebook();
            return new CodebookState(codebook.codebook(), codebook.codingCounts());
        }).latestOf("codebook").onSuccess(state::set));
    }

    /** Adds a code in a colour few codes have yet. */
    public void add(String name, String parentId, Consumer<Code> then) {
        String coder = session.coder();
        CodebookService.NewCode code = CodebookService.NewCode.named(name, parentId).withColor(CodeColors.next(state()));
        session.run(BackgroundTask.of(progress -> session.project().codebook().add(code, coder)).onSuccess(then));
    }

    public void rename(String codeId, String name) {
        edit(codebook -> codebook.rename(codeId, name, session.coder()));
    }

    /** Moves a code under another (null: to the top level). */
    public void move(String codeId, String newParentId) {
        edit(codebook -> codebook.move(codeId, newParentId, session.coder()));
    }

    public void merge(String sourceId, String targetId) {
        edit(codebook -> codebook.merge(sourceId, targetId, session.coder()));
    }

    public void delete(String codeId) {
        edit(codebook -> codebook.delete(codeId, session.coder()));
    }

    public void recolor(String codeId, String color) {
        edit(codebook -> codebook.recolor(codeId, color, session.coder()));
    }

    public void setLevel(String codeId, CodeLevel level) {
        edit(codebook -> codebook.setLevel(codeId, level, session.coder()));
    }

    /** Makes the code the core category of selective coding (the one core there is). */
    public void markCore(String codeId) {
        edit(codebook -> codebook.markCore(codeId, session.coder()));
    }

    private void edit(Consumer<CodebookService> change) {
        session.run(BackgroundTask.action(progress -> change.accept(session.project().codebook())));
    }
}
