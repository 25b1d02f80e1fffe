package nl.codewerk.agreement;

/**
 * Gwet's AC1 (Gwet 2008; Handbook 2014): AC1 = (p_a - p_e) / (1 - p_e) with
 * p_e = (1 / (q - 1)) sum_k pi_k (1 - pi_k). For two raters pi_k is the mean of the two raters'
 * shares; for more raters, and with missing ratings, pi_k is the mean over units (with at least
 * one rating) of r_uk / r_u and p_a averages over units with at least two ratings, as in Gwet
 * (2014) and his R package irrCAC (gwet.ac1.raw). q as for {@link BrennanPredigerKappa}.
 */
public final class GwetAc1 {

    private GwetAc1() {
    }

    public static AgreementValue of(RatingTable table) {
        UnitCounts counts = UnitCounts.of(table);
        double pa = counts.pairwiseAgreement();
        if (Double.isNaN(pa)) {
            return AgreementValue.notDefined(UnitCounts.noPairableUnitReason());
        }
        int q = counts.categories;
        if (q == 1) {
            // Sum pi_k(1 - pi_k) is 0 with a single category, so p_e is 0/0; Gwet's irrCAC takes
            // p_e as (practically) 0 there, which reports the observed agreement, 1.
            return AgreementValue.of(pa);
        }
        double spread = 0;
        for (double pi : counts.meanShares()) {
            spread += pi * (1 - pi);
        }
        // p_e <= 1/q < 1, so the denominator never vanishes.
        double pe = spread / (q - 1);
        return AgreementValue.of((pa - pe) / (1 - pe));
    }
}
