package nl.codewerk.agreement.review;

import java.util.List;
import nl.codewerk.agreement.UnitOfComparison;

/**
 * One unit where two coders differ about a code, as a supervisor reviews it.
 *
 * @param codeId         the code
 * @param codePath       its name path
 * @param transcriptId   the transcript
 * @param transcriptName its name
 * @param start          the unit's start (UTF-16 offset)
 * @param end            the unit's end, exclusive
 * @param text           the unit's text
 * @param unit           the unit of comparison the unit belongs to
 * @param coderA         the first compared coder
 * @param coderB         the second
 * @param codedBy        which of the two applied the code here
 */
public record ReviewItem(String codeId, String codePath, long transcriptId, String transcriptName, int start, int end, String text,
        UnitOfComparison unit, String coderA, String coderB, List<String> codedBy) {

    public ReviewItem {
        codedBy = List.copyOf(codedBy);
    }
}
