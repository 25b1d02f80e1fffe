package nl.codewerk.ui.transcript;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.Case;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;
import nl.codewerk.workspace.Project;

/** The project's transcripts with their case attributes, reloaded whenever they change. */
public final class TranscriptListModel {

    private static final Set<String> TABLES = Set.of("transcripts", "turns", "cases", "attributes", "attribute_values", "speaker_cases");

    private final ProjectSession session;
    private final ObservableList<TranscriptRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> attributeNames = FXCollections.observableArrayList();

    public TranscriptListModel(ProjectSession session) {
        this.session = session;
        session.onChange(event -> {
            if (event.tables().stream().anyMatch(TABLES::contains)) {
                reload();
            }
        });
    }

    public ObservableList<TranscriptRow> rows() {
        return rows;
    }

    public ObservableList<String> attributeNames() {
        return attributeNames;
    }

    public void reload() {
        session.run(BackgroundTask.of(progress -> load(session.project()))
                .latestOf("transcript-list")
                .onSuccess(loaded -> {
                    if (!attributeNames.equals(loaded.attributes())) {
                        attributeNames.setAll(loaded.attributes());
                    }
                    rows.setAll(loaded.rows());
                }));
    }

    private record Loaded(List<String> attributes, List<TranscriptRow> rows) {
    }

    private static Loaded load(Project project) {
        List<String> attributes = project.cases().attributes().stream().map(Attribute::name).toList();
        Map<Long, Case> cases = new HashMap<>();
        project.cases().cases().forEach(c -> cases.put(c.id(), c));
        List<TranscriptRow> rows = project.transcripts().list().stream().map(t -> row(t, cases)).toList();
        return new Loaded(attributes, rows);
    }

    private static TranscriptRow row(TranscriptSummary summary, Map<Long, Case> cases) {
        Case c = summary.caseId() == null ? null : cases.get(summary.caseId());
        return new TranscriptRow(summary.id(), summary.name(), summary.words(), summary.turns(),
                c == null ? null : c.name(), c == null ? Map.of() : c.attributes());
    }
}
