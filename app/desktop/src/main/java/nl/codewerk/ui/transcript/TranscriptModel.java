package nl.codewerk.ui.transcript;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexRange;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.coding.CodingService;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/**
 * The transcript in the centre: its text and turns, its codings (all coders; the view filters),
 * and where the caret and selection are, which the coding actions and side panes work from.
 */
public final class TranscriptModel {

    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<Transcript> transcript = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Coding> codings = FXCollections.observableArrayList();
    private final ObservableList<Coding> visibleCodings = FXCollections.observableArrayList();
    private final ObservableList<Coding> codingsHere = FXCollections.observableArrayList();
    private final ObjectProperty<CoderFilter> coderFilter = new SimpleObjectProperty<>(CoderFilter.ALL);
    private final ObjectProperty<IndexRange> selection = new SimpleObjectProperty<>(new IndexRange(0, 0));
    private final ObjectProperty<Coding> selectedCoding = new SimpleObjectProperty<>();
    private final ObjectProperty<IndexRange> jumpRequest = new SimpleObjectProperty<>();

    public TranscriptModel(ProjectSession session) {
        this.session = session;
        session.onChange(event -> {
            // An edit or a pseudonymisation changes the text itself: read the open transcript again.
            if (transcript.get() != null && event.touches("transcripts")) {
                reload();
                return;
            }
            if (transcript.get() != null && (event.touches("codings") || event.touches("codes"))) {
                reloadCodings();
            }
        });
        coderFilter.addListener((obs, old, now) -> filter());
        session.coderProperty().addListener((obs, old, now) -> filter());
        selection.addListener((obs, old, now) -> findCodingsHere());
    }

    public ReadOnlyObjectProperty<Transcript> transcriptProperty() {
        return transcript.getReadOnlyProperty();
    }

    public Transcript transcript() {
        return transcript.get();
    }

    /** Every coding of the open transcript, all coders. */
    public ObservableList<Coding> codings() {
        return codings;
    }

    /** The codings the coder filter lets through: what is highlighted and striped. */
    public ObservableList<Coding> visibleCodings() {
        return visibleCodings;
    }

    /** The visible codings at the caret, or overlapping the selection. */
    public ObservableList<Coding> codingsHere() {
        return codingsHere;
    }

    public ObjectProperty<CoderFilter> coderFilterProperty() {
        return coderFilter;
    }

    /** Set by the view as the caret moves: an empty range is the caret alone. */
    public ObjectProperty<IndexRange> selectionProperty() {
        return selection;
    }

    /** The coding picked by a click on its stripe or in the side pane. */
    public ObjectProperty<Coding> selectedCodingProperty() {
        return selectedCoding;
    }

    /** A range the view should select and scroll to (retrieval, clicking a stripe). */
    public ObjectProperty<IndexRange> jumpRequestProperty() {
        return jumpRequest;
    }

    public void open(long transcriptId) {
        open(transcriptId, null);
    }

    /** Opens a transcript (if not open already) and selects {@code range} in it when given. */
    public void open(long transcriptId, IndexRange range) {
        Transcript current = transcript.get();
        if (current != null && current.id() == transcriptId) {
            if (range != null) {
                jumpTo(range);
            }
            return;
        }
        session.run(BackgroundTask.of(progress -> load(transcriptId))
                .latestOf("transcript")
                .onSuccess(loaded -> {
                    selectedCoding.set(null);
                    codings.setAll(loaded.codings());
                    transcript.set(loaded.transcript());
                    filter();
                    if (range != null) {
                        jumpTo(range);
                    }
                }));
    }

    /** Reads the open transcript and its codings again, keeping the selection where it can. */
    public void reload() {
        Transcript current = transcript.get();
        if (current == null) {
            return;
        }
        long id = current.id();
        session.run(BackgroundTask.of(progress -> session.project().transcripts().get(id).map(t -> load(id)))
                .latestOf("transcript")
                .onSuccess(loaded -> loaded.ifPresentOrElse(l -> {
                    selectedCoding.set(null);
                    codings.setAll(l.codings());
                    transcript.set(l.transcript());
                    filter();
                }, () -> transcript.set(null))));
    }

    public void jumpTo(IndexRange range) {
        jumpRequest.set(null);
        jumpRequest.set(range);
    }

    private record Loaded(Transcript transcript, List<Coding> codings) {
    }

    private Loaded load(long transcriptId) {
        Transcript loaded = session.project().transcripts().get(transcriptId).orElseThrow();
        return new Loaded(loaded, session.project().codings().list(CodingFilter.transcript(transcriptId)));
    }

    public void reloadCodings() {
        Transcript current = transcript.get();
        if (current == null) {
            return;
        }
        long id = current.id();
        session.run(BackgroundTask.of(progress -> session.project().codings().list(CodingFilter.transcript(id)))
                .latestOf("transcript-codings")
                .onSuccess(list -> {
                    if (transcript.get() != null && transcript.get().id() == id) {
                        codings.setAll(list);
                        filter();
                        // The picked coding stays picked when it changed (a comment, another code).
                        Coding picked = selectedCoding.get();
                        selectedCoding.set(picked == null ? null : list.stream().filter(c -> c.id() == picked.id()).findFirst().orElse(null));
                    }
                }));
    }

    /** The coders who coded this transcript, for the filter. */
    public List<String> coders() {
        return codings.stream().map(Coding::coder).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** The turn the caret is in (or the selection starts in). */
    public Optional<Turn> currentTurn() {
        Transcript current = transcript.get();
        if (current == null) {
            return Optional.empty();
        }
        int at = selection.get().getStart();
        Turn found = null;
        for (Turn turn : current.turns()) {
            if (turn.labelStart() <= at) {
                found = turn;
            } else {
                break;
            }
        }
        return Optional.ofNullable(found).filter(t -> t.length() > 0);
    }

    /**
     * What a code applied now would cover: the selection without surrounding white space, or the
     * whole turn at the caret when nothing is selected (coding a turn is one keystroke).
     */
    public Optional<CodingService.Span> codingTarget() {
        Transcript current = transcript.get();
        if (current == null) {
            return Optional.empty();
        }
        IndexRange range = selection.get();
        if (range.getLength() > 0) {
            int start = range.getStart();
            int end = Math.min(range.getEnd(), current.text().length());
            while (start < end && Character.isWhitespace(current.text().charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(current.text().charAt(end - 1))) {
                end--;
            }
            return start < end ? Optional.of(new CodingService.Span(current.id(), start, end)) : Optional.empty();
        }
        return currentTurn().map(turn -> new CodingService.Span(current.id(), turn.start(), turn.end()));
    }

    /** The selected words, for in-vivo coding. */
    public Optional<String> selectedText() {
        Transcript current = transcript.get();
        IndexRange range = selection.get();
        if (current == null || range.getLength() == 0) {
            return Optional.empty();
        }
        return codingTarget().map(span -> current.text().substring(span.start(), span.end()));
    }

    private void filter() {
        String me = session.coder();
        CoderFilter f = coderFilter.get();
        visibleCodings.setAll(codings.stream().filter(c -> f.shows(c, me)).toList());
        findCodingsHere();
    }

    private void findCodingsHere() {
        IndexRange range = selection.get();
        List<Coding> here = visibleCodings.stream()
                .filter(c -> range.getLength() == 0
                        ? c.start() <= range.getStart() && range.getStart() < c.end()
                        : c.overlaps(range.getStart(), range.getEnd()))
                .toList();
        if (!here.equals(codingsHere)) {
            codingsHere.setAll(here);
        }
    }
}
