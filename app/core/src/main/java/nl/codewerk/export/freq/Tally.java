package nl.codewerk.export.freq;

import java.util.HashSet;
import java.util.Set;
import java.util.function.LongFunction;
import nl.codewerk.export.CodedSpans;
import nl.codewerk.export.ScopedCoding;

/** Counts codings as they come: the cases they count for, how many, and the text they cover. */
final class Tally {

    private final Set<Long> cases = new HashSet<>();
    private final CodedSpans spans = new CodedSpans();
    private int codings;

    void add(ScopedCoding coding) {
        codings++;
        if (coding.caseId() != null) {
            cases.add(coding.caseId());
        }
        spans.add(coding.transcriptId(), coding.coding().start(), coding.coding().end());
    }

    Counts counts(int casesInScope, LongFunction<String> textOf) {
        double percent = casesInScope == 0 ? 0 : 100.0 * cases.size() / casesInScope;
        return new Counts(cases.size(), percent, codings, spans.words(textOf));
    }
}
