package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The agreement of one pair of coders taken out of a comparison of more: their 2 × 2 presence
 * table, Cohen's kappa and percent agreement.
 *
 * <p>The pair's table is the k-coder table with the other coders' bits summed out, so it covers
 * exactly the units (transcripts, codes) of the k-coder comparison. A separate two-coder run could
 * cover more transcripts, as by default it compares every transcript those two have coded.
 *
 * @param coderA  the pair's first coder (earlier in the compared coders)
 * @param coderB  the pair's second coder
 * @param counts  the pair's presence counts
 * @param cohen   Cohen's kappa, or not defined with the reason
 * @param percent percent agreement of the pair
 */
public record PairwiseAgreement(String coderA, String coderB, PresenceCounts counts, AgreementValue cohen,
        AgreementValue percent) {

    /** Every pair in the coders' order: (1,2), (1,3), ..., (2,3), ... */
    public static List<PairwiseAgreement> of(PresenceCounts counts) {
        List<PairwiseAgreement> out = new ArrayList<>();
        for (int a = 0; a < counts.coderCount(); a++) {
            for (int b = a + 1; b < counts.coderCount(); b++) {
                out.add(of(counts, a, b));
            }
        }
        return out;
    }

    /** The pair of coders {@code a} and {@code b} (indices into {@link PresenceCounts#coders()}, a before b). */
    public static PairwiseAgreement of(PresenceCounts counts, int a, int b) {
        PresenceCounts pair = pair(counts, a, b);
        return new PairwiseAgreement(pair.coders().get(0), pair.coders().get(1), pair,
                PresenceMeasures.compute(AgreementMeasure.COHEN, pair), PresenceMeasures.compute(AgreementMeasure.PERCENT, pair));
    }

    /** The counts of coders {@code a} and {@code b} alone: pattern bit 0 is a, bit 1 is b. */
    static PresenceCounts pair(PresenceCounts counts, int a, int b) {
        if (a < 0 || b <= a || b >= counts.coderCount()) {
            throw new IllegalArgumentException("a pair needs two coder indices a < b below " + counts.coderCount()
                    + ", got " + a + " and " + b);
        }
        long[] two = new long[4];
        for (int mask = 0; mask < 1 << counts.coderCount(); mask++) {
            int cell = ((mask >> a) & 1) | (((mask >> b) & 1) << 1);
            two[cell] += counts.pattern(mask);
        }
        return PresenceCounts.of(List.of(counts.coders().get(a), counts.coders().get(b)), two);
    }
}
