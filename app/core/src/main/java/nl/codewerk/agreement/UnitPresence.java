package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit of comparison and which coders applied one code in it: a disagreement (some did, some
 * did not) or an agreement on presence (all did). Units where nobody applied the code are only counted.
 *
 * @param codeId       the code
 * @param transcriptId the transcript
 * @param start        the unit's start (UTF-16 offset into the transcript text)
 * @param end          the unit's end, exclusive
 * @param pattern      which coders applied the code: bit i set for the i-th compared coder
 */
public record UnitPresence(String codeId, long transcriptId, int start, int end, int pattern) {

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
