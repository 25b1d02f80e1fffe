package nl.codewerk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.ChangeEvent;
import nl.codewerk.project.Database;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptStore;
import nl.codewerk.util.CancelledException;
import nl.codewerk.util.Progress;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index of a project's speaker turns. It is derived data: the project file stays
 * the only source of truth, and the index can be deleted at any time without losing anything.
 *
 * <p>It lives in a folder beside the project ({@code interviews.cwk.index/}), or in the user's
 * cache folder when that one cannot be written, or in memory when another process holds it.
 * On opening it is checked (format, project guid, checksums of every file) and compared with
 * the project transcript by transcript; what is missing, stale or corrupt is indexed again,
 * with progress. Every committed change to transcripts, turns, codings or cases updates it from
 * the database listener, in the same user action.
 */
public final class SearchIndex implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

    /** Tables whose changes can change a turn document. */
    private static final Set<String> TABLES = Set.of("transcripts", "turns", "codings", "cases", "attributes",
            "attribute_values", "speaker_cases");

    /** Beyond this many transcripts to index, all codings are read at once rather than per transcript. */
    private static final int BULK = 20;

    private final Database database;
    private final TranscriptStore transcripts;
    private final CodingService codings;
    private final ProjectState state;
    private final ReentrantLock lock = new ReentrantLock();
    private final Consumer<ChangeEvent> listener = this::changed;

    private volatile boolean dirty = true;
    /** Set when indexing was cancelled: finish it at the next search, not behind the user's back. */
    private volatile boolean resumeLater;
    private Path location;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private Map<Long, String> indexed = new HashMap<>();
    private boolean closed;
    private StemForms forms;
    private Object formsKey;
    private Opened opened = Opened.CURRENT;

    /** What opening found: why the index was (re)built, if it was. */
    public enum Opened {
        /** An index was there and readable; changed transcripts (if any) were indexed again. */
        CURRENT,
        /** There was no index (first search, deleted, or copied without it): built from scratch. */
        MISSING,
        /** The index was unreadable or failed its checksums: rebuilt. */
        DAMAGED,
        /** The index was written by another version or belongs to another project: rebuilt. */
        FOREIGN,
        /** The index folder is in use by another process: built in memory for this session. */
        IN_MEMORY
    }

    SearchIndex(Database database, TranscriptStore transcripts, CodingService codings, CaseStore cases) {
        this.database = database;
        this.transcripts = transcripts;
        this.codings = codings;
        this.state = new ProjectState(transcripts, codings, cases);
    }

    /** Where the index of a project lives when it can be written beside it. */
    public static Path folderFor(Path projectFile) {
        Path absolute = projectFile.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".index");
    }

    /** The folder actually in use, or null when the index is held in memory. */
    public Path location() {
        return location;
    }

    /** What opening found. */
    public Opened opened() {
        return opened;
    }

    /** How many transcripts the index holds. */
    public int transcriptCount() {
        lock.lock();
        try {
            return indexed.size();
        } finally {
            unlockAndDrain();
        }
    }

    /**
     * Opens the index and brings it up to date: builds it when missing, rebuilds it when it is
     * unreadable, of another format or of another project, and indexes changed transcripts again.
     */
    void open(Progress progress) {
        lock.lock();
        try {
            String guid = database.info("guid").orElse("");
            openStorage(guid);
            database.addListener(listener);
            dirty = true;
            resumeLater = false;
            drain(progress);
        } finally {
            unlockAndDrain();
        }
    }

    /** Throws the index away and builds it again from the project. */
    public RebuildReport rebuild(Progress progress) {
        long started = System.nanoTime();
        lock.lock();
        try {
            requireOpen();
            try {
                writer.deleteAll();
                commit();
                indexed = new HashMap<>();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "search index unusable, starting afresh", e);
                recreate();
            }
            state.invalidateAll();
            dirty = true;
            resumeLater = false;
            drain(progress);
            return new RebuildReport(indexed.size(), indexedTurns(), (System.nanoTime() - started) / 1_000_000, location);
        } finally {
            unlockAndDrain();
        }
    }

    /** What a rebuild did: transcripts and turns indexed, how long it took, where the index lives. */
    public record RebuildReport(int transcripts, int turns, long millis, Path location) {
    }

    /** Work done on a current searcher, with the names and codings it was made from. */
    interface IndexWork<T> {
        T apply(IndexSearcher searcher, StemForms forms, Map<Long, String> names, Map<Long, List<Coding>> codings) throws IOException;
    }

    /**
     * Runs work on a searcher of the current index. When the index turns out to be damaged
     * while reading, it is rebuilt and the work runs once more.
     */
    <T> T read(IndexWork<T> work) {
        lock.lock();
        try {
            requireOpen();
            resumeLater = false;
            drain(Progress.NONE);
            for (int attempt = 0; ; attempt++) {
                IndexSearcher searcher = null;
                try {
                    searcher = searchers.acquire();
                    return work.apply(searcher, stemForms(searcher), state.names(), state.codings());
                } catch (nl.codewerk.i18n.LocalizedException | CancelledException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    if (attempt > 0) {
                        throw new SearchIndexException(e, "search.indexFailed", String.valueOf(e.getMessage()));
                    }
                    LOG.log(System.Logger.Level.WARNING, "search index damaged while reading; rebuilding", e);
                    release(searcher);
                    searcher = null;
                    recreate();
                    dirty = true;
                    drain(Progress.NONE);
                } finally {
                    release(searcher);
                }
            }
        } finally {
            unlockAndDrain();
        }
    }

    /** The stem map of this searcher's reader, made again only when the reader changed. */
    private StemForms stemForms(IndexSearcher searcher) throws IOException {
        Object key = searcher.getIndexReader().getReaderCacheHelper().getKey();
        if (key != formsKey) {
            forms = StemForms.of(searcher.getIndexReader());
            formsKey = key;
        }
        return forms;
    }

    private void release(IndexSearcher searcher) {
        if (searcher != null && searchers != null) {
            try {
                searchers.release(searcher);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "releasing a searcher failed", e);
            }
        }
    }

    private void changed(ChangeEvent event) {
        if (event.tables().stream().noneMatch(TABLES::contains)) {
            return;
        }
        state.invalidate(event.tables());
        dirty = true;
        if (resumeLater) {
            return;
        }
        // This runs inside the database's lock: never wait for the index here. If another
        // thread holds it, that thread sees the flag and indexes the change before letting go.
        if (lock.tryLock()) {
            try {
                drain(Progress.NONE);
            } catch (RuntimeException e) {
                dirty = true;
                LOG.log(System.Logger.Level.WARNING, "search index not updated; will retry before the next search", e);
            } finally {
                unlockAndDrain();
            }
        }
    }

    private void unlockAndDrain() {
        lock.unlock();
        while (dirty && !resumeLater && !closed && lock.tryLock()) {
            try {
                drain(Progress.NONE);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "search index not updated; will retry before the next search", e);
                lock.unlock();
                return;
            }
            lock.unlock();
        }
    }

    /** Indexes whatever changed until nothing is left. Holds the lock. */
    private void drain(Progress progress) {
        if (closed || writer == null) {
            return;
        }
        while (dirty) {
            dirty = false;
            try {
                syncOnce(progress);
            } catch (CancelledException e) {
                dirty = true;
                resumeLater = true;
                throw e;
            } catch (IOException | RuntimeException e) {
                dirty = true;
                if (e instanceof nl.codewerk.i18n.LocalizedException localized) {
                    throw localized;
                }
                throw new SearchIndexException(e, "search.indexFailed", String.valueOf(e.getMessage()));
            }
        }
    }

    private void syncOnce(Progress progress) throws IOException {
        Map<Long, String> current = state.fingerprints();
        List<Long> changedIds = new ArrayList<>();
        current.forEach((id, fingerprint) -> {
            if (!fingerprint.equals(indexed.get(id))) {
                changedIds.add(id);
            }
        });
        List<Long> removed = indexed.keySet().stream().filter(id -> !current.containsKey(id)).toList();
        if (changedIds.isEmpty() && removed.isEmpty()) {
            return;
        }
        Map<Long, String> names = state.names();
        Map<Long, List<Coding>> allCodings = changedIds.size() > BULK ? state.codings() : null;
        Map<Long, Long> cases = new HashMap<>();
        state.revisions().forEach(r -> cases.put(r.id(), r.caseId()));
        // Nothing to delete in an empty index: saves a lookup per transcript on a full build.
        boolean fresh = indexed.isEmpty() && writer.getDocStats().numDocs == 0;
        // Analysis runs inside addDocuments, so transcripts are added from a few threads while
        // this one reads the next from the project (the database serialises its reads anyway).
        int threads = changedIds.size() > 1 ? Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())) : 1;
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, SearchIndex::indexingThread) : null;
        Semaphore slots = new Semaphore(threads * 2);
        Map<Long, Future<?>> pending = new java.util.LinkedHashMap<>();
        Throwable failure = null;
        try {
            for (int i = 0; i < changedIds.size(); i++) {
                long id = changedIds.get(i);
                progress.checkCancelled();
                progress.update(i, changedIds.size(), Messages.get("search.indexing", names.getOrDefault(id, String.valueOf(id))));
                if (!fresh) {
                    writer.deleteDocuments(new Term(TurnDocuments.TRANSCRIPT, Long.toString(id)));
                }
                Transcript transcript = transcripts.get(id).orElse(null);
                if (transcript == null) {
                    indexed.remove(id);
                    continue;
                }
                List<Coding> mine = allCodings != null ? allCodings.getOrDefault(id, List.of())
                        : codings.list(nl.codewerk.coding.CodingFilter.transcript(id));
                List<Document> docs = TurnDocuments.build(transcript, mine, state.caseInfo(id, cases.get(id)), current.get(id));
                if (pool == null) {
                    writer.addDocuments(docs);
                    indexed.put(id, current.get(id));
                } else {
                    slots.acquireUninterruptibly();
                    pending.put(id, pool.submit(() -> {
                        try {
                            writer.addDocuments(docs);
                        } finally {
                            slots.release();
                        }
                        return null;
                    }));
                }
            }
            for (long id : removed) {
                writer.deleteDocuments(new Term(TurnDocuments.TRANSCRIPT, Long.toString(id)));
                indexed.remove(id);
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            if (pool != null) {
                pool.shutdown();
                for (Map.Entry<Long, Future<?>> entry : pending.entrySet()) {
                    try {
                        entry.getValue().get();
                        indexed.put(entry.getKey(), current.get(entry.getKey()));
                    } catch (ExecutionException e) {
                        failure = failure != null ? failure : e.getCause();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        failure = failure != null ? failure : e;
                    }
                }
            }
            // Whatever was indexed before a cancel or failure is kept: each transcript is whole.
            commit();
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new IOException(failure);
        }
        progress.update(changedIds.size(), changedIds.size(), "");
    }

    private static Thread indexingThread(Runnable work) {
        Thread thread = new Thread(work, "codewerk-search-indexing");
        thread.setDaemon(true);
        return thread;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of("format", SearchAnalysis.FORMAT, "guid", database.info("guid").orElse("")).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private int indexedTurns() {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return searcher.count(new org.apache.lucene.search.FieldExistsQuery(TurnDocuments.OFFSET));
        } catch (IOException e) {
            return 0;
        } finally {
            release(searcher);
        }
    }

    // ---- storage -------------------------------------------------------------------------

    private void openStorage(String guid) {
        List<Path> places = new ArrayList<>();
        places.add(folderFor(database.file()));
        places.add(cacheFolder(guid));
        for (Path place : places) {
            try {
                Files.createDirectories(place);
                directory = FSDirectory.open(place);
                location = place;
                openOrCreate(guid);
                return;
            } catch (LockObtainFailedException e) {
                // Another process (or project window) has this index open: work in memory.
                LOG.log(System.Logger.Level.INFO, "search index at " + place + " in use; indexing in memory");
                closeStorage();
                break;
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "search index cannot live at " + place + ": " + e);
                closeStorage();
            }
        }
        try {
            directory = new ByteBuffersDirectory();
            location = null;
            create();
            opened = Opened.IN_MEMORY;
        } catch (IOException e) {
            throw new SearchIndexException(e, "search.indexFailed", String.valueOf(e.getMessage()));
        }
    }

    private static Path cacheFolder(String guid) {
        String base = System.getenv("XDG_CACHE_HOME");
        Path cache = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("codewerk").resolve("index").resolve(guid.isBlank() ? "unknown" : guid);
    }

    /** Opens an existing index after checking it whole, or starts a new one. */
    private void openOrCreate(String guid) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            create();
            opened = Opened.MISSING;
            return;
        }
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!SearchAnalysis.FORMAT.equals(data.get("format")) || !guid.equals(data.get("guid"))) {
                LOG.log(System.Logger.Level.INFO, "search index of another format or project; rebuilding");
                wipeAndCreate();
                opened = Opened.FOREIGN;
                return;
            }
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            searchers = new SearcherManager(writer, null);
            indexed = verifyAndRead();
            opened = Opened.CURRENT;
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "search index damaged; rebuilding", e);
            wipeAndCreate();
            opened = Opened.DAMAGED;
        }
    }

    /** Verifies every file's checksum and reads the fingerprint of each indexed transcript. */
    private Map<Long, String> verifyAndRead() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
            Map<Long, String> out = new HashMap<>();
            Weight weight = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(TurnDocuments.KIND, TurnDocuments.KIND_TRANSCRIPT))),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            Set<String> fields = Set.of(TurnDocuments.TRANSCRIPT, TurnDocuments.FINGERPRINT);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document document = stored.document(doc, fields);
                    out.put(Long.parseLong(document.get(TurnDocuments.TRANSCRIPT)), document.get(TurnDocuments.FINGERPRINT));
                }
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    private void wipeAndCreate() throws IOException {
        closeWriter();
        for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                directory.deleteFile(file);
            }
        }
        create();
    }

    private void create() throws IOException {
        writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        searchers = new SearcherManager(writer, null);
        indexed = new HashMap<>();
        commit();
    }

    /** After damage found while reading: start afresh in the same place. */
    private void recreate() {
        try {
            wipeAndCreate();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "search index cannot be recreated in place; using memory", e);
            closeStorage();
            try {
                directory = new ByteBuffersDirectory();
                location = null;
                create();
            } catch (IOException inMemory) {
                throw new SearchIndexException(inMemory, "search.indexFailed", String.valueOf(inMemory.getMessage()));
            }
        }
        state.invalidateAll();
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.indexAnalyzer());
        config.setOpenMode(mode);
        config.setCommitOnClose(false);
        // Fewer, larger flushed segments and no copying into compound files: most of a
        // rebuild's time is otherwise spent writing segments twice and merging them.
        config.setRAMBufferSizeMB(48);
        config.setUseCompoundFile(false);
        return config;
    }

    private void requireOpen() {
        if (closed || writer == null) {
            throw new IllegalStateException("search index is closed");
        }
    }

    private void closeWriter() {
        try {
            if (searchers != null) {
                searchers.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing searchers failed", e);
        }
        searchers = null;
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the index writer failed", e);
        }
        writer = null;
    }

    private void closeStorage() {
        closeWriter();
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the index directory failed", e);
        }
        directory = null;
    }

    @Override
    public void close() {
        database.removeListener(listener);
        lock.lock();
        try {
            closed = true;
            closeStorage();
        } finally {
            lock.unlock();
        }
    }
}
