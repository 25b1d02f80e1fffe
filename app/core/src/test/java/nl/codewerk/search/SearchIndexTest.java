package nl.codewerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.codewerk.testsupport.TempProjects;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived data: deleting, damaging or outdating it never changes a result. */
class SearchIndexTest {

    private static final List<String> QUERIES = List.of("mentor", "\"jim moeder\"", "gesprek*", "geinterviewd", "mentr~");

    @TempDir
    Path dir;

    Path file;
    Path folder;

    @BeforeEach
    void setUp() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            TempProjects.addTranscript(project, "Gesprek 1", SearchFixtures.GESPREK_1);
            TempProjects.addTranscript(project, "Gesprek 2", SearchFixtures.GESPREK_2);
            file = project.file();
        }
        folder = SearchIndex.folderFor(file);
    }

    /** Every hit of every query as "transcript:start-end", from a freshly opened project. */
    private List<String> results() {
        return results(null);
    }

    private List<String> results(SearchIndex.Opened expected) {
        try (Project project = Project.open(file)) {
            if (expected != null) {
                assertThat(project.search().index().opened()).isEqualTo(expected);
            }
            return QUERIES.stream().flatMap(q -> project.search().search(SearchRequest.of(q)).hits().stream()
                    .map(h -> q + " " + h.transcriptId() + ":" + h.start() + "-" + h.end())).toList();
        }
    }

    @Test
    void theIndexLivesBesideTheProject() {
        try (Project project = Project.open(file)) {
            assertThat(project.search().index().location()).isEqualTo(folder);
        }
        assertThat(folder.getFileName().toString()).isEqualTo("test.cwk.index");
        assertThat(folder).isDirectory();
    }

    @Test
    void aDeletedIndexIsRebuiltWithTheSameResults() throws IOException {
        List<String> before = results();
        assertThat(before).hasSize(6 + 2 + 3 + 1 + 5);
        deleteFolder();
        assertThat(folder).doesNotExist();
        assertThat(results(SearchIndex.Opened.MISSING)).isEqualTo(before);
        assertThat(results(SearchIndex.Opened.CURRENT)).isEqualTo(before);
        assertThat(folder).isDirectory();
    }

    @Test
    void garbageInASegmentFileIsFoundAndTheIndexRebuilt() throws IOException {
        List<String> before = results();
        Path victim = largestSegmentFile();
        long length = Files.size(victim);
        try (RandomAccessFile raf = new RandomAccessFile(victim.toFile(), "rw")) {
            raf.seek(length / 2);
            raf.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        }
        assertThat(Files.size(victim)).isEqualTo(length);
        assertThat(results(SearchIndex.Opened.DAMAGED)).isEqualTo(before);
    }

    @Test
    void aTruncatedSegmentFileIsFoundAndTheIndexRebuilt() throws IOException {
        List<String> before = results();
        Path victim = largestSegmentFile();
        try (RandomAccessFile raf = new RandomAccessFile(victim.toFile(), "rw")) {
            raf.setLength(raf.length() / 3);
        }
        assertThat(results(SearchIndex.Opened.DAMAGED)).isEqualTo(before);
    }

    @Test
    void aDamagedCommitPointIsFoundAndTheIndexRebuilt() throws IOException {
        List<String> before = results();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(segments, new byte[] {0, 1, 2, 3});
            }
        }
        assertThat(results(SearchIndex.Opened.DAMAGED)).isEqualTo(before);
    }

    @Test
    void changesMadeWhileTheIndexWasNotOpenAreIndexedOnOpening() {
        List<String> before = results();
        // The project changes without its index: another version, or a copy without the folder.
        try (Project project = Project.open(file)) {
            TempProjects.addTranscript(project, "Gesprek 3", "Mijn mentor belt elke week.");
        }
        List<String> after = results(SearchIndex.Opened.CURRENT);
        assertThat(after).hasSize(before.size() + 2);
        try (Project project = Project.open(file)) {
            long three = project.transcripts().find("Gesprek 3").orElseThrow().id();
            String text = project.transcripts().get(three).orElseThrow().text();
            assertThat(after).contains("mentor " + three + ":" + text.indexOf("mentor") + "-" + (text.indexOf("mentor") + 6));
        }
    }

    @Test
    void turnTextIsStoredByTheCodewerkCodecAndShownAsWritten() throws IOException {
        try (Project project = Project.open(file)) {
            SearchHit hit = project.search().search(SearchRequest.of("geinterviewd")).hits().getFirst();
            assertThat(hit.match()).isEqualTo("geïnterviewd");
            assertThat(hit.before()).isEqualTo("Gesprekken met mijn mentor gingen goed. Ik werd ");
            assertThat(hit.after()).isEqualTo(" door de jim moeder en dat was fijn.");
        }
        try (FSDirectory directory = FSDirectory.open(folder)) {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            assertThat(commit.size()).isPositive();
            commit.forEach(segment -> assertThat(segment.info.getCodec().getName()).isEqualTo(SearchCodec.NAME));
        }
        // Lucene finds the codec by name when it reads the index: the service file must list it.
        assertThat(Codec.forName(SearchCodec.NAME)).isInstanceOf(SearchCodec.class);
    }

    @Test
    void anIndexOfAnEarlierFormatIsRebuilt() throws IOException {
        List<String> before = results();
        String guid;
        try (Project project = Project.open(file)) {
            guid = project.database().info("guid").orElseThrow();
        }
        // What an earlier Codewerk wrote: Lucene's default codec, compressed text, norms.
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document doc = new Document();
            doc.add(new TextField(TurnDocuments.TEXT, "mentor mentor", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of("format", "codewerk-search-4", "guid", guid).entrySet());
            writer.commit();
        }
        assertThat(results(SearchIndex.Opened.FOREIGN)).isEqualTo(before);
        assertThat(results(SearchIndex.Opened.CURRENT)).isEqualTo(before);
    }

    @Test
    void aCodingIsSearchableAtOnceAndCommittedOnClosingOrFoundAgainAfterACrash() throws IOException {
        Path lastCommit = dir.resolve("last-commit");
        String contact;
        try (Project project = Project.open(file)) {
            contact = project.codebook().codebook().require("Contact").id();
            long one = project.transcripts().find("Gesprek 1").orElseThrow().id();
            String text = project.transcripts().get(one).orElseThrow().text();
            project.search().index();
            int at = text.indexOf("mentor");
            project.codings().apply(one, at, at + 6, contact, "Lotte");
            assertThat(project.search().search(SearchRequest.of("mentor").withCode(contact)).total()).isEqualTo(1);
            // A single coding is not committed (no disk sync per action): what is on disk now is
            // what a crash would leave.
            copyFolder(folder, lastCommit);
        }
        try (Project project = Project.open(file)) {
            assertThat(project.search().index().opened()).isEqualTo(SearchIndex.Opened.CURRENT);
            assertThat(project.search().search(SearchRequest.of("mentor").withCode(contact)).total()).isEqualTo(1);
        }
        deleteFolder();
        copyFolder(lastCommit, folder);
        try (Project project = Project.open(file)) {
            assertThat(project.search().search(SearchRequest.of("mentor").withCode(contact)).total()).isEqualTo(1);
        }
    }

    @Test
    void codeFiltersFollowEveryKindOfCodingChange() {
        try (Project project = Project.open(file)) {
            String contact = project.codebook().codebook().require("Contact").id();
            long one = project.transcripts().find("Gesprek 1").orElseThrow().id();
            long two = project.transcripts().find("Gesprek 2").orElseThrow().id();
            String textOne = project.transcripts().get(one).orElseThrow().text();
            String textTwo = project.transcripts().get(two).orElseThrow().text();
            SearchRequest coded = SearchRequest.of("mentor").withCode(contact);
            project.search().index();
            int at = textOne.indexOf("mentor");
            nl.codewerk.coding.Coding first = project.codings().apply(one, at, at + 6, contact, "Lotte");
            assertThat(project.search().search(coded).total()).isEqualTo(1);
            int other = textTwo.indexOf("mentor");
            project.codings().apply(two, other, other + 6, contact, "Lotte");
            assertThat(project.search().search(coded).total()).isEqualTo(2);
            // Moving a coding off the word (an update that names no transcript), removing, undoing.
            project.codings().resize(first.id(), 0, 3, "Lotte");
            assertThat(project.search().search(coded).total()).isEqualTo(1);
            project.undoLog().undo();
            assertThat(project.search().search(coded).total()).isEqualTo(2);
            project.codings().remove(first.id(), "Lotte");
            assertThat(project.search().search(coded).hits()).extracting(SearchHit::transcriptId).containsExactly(two);
            project.undoLog().undo();
            assertThat(project.search().search(coded).total()).isEqualTo(2);
        }
    }

    @Test
    void anIndexOfAnotherProjectIsNotTrusted() throws IOException {
        Path otherDir = dir.resolve("other");
        Files.createDirectories(otherDir);
        Path other;
        try (Project project = TempProjects.withSmallCodebook(otherDir)) {
            TempProjects.addTranscript(project, "Gesprek 1", "Helemaal iets anders.", "Geen mentor hier, wel twee: mentor.");
            project.search().index();
            other = project.file();
        }
        List<String> before = results();
        deleteFolder();
        copyFolder(SearchIndex.folderFor(other), folder);
        assertThat(results(SearchIndex.Opened.FOREIGN)).isEqualTo(before);
    }

    @Test
    void aReadOnlyOpenWhileTheIndexIsInUseSearchesInMemory() {
        List<String> before = results();
        try (Project writer = Project.open(file)) {
            writer.search().index();
            try (Project reader = Project.openReadOnly(file)) {
                SearchIndex index = reader.search().index();
                assertThat(index.location()).isNull();
                assertThat(index.opened()).isEqualTo(SearchIndex.Opened.IN_MEMORY);
                List<String> seen = QUERIES.stream().flatMap(q -> reader.search().search(SearchRequest.of(q)).hits().stream()
                        .map(h -> q + " " + h.transcriptId() + ":" + h.start() + "-" + h.end())).toList();
                assertThat(seen).isEqualTo(before);
            }
        }
    }

    @Test
    void rebuildReportsWhatItIndexedWithProgress() {
        try (Project project = Project.open(file)) {
            List<Long> done = new java.util.ArrayList<>();
            SearchIndex.RebuildReport report = project.search().index().rebuild(new nl.codewerk.util.Progress() {
                @Override
                public void update(long d, long total, String message) {
                    done.add(d);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            assertThat(report.transcripts()).isEqualTo(2);
            assertThat(report.turns()).isEqualTo(6);
            assertThat(report.location()).isEqualTo(folder);
            assertThat(done).contains(0L, 2L);
            assertThat(project.search().search(SearchRequest.of("mentor")).total()).isEqualTo(6);
        }
    }

    @Test
    void aCancelledRebuildKeepsWhatItDidAndTheNextSearchFinishesIt() {
        List<String> before = results();
        try (Project project = Project.open(file)) {
            SearchIndex index = project.search().index();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.rebuild(new nl.codewerk.util.Progress() {
                private int updates;

                @Override
                public void update(long d, long total, String message) {
                    updates++;
                }

                @Override
                public boolean isCancelled() {
                    return updates > 0;
                }
            })).isInstanceOf(nl.codewerk.util.CancelledException.class);
            assertThat(index.transcriptCount()).isLessThan(2);
        }
        assertThat(results(SearchIndex.Opened.CURRENT)).isEqualTo(before);
    }

    @Test
    void codingWhileSearchingOnAnotherThreadNeitherBlocksNorLosesAChange() throws Exception {
        try (Project project = Project.open(file)) {
            String contact = project.codebook().codebook().require("Contact").id();
            long one = project.transcripts().find("Gesprek 1").orElseThrow().id();
            String text = project.transcripts().get(one).orElseThrow().text();
            project.search().index();
            java.util.concurrent.ExecutorService searcher = java.util.concurrent.Executors.newSingleThreadExecutor();
            java.util.concurrent.atomic.AtomicBoolean coding = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.Future<Integer> searches = searcher.submit(() -> {
                int n = 0;
                while (coding.get()) {
                    project.search().search(SearchRequest.of("mentor").withCode(contact));
                    n++;
                }
                return n;
            });
            int words = 0;
            for (int at = text.indexOf("mentor"); at >= 0; at = text.indexOf("mentor", at + 1)) {
                project.codings().apply(one, at, at + 6, contact, "Lotte");
                words++;
            }
            coding.set(false);
            assertThat(searches.get(30, java.util.concurrent.TimeUnit.SECONDS)).isPositive();
            searcher.shutdown();
            assertThat(project.search().search(SearchRequest.of("mentor").withCode(contact)).total()).isEqualTo(words);
        }
    }

    private Path largestSegmentFile() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
