package nl.codewerk.export;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.Case;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.CaseOfCoding;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.Memo;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.workspace.Project;

/**
 * What the exports read from a project, read once: the code tree, transcripts, cases and their
 * attributes, every coding and the case it counts for. Texts and memos are read when first
 * needed. Every report of one export is computed from the same snapshot, so its tables agree.
 */
public final class ProjectSnapshot {

    private final Project project;
    private final String name;
    private final Codebook codebook;
    private final List<TranscriptSummary> transcripts;
    private final Map<Long, TranscriptSummary> transcriptById = new LinkedHashMap<>();
    private final List<Attribute> attributes;
    private final Map<Long, Case> cases = new LinkedHashMap<>();
    private final List<Coding> codings;
    private final List<String> coders;
    private final CaseOfCoding caseOf;
    private final Map<Long, String> texts = new HashMap<>();
    private List<Memo> memos;

    private ProjectSnapshot(Project project) {
        this.project = project;
        this.name = project.name();
        this.codebook = project.codebook().codebook();
        this.transcripts = project.transcripts().list();
        transcripts.forEach(t -> transcriptById.put(t.id(), t));
        this.attributes = project.cases().attributes();
        project.cases().cases().forEach(c -> cases.put(c.id(), c));
        this.codings = project.codings().list(CodingFilter.ALL);
        this.coders = project.codings().coders();
        this.caseOf = CaseOfCoding.load(project.transcripts(), project.cases());
    }

    public static ProjectSnapshot load(Project project) {
        return new ProjectSnapshot(project);
    }

    public String projectName() {
        return name;
    }

    public Codebook codebook() {
        return codebook;
    }

    /** Transcripts by name. */
    public List<TranscriptSummary> transcripts() {
        return transcripts;
    }

    public TranscriptSummary transcript(long id) {
        return transcriptById.get(id);
    }

    /** Finds a transcript by id or name, as the command line names it. */
    public Optional<TranscriptSummary> findTranscript(String idOrName) {
        return project.transcripts().find(idOrName).map(t -> transcriptById.get(t.id()));
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst()
                .or(() -> attributes.stream().filter(a -> a.name().equalsIgnoreCase(attributeName)).findFirst());
    }

    /** Cases by name. */
    public Map<Long, Case> cases() {
        return Collections.unmodifiableMap(cases);
    }

    /** Every coding, by transcript and position. */
    public List<Coding> codings() {
        return codings;
    }

    public List<String> coders() {
        return coders;
    }

    public CaseOfCoding caseOf() {
        return caseOf;
    }

    /** The text of a transcript, read once. */
    public synchronized String text(long transcriptId) {
        return texts.computeIfAbsent(transcriptId, id -> project.transcripts().get(id).map(Transcript::text).orElse(""));
    }

    public Transcript fullTranscript(long transcriptId) {
        return project.transcripts().get(transcriptId).orElseThrow();
    }

    public synchronized List<Memo> memos() {
        if (memos == null) {
            memos = project.memos().list();
        }
        return memos;
    }

    /** The part of the project a report with this filter is about. */
    public Scope scope(ExportFilter filter) {
        return new Scope(this, filter);
    }
}
