package nl.codewerk.ui.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexRange;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.ui.transcript.TranscriptModel;
import nl.codewerk.workspace.Project;

/** Retrieval: every fragment coded with a code (optionally its sub-codes too), and jumping to one. */
public final class RetrievalModel {

    private static final int MAX_TEXT = 400;

    private final ProjectSession session;
    private final TranscriptModel transcript;
    private final ObjectProperty<Code> code = new SimpleObjectProperty<>();
    private final BooleanProperty includeSubcodes = new SimpleBooleanProperty(false);
    private final ObservableList<Fragment> fragments = FXCollections.observableArrayList();

    public RetrievalModel(ProjectSession session, TranscriptModel transcript) {
        this.session = session;
        this.transcript = transcript;
        session.onChange(event -> {
            if (code.get() != null && (event.touches("codings") || event.touches("codes"))) {
                reload();
            }
        });
        includeSubcodes.addListener((obs, was, is) -> reload());
    }

    public ObjectProperty<Code> codeProperty() {
        return code;
    }

    public BooleanProperty includeSubcodesProperty() {
        return includeSubcodes;
    }

    public ObservableList<Fragment> fragments() {
        return fragments;
    }

    public void retrieve(Code newCode) {
        code.set(newCode);
        reload();
    }

    /** Opens the fragment's transcript with the fragment selected. */
    public void jumpTo(Fragment fragment) {
        Coding c = fragment.coding();
        transcript.open(c.transcriptId(), new IndexRange(c.start(), c.end()));
    }

    private void reload() {
        Code current = code.get();
        if (current == null) {
            fragments.clear();
            return;
        }
        boolean withSubcodes = includeSubcodes.get();
        session.run(BackgroundTask.of(progress -> load(session.project(), current.id(), withSubcodes))
                .latestOf("retrieval")
                .onSuccess(fragments::setAll));
    }

    private static List<Fragment> load(Project project, String codeId, boolean withSubcodes) {
        List<String> codes = withSubcodes
                ? project.codebook().codebook().subtree(codeId).stream().map(Code::id).toList()
                : List.of(codeId);
        List<Coding> codings = new ArrayList<>();
        for (String id : codes) {
            codings.addAll(project.codings().list(CodingFilter.ALL.withCode(id)));
        }
        codings.sort(java.util.Comparator.comparingLong(Coding::transcriptId).thenComparingInt(Coding::start));
        Map<Long, Transcript> transcripts = new HashMap<>();
        List<Fragment> out = new ArrayList<>();
        for (Coding c : codings) {
            Transcript t = transcripts.computeIfAbsent(c.transcriptId(), id -> project.transcripts().get(id).orElse(null));
            if (t == null) {
                continue;
            }
            String text = t.text().substring(Math.min(c.start(), t.text().length()), Math.min(c.end(), t.text().length()))
                    .replaceAll("\\s+", " ").strip();
            out.add(new Fragment(c, t.name(), text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text));
        }
        return out;
    }
}
