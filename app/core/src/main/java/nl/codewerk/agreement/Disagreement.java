package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit where the coders differ about one code: some applied it there and some did not.
 *
 * @param codeId       the code
 * @param transcriptId the transcript
 * @param start        the unit's start (UTF-16 offset into the transcript text)
 * @param end          the unit's end, exclusive
 * @param pattern      which coders applied the code: bit i set for the i-th compared coder
 */
public record Disagreement(String codeId, long transcriptId, int start, int end, int pattern) {

    /** The coders (of those compared, in order) who applied the code in this unit. */
    public List<String> codedBy(List<String> coders) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            if ((pattern & (1 << i)) != 0) {
                out.add(coders.get(i));
            }
        }
        return out;
    }

    /** The coders who did not. */
    public List<String> notCodedBy(List<String> coders) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            if ((pattern & (1 << i)) == 0) {
                out.add(coders.get(i));
            }
        }
        return out;
    }
}
