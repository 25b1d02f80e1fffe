package nl.codewerk.demo;

import java.util.Optional;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;

/** Finds a quote in a transcript: its first occurrence that lies wholly inside one turn. */
final class QuoteLocator {

    record Span(int start, int end) {
    }

    private QuoteLocator() {
    }

    static Optional<Span> locate(Transcript transcript, String quote) {
        if (quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        String text = transcript.text();
        for (Turn turn : transcript.turns()) {
            int at = text.indexOf(quote, turn.start());
            if (at >= 0 && at + quote.length() <= turn.end()) {
                return Optional.of(new Span(at, at + quote.length()));
            }
        }
        return Optional.empty();
    }
}
