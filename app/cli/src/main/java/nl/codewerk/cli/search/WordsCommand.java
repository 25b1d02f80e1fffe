package nl.codewerk.cli.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.codewerk.cli.Json;
import nl.codewerk.cli.Lookup;
import nl.codewerk.search.WordCount;
import nl.codewerk.search.WordList;
import nl.codewerk.export.words.WordListExport;
import nl.codewerk.search.WordListRequest;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code words PROJECT [--top N] [--transcript T]}: the word frequency list, or exported with {@code --out}. */
@Command(name = "words", description = "Word frequencies of the project, a transcript or a speaker.")
public final class WordsCommand extends SearchCommandBase {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.cwk).")
    Path project;

    @Option(names = "--top", paramLabel = "N", description = "Only the N most frequent words.")
    int top;

    @Option(names = "--transcript", paramLabel = "T", description = "Only this transcript (id or name).")
    String transcript;

    @Option(names = "--speaker", paramLabel = "S", description = "Only turns of this speaker label.")
    String speaker;

    @Option(names = "--stopwords", description = "Count stop words (de, het, een, ...) too.")
    boolean stopWords;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the list to a .csv or .xlsx file.")
    Path file;

    @Override
    protected int run() {
        if (top < 0) {
            throw new nl.codewerk.i18n.LocalizedException("search.badLimit", top);
        }
        try (Project p = openForReading(project)) {
            WordListRequest request = new WordListRequest(transcript == null ? null : Lookup.transcript(p, transcript).id(), speaker, stopWords, top);
            WordList list = p.search().wordFrequencies(request, progress());
            if (file != null) {
                WordListExport.write(list, file);
            }
            if (json()) {
                List<Map<String, Object>> words = new ArrayList<>();
                for (WordCount word : list.words()) {
                    words.add(Json.obj("word", word.word(), "count", word.count(), "transcripts", word.transcripts()));
                }
                printJson(Json.obj("total", list.totalWords(), "distinct", list.distinctWords(), "words", words));
            } else {
                for (WordCount word : list.words()) {
                    out().println(word.word() + "\t" + word.count());
                }
            }
            return OK;
        }
    }
}
