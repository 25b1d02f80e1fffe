package nl.codewerk.workspace;

import java.nio.file.Path;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.codebook.CodebookFile;
import nl.codewerk.codebook.CodebookLoader;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.CodingService;
import nl.codewerk.memo.MemoService;
import nl.codewerk.privacy.PseudonymiseService;
import nl.codewerk.privacy.SavedPseudonymsOnImport;
import nl.codewerk.project.Database;
import nl.codewerk.project.ProjectFile;
import nl.codewerk.project.UndoLog;
import nl.codewerk.search.SearchService;
import nl.codewerk.transcript.ImportService;
import nl.codewerk.transcript.TranscriptEditService;
import nl.codewerk.transcript.TranscriptStore;

/**
 * An open project and the services that work on it. The workbench and the command line both
 * start here, so they share one way of doing everything.
 */
public final class Project implements AutoCloseable {

    private final Database database;
    private final TranscriptStore transcripts;
    private final CaseStore cases;
    private final CodebookService codebook;
    private final CodingService codings;
    private final MemoService memos;
    private final SearchService search;

    private Project(Database database) {
        this.database = database;
        this.transcripts = new TranscriptStore(database);
        this.cases = new CaseStore(database);
        this.codebook = new CodebookService(database);
        this.codings = new CodingService(database);
        this.memos = new MemoService(database);
        this.search = new SearchService(database, transcripts, cases, codings, codebook);
    }

    /** Creates a project file that starts with the given codebook (or none when null). */
    public static Project create(Path file, CodebookFile startCodebook) {
        String name = file.getFileName().toString().replaceFirst("\\.cwk$", "");
        Project project = new Project(ProjectFile.create(file, name));
        if (startCodebook != null) {
            try {
                project.database.unrecorded("codebook", tx -> new CodebookLoader(project.codebook).load(tx, startCodebook));
            } catch (RuntimeException e) {
                project.close();
                throw e;
            }
        }
        return project;
    }

    public static Project open(Path file) {
        return new Project(ProjectFile.open(file));
    }

    public static Project openReadOnly(Path file) {
        return new Project(ProjectFile.openReadOnly(file));
    }

    public Database database() {
        return database;
    }

    public Path file() {
        return database.file();
    }

    public String name() {
        return database.info("name").orElse(file().getFileName().toString());
    }

    public TranscriptStore transcripts() {
        return transcripts;
    }

    public ImportService importer() {
        return new ImportService(database, transcripts, cases).followedBy(new SavedPseudonymsOnImport(pseudonyms(), transcripts));
    }

    /** Editing transcript text after import: codings, turns and memos follow the edit. */
    public TranscriptEditService edits() {
        return new TranscriptEditService(database);
    }

    /** Pseudonymising with a list of replacements; the list is saved in the project. */
    public PseudonymiseService pseudonyms() {
        return new PseudonymiseService(database);
    }

    public CaseStore cases() {
        return cases;
    }

    public CodebookService codebook() {
        return codebook;
    }

    public CodingService codings() {
        return codings;
    }

    public MemoService memos() {
        return memos;
    }

    /** Search, autocode and word lists; the index beside the project opens on first use. */
    public SearchService search() {
        return search;
    }

    public UndoLog undoLog() {
        return database.undoLog();
    }

    @Override
    public void close() {
        try {
            search.close();
        } finally {
            database.close();
        }
    }
}
