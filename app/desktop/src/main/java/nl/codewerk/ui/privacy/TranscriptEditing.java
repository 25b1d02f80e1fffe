package nl.codewerk.ui.privacy;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.IndexRange;
import nl.codewerk.transcript.EditResult;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.ui.transcript.TranscriptModel;

/**
 * Edit mode for the transcript text: with it on, the selected words can be replaced by typed
 * text (a name, a typo). Off by default, so coding never changes the text by accident. Each
 * replacement is one undoable action; codings whose words disappear live on as memos.
 */
public final class TranscriptEditing {

    private final ProjectSession session;
    private final TranscriptModel transcript;
    private final BooleanProperty editMode = new SimpleBooleanProperty();

    public TranscriptEditing(ProjectSession session, TranscriptModel transcript) {
        this.session = session;
        this.transcript = transcript;
    }

    public BooleanProperty editModeProperty() {
        return editMode;
    }

    public void replaceSelection() {
        Transcript open = transcript.transcript();
        IndexRange range = transcript.selectionProperty().get();
        if (!editMode.get()) {
            session.dialogs().showInfo(I18n.t("edit.title"), I18n.t("edit.modeOff"));
            return;
        }
        if (open == null || range == null || range.getLength() == 0) {
            session.dialogs().showInfo(I18n.t("edit.title"), I18n.t("edit.noSelection"));
            return;
        }
        String selected = open.text().substring(range.getStart(), range.getEnd());
        String actor = session.coder();
        session.dialogs().askText(I18n.t("edit.replaceTitle"), I18n.t("edit.replaceLabel", shorten(selected)), selected)
                .ifPresent(text -> session.run(BackgroundTask.of(progress ->
                        session.project().edits().edit(open.id(), range.getStart(), range.getEnd(), text, actor))
                        .titled(I18n.t("edit.saving"))
                        .onSuccess(this::tellRemoved)));
    }

    private void tellRemoved(EditResult result) {
        if (result.codingsRemoved().isEmpty()) {
            return;
        }
        List<String> lines = result.codingsRemoved().stream()
                .map(c -> I18n.t("edit.removedLine", c.codeName(), c.coder(), shorten(c.text()))).toList();
        session.dialogs().showInfo(I18n.t("edit.title"), I18n.t("edit.removed", result.codingsRemoved().size())
                + "\n" + String.join("\n", lines));
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 60 ? flat.substring(0, 57) + "…" : flat;
    }
}
