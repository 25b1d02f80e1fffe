package nl.codewerk.export.fragments;

import java.util.List;
import nl.codewerk.cases.Case;
import nl.codewerk.coding.Coding;
import nl.codewerk.memo.Memo;

/**
 * A coded passage as a report quotes it. Where several coders coded exactly the same passage
 * with the same code it is one fragment with all their codings, so a quote is not printed twice.
 *
 * @param before  up to N words of context before the passage, from the same turn ("" without)
 * @param after   the same after the passage
 * @param memos   memos on the codings (only when memos were asked for)
 */
public record Fragment(String codeId, long transcriptId, String transcript, int start, int end, String text, String before,
        String after, String speaker, Case caseOf, List<Coding> codings, List<Memo> memos) {

    public Fragment {
        codings = List.copyOf(codings);
        memos = List.copyOf(memos);
    }

    /** The coders, in the order they coded. */
    public List<String> coders() {
        return codings.stream().map(Coding::coder).distinct().toList();
    }

    /** Comments left on the codings. */
    public List<String> comments() {
        return codings.stream().map(Coding::comment).filter(c -> c != null && !c.isBlank()).distinct().toList();
    }
}
