package nl.codewerk.ui.workbench;

import java.util.function.Supplier;
import javafx.stage.Window;
import nl.codewerk.ui.codebook.CodebookEditor;
import nl.codewerk.ui.codebook.CodebookModel;
import nl.codewerk.ui.coding.CodingActions;
import nl.codewerk.ui.coding.PinnedCodes;
import nl.codewerk.ui.common.DragPayload;
import nl.codewerk.ui.importing.ImportController;
import nl.codewerk.ui.memo.MemoModel;
import nl.codewerk.ui.privacy.OpeningChecks;
import nl.codewerk.ui.privacy.TranscriptEditing;
import nl.codewerk.ui.retrieval.RetrievalModel;
import nl.codewerk.ui.search.SearchModel;
import nl.codewerk.ui.search.WordsModel;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.transcript.TranscriptListModel;
import nl.codewerk.ui.transcript.TranscriptModel;

/**
 * The models of one open project's workbench. They outlive the views, which are rebuilt when
 * the language changes, so the open transcript and the caret stay where they were.
 */
public final class WorkbenchModel {

    private final ProjectSession session;
    private final TranscriptListModel transcripts;
    private final TranscriptModel transcript;
    private final CodebookModel codebook;
    private final CodebookEditor codebookEditor;
    private final CodingActions coding;
    private final MemoModel memos;
    private final RetrievalModel retrieval;
    private final UndoModel undo;
    private final SearchModel search;
    private final WordsModel words;
    private final ImportController importer;
    private final DragPayload drag = new DragPayload();
    private final TranscriptEditing editing;

    public WorkbenchModel(ProjectSession session, Supplier<Window> window) {
        this.session = session;
        this.transcripts = new TranscriptListModel(session);
        this.transcript = new TranscriptModel(session);
        this.codebook = new CodebookModel(session);
        this.codebookEditor = new CodebookEditor(codebook, session.dialogs(), window);
        PinnedCodes pins = new PinnedCodes(session.context().settings(), session.key());
        codebook.stateProperty().addListener((obs, old, state) -> pins.useDefaultsFrom(state));
        this.coding = new CodingActions(session, transcript, codebook, pins, window);
        this.memos = new MemoModel(session, transcript, codebook);
        this.retrieval = new RetrievalModel(session, transcript);
        this.undo = new UndoModel(session);
        this.search = new SearchModel(session, transcript);
        this.words = new WordsModel(session, transcript);
        this.importer = new ImportController(session);
        this.editing = new TranscriptEditing(session, transcript);
    }

    /** Loads what the panes show; each part arrives when it has been read. */
    public void load() {
        transcripts.reload();
        codebook.reload();
        undo.reload();
        memos.reload();
        OpeningChecks.run(session);
    }

    public TranscriptEditing editing() {
        return editing;
    }

    public ProjectSession session() {
        return session;
    }

    public TranscriptListModel transcripts() {
        return transcripts;
    }

    public TranscriptModel transcript() {
        return transcript;
    }

    public CodebookModel codebook() {
        return codebook;
    }

    public CodebookEditor codebookEditor() {
        return codebookEditor;
    }

    public CodingActions coding() {
        return coding;
    }

    public MemoModel memos() {
        return memos;
    }

    public RetrievalModel retrieval() {
        return retrieval;
    }

    public SearchModel search() {
        return search;
    }

    public WordsModel words() {
        return words;
    }

    public UndoModel undo() {
        return undo;
    }

    public ImportController importer() {
        return importer;
    }

    public DragPayload drag() {
        return drag;
    }
}
