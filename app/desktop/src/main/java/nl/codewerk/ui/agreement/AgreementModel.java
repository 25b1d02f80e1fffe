package nl.codewerk.ui.agreement;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.codewerk.agreement.AgreementAnalysis;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.AgreementWorkbook;
import nl.codewerk.agreement.review.ConsensusService;
import nl.codewerk.agreement.review.Decision;
import nl.codewerk.agreement.review.DisagreementReview;
import nl.codewerk.agreement.review.ReviewItem;
import nl.codewerk.agreement.review.ReviewLogEntry;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.ui.dialog.DialogService;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/**
 * The agreement screen's state: the coders and codes to choose from, the last result and the
 * disagreements still to review. Every read and write of the project runs as a background task.
 */
public final class AgreementModel {

    /** A code offered for the comparison, by its name path. */
    public record CodeChoice(String id, String path) {
    }

    private final ProjectSession session;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<CodeChoice> codes = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementResult> result = new SimpleObjectProperty<>();
    private final ObservableList<ReviewItem> openItems = FXCollections.observableArrayList();
    private DisagreementReview review;

    public AgreementModel(ProjectSession session) {
        this.session = session;
    }

    public DialogService dialogs() {
        return session.dialogs();
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObservableList<CodeChoice> codes() {
        return codes;
    }

    public ReadOnlyObjectProperty<AgreementResult> resultProperty() {
        return result;
    }

    /** The disagreements no decision has been taken on yet. */
    public ObservableList<ReviewItem> openItems() {
        return openItems;
    }

    public void load() {
        record Choices(List<String> coders, List<CodeChoice> codes) {
        }
        session.run(BackgroundTask.of(progress -> {
            var codebook = session.project().codebook().codebook();
            List<CodeChoice> all = codebook.inTreeOrder().stream()
                    .map((Code c) -> new CodeChoice(c.id(), CodePath.format(codebook.path(c.id()))))
                    .toList();
            return new Choices(session.project().codings().coders(), all);
        }).onSuccess(choices -> {
            coders.setAll(choices.coders());
            codes.setAll(choices.codes());
        }));
    }

    /** Compares the coders in the background; the result arrives in {@link #resultProperty()}. */
    public void run(AgreementAnalysis.Request request) {
        record Outcome(AgreementResult result, DisagreementReview review, Set<String> decided) {
        }
        session.run(BackgroundTask.of(progress -> {
            AgreementResult r = new AgreementAnalysis(session.project()).run(request, progress);
            DisagreementReview rev = r.coders().size() == 2 ? DisagreementReview.of(session.project(), r) : null;
            return new Outcome(r, rev, decided());
        }).titled(I18n.t("agreement.running")).onSuccess(outcome -> {
            review = outcome.review();
            result.set(outcome.result());
            showOpen(outcome.decided());
        }));
    }

    public void export(Path file) {
        AgreementResult current = result.get();
        session.run(BackgroundTask.action(progress -> AgreementWorkbook.write(session.project(), current, file))
                .titled(I18n.t("agreement.exporting"))
                .onSuccess(done -> dialogs().showInfo(I18n.t("agreement.title"), I18n.t("agreement.exported", file.getFileName()))));
    }

    /** Takes the decision as one undoable action; the item then leaves the list. */
    public void decide(ReviewItem item, Decision decision) {
        String supervisor = session.coder();
        session.run(BackgroundTask.of(progress -> {
            new ConsensusService(session.project(), null).decide(item, decision, List.of(), supervisor, null);
            return decided();
        }).titled(I18n.t("agreement.deciding")).onSuccess(this::showOpen));
    }

    /** Gives the consensus coder every unit both coders agree on, so the consensus is complete after the review. */
    public void adoptAgreements() {
        AgreementResult current = result.get();
        if (current == null) {
            return;
        }
        String supervisor = session.coder();
        session.run(BackgroundTask.of(progress -> new ConsensusService(session.project(), null).adoptAgreements(current, supervisor))
                .titled(I18n.t("agreement.deciding"))
                .onSuccess(units -> dialogs().showInfo(I18n.t("agreement.title"), I18n.t("review.adopted", units))));
    }

    private Set<String> decided() {
        Set<String> keys = new HashSet<>();
        for (ReviewLogEntry e : new ConsensusService(session.project(), null).log()) {
            keys.add(key(e.codeId(), e.transcriptId(), e.unitStart(), e.unitEnd()));
        }
        return keys;
    }

    private void showOpen(Set<String> decided) {
        if (review == null) {
            openItems.clear();
            return;
        }
        openItems.setAll(review.items().stream()
                .filter(i -> !decided.contains(key(i.codeId(), i.transcriptId(), i.start(), i.end()))).toList());
    }

    private static String key(String codeId, long transcriptId, int start, int end) {
        return codeId + "|" + transcriptId + "|" + start + "|" + end;
    }
}
