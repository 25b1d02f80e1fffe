package nl.codewerk.ui.memo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.Coding;
import nl.codewerk.memo.Memo;
import nl.codewerk.memo.MemoService;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.codebook.CodebookModel;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.ui.transcript.TranscriptModel;

/**
 * The memos at the current place (on the open transcript, on the codings and codes at the
 * caret, on the code selected in the codebook) and the memo being written. A memo is saved as
 * it is written: there is no Save button.
 */
public final class MemoModel {

    private final ProjectSession session;
    private final TranscriptModel transcript;
    private final CodebookModel codebook;
    private final ObservableList<MemoItem> memosHere = FXCollections.observableArrayList();
    private final ObjectProperty<MemoDraft> draft = new SimpleObjectProperty<>();
    private boolean saving;
    private String[] pending;

    public MemoModel(ProjectSession session, TranscriptModel transcript, CodebookModel codebook) {
        this.session = session;
        this.transcript = transcript;
        this.codebook = codebook;
        session.onChange(event -> {
            if (event.touches("memos")) {
                reload();
            }
        });
        transcript.transcriptProperty().addListener((obs, old, now) -> reload());
        transcript.codingsHere().addListener((ListChangeListener<Coding>) change -> reload());
        codebook.selectedProperty().addListener((obs, old, now) -> reload());
    }

    public ObservableList<MemoItem> memosHere() {
        return memosHere;
    }

    public ObjectProperty<MemoDraft> draftProperty() {
        return draft;
    }

    public void reload() {
        Transcript t = transcript.transcript();
        List<Coding> here = List.copyOf(transcript.codingsHere());
        Code code = codebook.selectedProperty().get();
        var state = codebook.state();
        session.run(BackgroundTask.of(progress -> {
            MemoService memos = session.project().memos();
            List<MemoItem> items = new ArrayList<>();
            if (t != null) {
                memos.on(MemoTarget.transcript(t.id())).forEach(m -> items.add(new MemoItem(m, I18n.t("memo.aboutTranscript", t.name()))));
            }
            Set<String> codes = new LinkedHashSet<>();
            for (Coding c : here) {
                memos.on(MemoTarget.coding(c.id())).forEach(m -> items.add(new MemoItem(m, I18n.t("memo.aboutCoding", state.name(c.codeId())))));
                codes.add(c.codeId());
            }
            if (code != null) {
                codes.add(code.id());
            }
            for (String id : codes) {
                memos.on(MemoTarget.code(id)).forEach(m -> items.add(new MemoItem(m, I18n.t("memo.aboutCode", state.name(id)))));
            }
            MemoDraft current = draft.get();
            boolean draftGone = current != null && current.memoId() != null && memos.get(current.memoId()).isEmpty();
            return new Loaded(items, draftGone);
        }).latestOf("memos-here").onSuccess(loaded -> {
            memosHere.setAll(loaded.items());
            if (loaded.draftGone()) {
                // Undone or deleted elsewhere: the editor must not keep writing to a memo that is gone.
                draft.set(null);
            }
        }));
    }

    private record Loaded(List<MemoItem> items, boolean draftGone) {
    }

    public void startOnTranscript() {
        Transcript t = transcript.transcript();
        if (t != null) {
            draft.set(new MemoDraft(MemoTarget.transcript(t.id()), I18n.t("memo.aboutTranscript", t.name()), null, "", ""));
        }
    }

    public void startOnCode(Code code) {
        draft.set(new MemoDraft(MemoTarget.code(code.id()), I18n.t("memo.aboutCode", code.name()), null, "", ""));
    }

    public void startOnCoding(Coding coding) {
        draft.set(new MemoDraft(MemoTarget.coding(coding.id()), I18n.t("memo.aboutCoding", codebook.state().name(coding.codeId())), null, "", ""));
    }

    public void edit(MemoItem item) {
        Memo m = item.memo();
        draft.set(new MemoDraft(m.target(), item.about(), m.id(), m.title() == null ? "" : m.title(), m.text()));
    }

    /** Saves the editor's text if it changed: the first save writes the memo, later ones edit it. */
    public void save(String title, String text) {
        MemoDraft current = draft.get();
        if (current == null || text == null || text.isBlank()
                || (Objects.equals(current.title(), title) && Objects.equals(current.text(), text))) {
            return;
        }
        if (saving) {
            // One save at a time, or two quick saves of a new memo would write it twice.
            pending = new String[] {title, text};
            return;
        }
        saving = true;
        String author = session.coder();
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        session.run(BackgroundTask.of(progress -> {
            MemoService memos = session.project().memos();
            if (current.memoId() == null) {
                return memos.add(current.target(), cleanTitle, text, author).id();
            }
            memos.edit(current.memoId(), cleanTitle, text, author);
            return current.memoId();
        }).onSuccess(id -> {
            if (draft.get() == current) {
                draft.set(current.withSaved(id, title, text));
            }
            savingDone();
        }).onFailure(error -> {
            savingDone();
            session.dialogs().showError(error);
        }));
    }

    private void savingDone() {
        saving = false;
        String[] next = pending;
        pending = null;
        if (next != null) {
            save(next[0], next[1]);
        }
    }

    public void delete() {
        MemoDraft current = draft.get();
        if (current == null) {
            return;
        }
        if (current.memoId() != null && !session.dialogs().confirm(I18n.t("memo.deleteTitle"), I18n.t("memo.deleteConfirm"))) {
            return;
        }
        draft.set(null);
        if (current.memoId() != null) {
            String author = session.coder();
            session.run(BackgroundTask.action(progress -> session.project().memos().delete(current.memoId(), author)));
        }
    }
}
