package nl.codewerk.ui.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.codewerk.privacy.Pseudonym;
import nl.codewerk.privacy.PseudonymCandidates;
import nl.codewerk.privacy.PseudonymList;
import nl.codewerk.privacy.PseudonymPreview;
import nl.codewerk.privacy.PseudonymiseService;
import nl.codewerk.ui.dialog.DialogService;
import nl.codewerk.ui.dialog.ErrorText;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/**
 * The pseudonymise dialog's state: the replacements (the project's saved list, then the words
 * that may be names, to fill in or leave empty), a preview of every place they change, and the
 * pseudonymisation itself, which makes a backup first and empties the undo history.
 */
public final class PseudonymiseModel {

    /** One line of the table; an empty replacement means the word is left alone. */
    public static final class Entry {
        private final StringProperty original;
        private final StringProperty replacement;
        private final int count;

        public Entry(String original, String replacement, int count) {
            this.original = new SimpleStringProperty(original);
            this.replacement = new SimpleStringProperty(replacement);
            this.count = count;
        }

        public StringProperty originalProperty() {
            return original;
        }

        public StringProperty replacementProperty() {
            return replacement;
        }

        public int count() {
            return count;
        }
    }

    private final ProjectSession session;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    public PseudonymiseModel(ProjectSession session) {
        this.session = session;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    DialogService dialogs() {
        return session.dialogs();
    }

    public void load() {
        session.run(BackgroundTask.of(progress -> {
            PseudonymList saved = session.project().pseudonyms().saved();
            List<Entry> out = new ArrayList<>();
            saved.entries().forEach(p -> out.add(new Entry(p.original(), p.replacement(), 0)));
            PseudonymCandidates.propose(session.project().transcripts(), session.project().cases(), saved)
                    .forEach(c -> out.add(new Entry(c.word(), "", c.count())));
            return out;
        }).onSuccess(entries::setAll));
    }

    /** The filled-in lines as a list; a refused line is reported and nothing is returned. */
    PseudonymList list() {
        List<Pseudonym> chosen = new ArrayList<>();
        for (Entry e : entries) {
            String original = e.originalProperty().get() == null ? "" : e.originalProperty().get().strip();
            String replacement = e.replacementProperty().get() == null ? "" : e.replacementProperty().get().strip();
            if (!original.isEmpty() && !replacement.isEmpty()) {
                chosen.add(new Pseudonym(original, replacement));
            }
        }
        if (chosen.isEmpty()) {
            dialogs().showInfo(I18n.t("pseudo.title"), I18n.t("pseudo.nothingChosen"));
            return null;
        }
        try {
            return PseudonymList.of(chosen);
        } catch (RuntimeException e) {
            dialogs().showError(I18n.t("pseudo.title"), ErrorText.of(e));
            return null;
        }
    }

    public void preview(Consumer<PseudonymPreview> show) {
        PseudonymList list = list();
        if (list == null) {
            return;
        }
        session.run(BackgroundTask.of(progress -> session.project().pseudonyms().preview(list, null))
                .titled(I18n.t("pseudo.previewing")).onSuccess(show));
    }

    /** After a confirmation that says a backup is made and undo is emptied; {@code done} runs once applied. */
    public void apply(Runnable done) {
        PseudonymList list = list();
        if (list == null || !dialogs().confirm(I18n.t("pseudo.title"), I18n.t("pseudo.confirm", list.size()))) {
            return;
        }
        String actor = session.coder();
        session.run(BackgroundTask.of(progress -> session.project().pseudonyms().apply(list, null, actor))
                .titled(I18n.t("pseudo.applying"))
                .onSuccess((PseudonymiseService.Report report) -> {
                    dialogs().showInfo(I18n.t("pseudo.title"), I18n.t("pseudo.done", report.changed().total(), report.backup().file()));
                    done.run();
                }));
    }
}
