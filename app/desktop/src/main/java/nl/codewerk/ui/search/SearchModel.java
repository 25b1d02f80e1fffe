package nl.codewerk.ui.search;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexRange;

import nl.codewerk.codebook.Code;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.search.AutocodePlan;
import nl.codewerk.search.AutocodeResult;
import nl.codewerk.search.AutocodeScope;
import nl.codewerk.search.HitCount;
import nl.codewerk.search.SearchHit;
import nl.codewerk.search.SearchRequest;
import nl.codewerk.search.SearchResult;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.ui.transcript.TranscriptModel;

/**
 * Searching the transcripts: the query and its filters, the hits of the last search, and
 * autocoding them. A query core cannot read is shown as its one-sentence explanation in
 * {@link #problemProperty()}, never as an error dialog: mistyping is part of searching.
 */
public final class SearchModel {

    private final ProjectSession session;
    private final TranscriptModel transcript;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty speaker = new SimpleStringProperty("");
    private final BooleanProperty respondentsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Long> transcriptId = new SimpleObjectProperty<>();
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();
    private final BooleanProperty uncoded = new SimpleBooleanProperty(false);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<SearchResult> result = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty autocodeMessage = new SimpleStringProperty("");
    private SearchRequest searched;

    public SearchModel(ProjectSession session, TranscriptModel transcript) {
        this.session = session;
        this.transcript = transcript;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public BooleanProperty respondentsOnlyProperty() {
        return respondentsOnly;
    }

    /** Only this transcript; null for all. */
    public ObjectProperty<Long> transcriptIdProperty() {
        return transcriptId;
    }

    /** Only hits in text coded with this code; null for any. */
    public ObjectProperty<Code> codeProperty() {
        return code;
    }

    public BooleanProperty uncodedProperty() {
        return uncoded;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** The last search's result, with its counts per transcript and per code; null before one. */
    public ObjectProperty<SearchResult> resultProperty() {
        return result;
    }

    /** Why the query or a filter cannot be used; empty when it can. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** What the last autocode preview or apply found or did. */
    public StringProperty autocodeMessageProperty() {
        return autocodeMessage;
    }

    /** The request the fields describe. */
    public SearchRequest request() {
        SearchRequest request = SearchRequest.of(query.get() == null ? "" : query.get().strip())
                .withTranscript(transcriptId.get())
                .withRespondentsOnly(respondentsOnly.get())
                .withUncoded(uncoded.get());
        String who = speaker.get() == null ? "" : speaker.get().strip();
        if (!who.isEmpty()) {
            request = request.withSpeaker(who);
        }
        if (code.get() != null) {
            request = request.withCode(code.get().id());
        }
        return request;
    }

    /** Runs the search in the background; the newest search wins. */
    public void search() {
        search(request());
    }

    private void search(SearchRequest request) {
        if (request.query().isEmpty()) {
            problem.set(I18n.t("search.emptyQuery"));
            return;
        }
        session.run(BackgroundTask.of(progress -> session.project().search().search(request))
                .titled(I18n.t("search.running"))
                .latestOf("search")
                .onSuccess(found -> {
                    searched = request;
                    problem.set("");
                    result.set(found);
                    hits.setAll(found.hits());
                })
                .onFailure(error -> {
                    // Autocode acts on what is shown; nothing is shown for a query that failed.
                    searched = null;
                    result.set(null);
                    hits.clear();
                    explain(error);
                }));
    }

    /** Opens the hit's transcript with the hit selected. */
    public void jumpTo(SearchHit hit) {
        transcript.open(hit.transcriptId(), new IndexRange(hit.start(), hit.end()));
    }

    /** Counts what autocoding the last search's hits would add, without adding it. */
    public void previewAutocode(Code target, AutocodeScope scope) {
        Optional<SearchRequest> request = lastSearch();
        if (request.isEmpty() || target == null) {
            autocodeMessage.set(I18n.t("search.autocode.choose"));
            return;
        }
        String coder = session.coder();
        session.run(BackgroundTask.of(progress -> session.project().search().autocodePreview(request.get(), target.id(), scope, coder))
                .latestOf("autocode")
                .onSuccess(plan -> autocodeMessage.set(describe(target, plan)))
                .onFailure(this::explain));
    }

    /** Codes every hit of the last search, extended to the scope, as one undo entry. */
    public void applyAutocode(Code target, AutocodeScope scope) {
        Optional<SearchRequest> request = lastSearch();
        if (request.isEmpty() || target == null) {
            autocodeMessage.set(I18n.t("search.autocode.choose"));
            return;
        }
        String coder = session.coder();
        session.run(BackgroundTask.<AutocodeResult>of(progress -> session.project().search().autocode(request.get(), target.id(), scope, coder))
                .titled(I18n.t("search.autocode.running"))
                .onSuccess(done -> {
                    autocodeMessage.set(I18n.t("search.autocode.done", done.made().size(), target.name(), done.plan().alreadyCoded()));
                    // The hits per code changed with the new codings.
                    search(request.get());
                })
                .onFailure(this::explain));
    }

    private Optional<SearchRequest> lastSearch() {
        return Optional.ofNullable(searched);
    }

    private static String describe(Code target, AutocodePlan plan) {
        return I18n.t("search.autocode.preview", plan.hits(), plan.newCodings(), target.name(), plan.alreadyCoded());
    }

    /** A problem core describes is shown beside the query; anything else is a bug and gets the usual dialog. */
    private void explain(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof LocalizedException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            problem.set(cause.getMessage());
        } else {
            session.dialogs().showError(error);
        }
    }

    /** Counts per transcript and per code as one line each, for the pane's summary. */
    static String summary(List<HitCount> counts) {
        StringBuilder out = new StringBuilder();
        for (HitCount count : counts) {
            if (!out.isEmpty()) {
                out.append(" · ");
            }
            out.append(count.name()).append(" (").append(count.hits()).append(')');
        }
        return out.toString();
    }
}
