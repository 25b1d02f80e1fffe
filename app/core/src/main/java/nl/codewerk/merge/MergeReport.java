package nl.codewerk.merge;

import java.util.List;
import java.util.Map;

/**
 * What a merge did.
 *
 * @param added      codings added
 * @param skipped    codings already here (same transcript, span, code and coder, or the same coding id)
 * @param codesAdded name paths of codes the other project had and this one lacked, added under their matched parent
 * @param addedPerCoder codings added per coder name
 * @param conflicts  what could not be matched; the codings concerned were not merged
 */
public record MergeReport(int added, int skipped, List<String> codesAdded, Map<String, Integer> addedPerCoder,
        List<MergeConflict> conflicts) {

    public MergeReport {
        codesAdded = List.copyOf(codesAdded);
        addedPerCoder = Map.copyOf(addedPerCoder);
        conflicts = List.copyOf(conflicts);
    }
}
