package nl.codewerk.ui.agreement;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.codewerk.agreement.AgreementAnalysis;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.AgreementRow;
import nl.codewerk.agreement.AgreementWorkbook;
import nl.codewerk.agreement.PairwiseAgreement;
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
 * The agreement screen's state: the coders and codes to choose from, the last result (two or more
 * coders) with the pairwise agreement of each pair of them, and the disagreements still to review.
 * Review goes two coders at a time: with two compared coders it is their comparison, with more it
 * is a pair the supervisor picks, compared on the same unit, codes and transcripts.
 * Every read and write of the project runs as a background task.
 */
public final class AgreementModel {

    /** A code offered for the comparison, by its name path. */
    public record CodeChoice(String id, String path) {
    }

    private final ProjectSession session;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<CodeChoice> codes = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<AgreementResult> reviewed = new SimpleObjectProperty<>();
    private final ObservableList<ReviewItem> openItems = FXCollections.observableArrayList();
    private Map<String, List<PairwiseAgreement>> pairwise = Map.of();
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

    /** The two-coder comparison under review: the result itself for two coders, else the pair picked. */
    public ReadOnlyObjectProperty<AgreementResult> reviewedProperty() {
        return reviewed;
    }

    /** Cohen's kappa of each pair of compared coders on a row of the result, in the coders' order. */
    public List<PairwiseAgreement> pairwise(AgreementRow row) {
        List<PairwiseAgreement> pairs = pairwise.get(rowKey(row));
        return pairs == null ? List.of() : pairs;
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
        record Outcome(AgreementResult result, Map<String, List<PairwiseAgreement>> pairwise, DisagreementReview review,
                Set<String> decided) {
        }
        session.run(BackgroundTask.of(progress -> {
            AgreementResult r = new AgreementAnalysis(session.project()).run(request, progress);
            Map<String, List<PairwiseAgreement>> pairs = new HashMap<>();
            if (r.coders().size() > 2) {
                pairs.put(rowKey(r.pooled()), PairwiseAgreement.of(r.pooled().counts()));
                for (AgreementRow row : r.codes()) {
                    pairs.put(rowKey(row), PairwiseAgreement.of(row.counts()));
                }
            }
            DisagreementReview rev = r.coders().size() == 2 ? DisagreementReview.of(session.project(), r) : null;
            return new Outcome(r, pairs, rev, decided());
        }).titled(I18n.t("agreement.running")).onSuccess(outcome -> {
            review = outcome.review();
            pairwise = outcome.pairwise();
            result.set(outcome.result());
            reviewed.set(review == null ? null : outcome.result());
            showOpen(outcome.decided());
        }));
    }

    /**
     * Compares two of the compared coders for the review, on the current result's unit, codes and
     * transcripts, so the disagreements listed are those of the units in the table above.
     */
    public void reviewPair(String coderA, String coderB) {
        AgreementResult current = result.get();
        if (current == null) {
            return;
        }
        List<String> codeIds = current.codes().stream().map(AgreementRow::codeId).toList();
        List<String> transcripts = current.transcripts().stream().map(t -> Long.toString(t.id())).toList();
        AgreementAnalysis.Request request = new AgreementAnalysis.Request(List.of(coderA, coderB), current.unit(), codeIds, transcripts);
        record Outcome(AgreementResult result, DisagreementReview review, Set<String> decided) {
        }
        session.run(BackgroundTask.of(progress -> {
            AgreementResult r = new AgreementAnalysis(session.project()).run(request, progress);
            return new Outcome(r, DisagreementReview.of(session.project(), r), decided());
        }).titled(I18n.t("agreement.running")).onSuccess(outcome -> {
            // A newer comparison may have replaced the one this pair was taken from meanwhile.
            if (result.get() != current) {
                return;
            }
            review = outcome.review();
            reviewed.set(outcome.result());
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

    /** Gives the consensus coder every unit both reviewed coders agree on, so the consensus is complete after the review. */
    public void adoptAgreements() {
        AgreementResult current = reviewed.get();
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

    private static String rowKey(AgreementRow row) {
        return row.pooled() ? "" : row.codeId();
    }

    private static String key(String codeId, long transcriptId, int start, int end) {
        return codeId + "|" + transcriptId + "|" + start + "|" + end;
    }
}
