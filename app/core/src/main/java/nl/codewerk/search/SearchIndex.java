package nl.codewerk.search;

import java.io.IOException;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

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
    private final IndexStorage storage = new IndexStorage();
    private Map<Long, String> indexed = new HashMap<>();
    private boolean closed;
    private StemForms forms;
    private Object formsKey;

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
        return storage.location();
    }

    /** What opening found. */
    public Opened opened() {
        return storage.opened();
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
            indexed = storage.open(List.of(folderFor(database.file()), IndexStorage.cacheFolder(guid())), guid());
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
                storage.writer().deleteAll();
                commit();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "search index unusable, starting afresh", e);
                storage.recreate(guid());
            }
            indexed = new HashMap<>();
            state.invalidateAll();
            dirty = true;
            resumeLater = false;
            drain(progress);
            return new RebuildReport(indexed.size(), indexedTurns(), (System.nanoTime() - started) / 1_000_000, storage.location());
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
                    storage.refreshIfStale();
                    searcher = storage.searchers().acquire();
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
                    storage.recreate(guid());
                    indexed = new HashMap<>();
                    state.invalidateAll();
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
        if (searcher != null && storage.searchers() != null) {
            try {
                storage.searchers().release(searcher);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "releasing a searcher failed", e);
            }
        }
    }

    private void changed(ChangeEvent event) {
        if (event.tables().stream().noneMatch(TABLES::contains)) {
            return;
        }
        state.invalidate(event.tables(), event.codedTranscripts());
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
        if (closed || !storage.isOpen()) {
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
        IndexWriter writer = storage.writer();
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
                for (Map.Entry<Long, Future<?>> entry : pending.entrySet()) {
                    Throwable failed = failureOf(entry.getValue());
                    if (failed == null) {
                        indexed.put(entry.getKey(), current.get(entry.getKey()));
                    }
                    failure = failure != null ? failure : failed;
                }
                if (failure == null) {
                    failure = flushInParallel(writer, pool, threads);
                }
                pool.shutdown();
            }
            // Whatever was indexed before a cancel or failure is kept: each transcript is whole.
            // A few transcripts (a coding, an edit) are neither committed nor refreshed here: the
            // next search refreshes, closing commits.
            if (changedIds.size() + removed.size() > BULK || failure != null) {
                commit();
            } else {
                storage.changedWithoutCommit();
            }
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

    /**
     * Writes the indexing threads' buffers to segments from all of them at once: a commit
     * would write them one after another on this thread, a sixth of a full build's time.
     */
    private static Throwable flushInParallel(IndexWriter writer, ExecutorService pool, int threads) {
        List<Future<?>> flushes = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            flushes.add(pool.submit(() -> {
                while (writer.flushNextBuffer()) {
                    // one buffer per call; stop when none is left
                }
                return null;
            }));
        }
        Throwable failure = null;
        for (Future<?> flush : flushes) {
            Throwable failed = failureOf(flush);
            failure = failure != null ? failure : failed;
        }
        return failure;
    }

    /** Waits for the work; what it failed with, or null. */
    private static Throwable failureOf(Future<?> work) {
        try {
            work.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static Thread indexingThread(Runnable work) {
        Thread thread = new Thread(work, "codewerk-search-indexing");
        thread.setDaemon(true);
        return thread;
    }

    private void commit() throws IOException {
        storage.commit(guid());
    }

    private String guid() {
        return database.info("guid").orElse("");
    }

    private int indexedTurns() {
        IndexSearcher searcher = null;
        try {
            storage.refreshIfStale();
            searcher = storage.searchers().acquire();
            return searcher.count(new org.apache.lucene.search.FieldExistsQuery(TurnDocuments.OFFSET));
        } catch (IOException e) {
            return 0;
        } finally {
            release(searcher);
        }
    }

    private void requireOpen() {
        if (closed || !storage.isOpen()) {
            throw new IllegalStateException("search index is closed");
        }
    }

    @Override
    public void close() {
        database.removeListener(listener);
        lock.lock();
        try {
            closed = true;
            if (storage.isOpen() && storage.uncommitted()) {
                try {
                    commit();
                } catch (IOException | RuntimeException e) {
                    // Not lost: the next opening finds those transcripts stale and indexes them again.
                    LOG.log(System.Logger.Level.WARNING, "search index changes not committed on closing", e);
                }
            }
            storage.close();
        } finally {
            lock.unlock();
        }
    }
}
