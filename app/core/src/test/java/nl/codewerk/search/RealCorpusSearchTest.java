package nl.codewerk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real-world files in ../shared/corpus (skipped when absent): whatever imports is
 * searched, and two independent paths must agree — the index's exact-word hits and the word
 * list counted straight from the text — with every hit covering exactly the word searched.
 */
class RealCorpusSearchTest {

    /** ../shared beside the repository root (tests run in app/core); -Dcodewerk.shared=DIR overrides it. */
    private static final Path CORPUS = Path.of(System.getProperty("codewerk.shared", "../../../shared"), "corpus", "import")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void exactWordHitsAgreeWithTheWordListOnRealFiles() {
        assumeTrue(Files.isDirectory(CORPUS), "no shared corpus at " + CORPUS);
        try (Project project = TempProjects.empty(dir)) {
            List<Path> folders = List.of("txt", "docx", "odt", "rtf", "vtt", "srt").stream().map(CORPUS::resolve).filter(Files::isDirectory).toList();
            ImportReport report = project.importer().importFiles(folders, ImportOptions.DEFAULT, Progress.NONE);
            assumeTrue(!report.imported().isEmpty(), "nothing imported");
            int checked = 0;
            for (ImportReport.Imported imported : report.imported()) {
                Transcript transcript = project.transcripts().get(imported.id()).orElseThrow();
                WordList words = project.search().wordFrequencies(WordListRequest.PROJECT.withTranscript(transcript.id()).withStopWords(true).withTop(15), Progress.NONE);
                for (WordCount word : words.words()) {
                    String folded = SearchAnalysis.fold(word.word());
                    if (SearchAnalysis.tokens(SearchAnalysis.wordAnalyzer(), word.word()).size() != 1) {
                        continue;
                    }
                    SearchResult result = project.search().search(SearchRequest.of("\"" + word.word() + "\"").withTranscript(transcript.id()));
                    assertThat(result.total()).as(transcript.name() + ": " + word.word()).isEqualTo(word.count());
                    for (SearchHit hit : result.hits()) {
                        assertThat(SearchAnalysis.fold(transcript.text().substring(hit.start(), hit.end()))).isEqualTo(folded);
                        assertThat(transcript.turns()).anySatisfy(t -> assertThat(hit.start()).isBetween(t.start(), t.end()));
                    }
                    checked++;
                }
            }
            assertThat(checked).isPositive();
        }
    }
}
