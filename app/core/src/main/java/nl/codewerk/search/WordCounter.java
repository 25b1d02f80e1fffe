package nl.codewerk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.codewerk.i18n.Messages;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptStore;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Counts the words of turns, read straight from the project (not the index), so the list is
 * right even while the index is being built. Words are split as search splits them; tokens
 * without a letter (numbers) are not words here. Labels and timestamps are never counted.
 */
final class WordCounter {

    private static final Analyzer WRITTEN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    private final TranscriptStore transcripts;

    WordCounter(TranscriptStore transcripts) {
        this.transcripts = transcripts;
    }

    private static final class Tally {
        int count;
        final Map<String, Integer> forms = new HashMap<>(2);
        final Set<Long> transcripts = new HashSet<>(2);
    }

    WordList count(WordListRequest request, Progress progress) {
        List<Long> ids = new ArrayList<>();
        if (request.transcriptId() != null) {
            ids.add(request.transcriptId());
        } else {
            transcripts.list().stream().map(TranscriptSummary::id).forEach(ids::add);
        }
        String speaker = request.speaker() == null || request.speaker().isBlank() ? null : SpeakerRoles.key(request.speaker());
        Map<String, Tally> tallies = new HashMap<>();
        long total = 0;
        for (int i = 0; i < ids.size(); i++) {
            progress.checkCancelled();
            long id = ids.get(i);
            Transcript transcript = transcripts.get(id).orElse(null);
            if (transcript == null) {
                continue;
            }
            progress.update(i, ids.size(), Messages.get("words.counting", transcript.name()));
            for (Turn turn : transcript.turns()) {
                if (speaker != null && (turn.speaker() == null || !SpeakerRoles.key(turn.speaker()).equals(speaker))) {
                    continue;
                }
                total += countTurn(transcript.turnText(turn), id, request.includeStopWords(), tallies);
            }
        }
        progress.update(ids.size(), ids.size(), "");
        long counted = total;
        List<WordCount> words = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> words.add(new WordCount(display(tally), tally.count, tally.transcripts.size(),
                counted == 0 ? 0 : (double) tally.count / counted)));
        words.sort(Comparator.comparingInt(WordCount::count).reversed().thenComparing(WordCount::word));
        List<WordCount> top = request.top() > 0 && words.size() > request.top() ? words.subList(0, request.top()) : words;
        return new WordList(total, tallies.size(), top);
    }

    private static int countTurn(String text, long transcriptId, boolean stopWords, Map<String, Tally> tallies) {
        int counted = 0;
        try (TokenStream stream = WRITTEN.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String written = term.toString();
                if (written.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                String key = SearchAnalysis.fold(written);
                if (!stopWords && SearchAnalysis.isStopWord(key)) {
                    continue;
                }
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
                tally.count++;
                tally.forms.merge(written, 1, Integer::sum);
                tally.transcripts.add(transcriptId);
                counted++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counted;
    }

    private static String display(Tally tally) {
        return tally.forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
