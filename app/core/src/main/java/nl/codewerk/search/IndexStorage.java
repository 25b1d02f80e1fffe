package nl.codewerk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Where the index lives and whether what is there can be trusted: the first writable place of
 * (folder beside the project, user cache folder), or memory when the folder is in use by
 * another process. An index of another format or project, or one that fails its checksums, is
 * wiped and started afresh. Not thread-safe: {@link SearchIndex} calls it under its lock.
 */
final class IndexStorage {

    private static final System.Logger LOG = System.getLogger(IndexStorage.class.getName());

    private Path location;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private SearchIndex.Opened opened = SearchIndex.Opened.CURRENT;

    Path location() {
        return location;
    }

    SearchIndex.Opened opened() {
        return opened;
    }

    IndexWriter writer() {
        return writer;
    }

    private boolean uncommitted;
    private boolean stale;

    SearcherManager searchers() {
        return searchers;
    }

    boolean isOpen() {
        return writer != null;
    }

    /** Opens the first usable place; returns the fingerprints of the transcripts found indexed. */
    Map<Long, String> open(List<Path> places, String guid) {
        for (Path place : places) {
            try {
                Files.createDirectories(place);
                directory = FSDirectory.open(place);
                location = place;
                return openOrCreate(guid);
            } catch (LockObtainFailedException e) {
                // Another process (or project window) has this index open: work in memory.
                LOG.log(System.Logger.Level.INFO, "search index at " + place + " in use; indexing in memory");
                close();
                break;
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "search index cannot live at " + place + ": " + e);
                close();
            }
        }
        inMemory(guid);
        opened = SearchIndex.Opened.IN_MEMORY;
        return new HashMap<>();
    }

    static Path cacheFolder(String guid) {
        String base = System.getenv("XDG_CACHE_HOME");
        Path cache = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("codewerk").resolve("index").resolve(guid.isBlank() ? "unknown" : guid);
    }

    /** Opens an existing index after checking it whole, or starts a new one. */
    private Map<Long, String> openOrCreate(String guid) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            create(guid);
            opened = SearchIndex.Opened.MISSING;
            return new HashMap<>();
        }
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!SearchAnalysis.FORMAT.equals(data.get("format")) || !guid.equals(data.get("guid"))) {
                LOG.log(System.Logger.Level.INFO, "search index of another format or project; rebuilding");
                wipeAndCreate(guid);
                opened = SearchIndex.Opened.FOREIGN;
                return new HashMap<>();
            }
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            searchers = new SearcherManager(writer, null);
            Map<Long, String> indexed = verifyAndRead();
            opened = SearchIndex.Opened.CURRENT;
            return indexed;
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "search index damaged; rebuilding", e);
            wipeAndCreate(guid);
            opened = SearchIndex.Opened.DAMAGED;
            return new HashMap<>();
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

    /** After damage found while reading: start afresh in the same place, or in memory. */
    void recreate(String guid) {
        try {
            wipeAndCreate(guid);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "search index cannot be recreated in place; using memory", e);
            close();
            inMemory(guid);
        }
    }

    private void inMemory(String guid) {
        try {
            directory = new ByteBuffersDirectory();
            location = null;
            create(guid);
        } catch (IOException e) {
            throw new SearchIndexException(e, "search.indexFailed", String.valueOf(e.getMessage()));
        }
    }

    private void wipeAndCreate(String guid) throws IOException {
        closeWriter();
        for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                directory.deleteFile(file);
            }
        }
        create(guid);
    }

    private void create(String guid) throws IOException {
        writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        searchers = new SearcherManager(writer, null);
        commit(guid);
    }

    /** Commits with the marks that tell a later opening whose index this is and how it was made. */
    void commit(String guid) throws IOException {
        writer.setLiveCommitData(Map.of("format", SearchAnalysis.FORMAT, "guid", guid).entrySet());
        writer.commit();
        uncommitted = false;
        stale = false;
        searchers.maybeRefreshBlocking();
    }

    /**
     * Notes changes the writer holds that are neither committed nor seen by searches yet. A
     * commit syncs files to disk and a refresh writes a segment: a single coding should wait for
     * neither. The next search refreshes ({@link #refreshIfStale}); closing commits. Changes lost
     * in a crash are found on the next opening (their transcripts' fingerprints differ) and
     * indexed again.
     */
    void changedWithoutCommit() {
        uncommitted = true;
        stale = true;
    }

    /** Lets searches see the writer's changes, if there are any they do not see yet. */
    void refreshIfStale() throws IOException {
        if (stale) {
            stale = false;
            searchers.maybeRefreshBlocking();
        }
    }

    /** Whether there are changes a search sees that are not committed yet. */
    boolean uncommitted() {
        return uncommitted;
    }

    private static final SearchCodec CODEC = new SearchCodec();

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.indexAnalyzer());
        config.setOpenMode(mode);
        config.setCodec(CODEC);
        config.setCommitOnClose(false);
        // Fewer, larger flushed segments and no copying into compound files: most of a
        // rebuild's time is otherwise spent writing segments twice and merging them.
        config.setRAMBufferSizeMB(48);
        config.setUseCompoundFile(false);
        return config;
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
                // Everything worth keeping was committed; never commit half an update on closing.
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the index writer failed", e);
        }
        writer = null;
    }

    void close() {
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
}
