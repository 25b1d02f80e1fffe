package nl.codewerk.agreement;

/**
 * Fleiss' kappa (Fleiss 1971) for two or more exchangeable raters:
 * kappa = (P - P_e) / (1 - P_e), P = mean over units of the share of agreeing rater pairs,
 * P_e = sum_k pi_k^2 with pi_k the mean share of category k per unit.
 *
 * <p>Fleiss assumed the same number of ratings per unit. With missing ratings we follow the
 * published convention of Gwet (2014, Handbook, ch. 2; R package irrCAC, fleiss.kappa.raw):
 * P averages over units with at least two ratings, pi_k over units with at least one, each unit's
 * shares taken relative to its own number of ratings. On complete data this is exactly Fleiss 1971.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    public static AgreementValue of(RatingTable table) {
        UnitCounts counts = UnitCounts.of(table);
        double pa = counts.pairwiseAgreement();
        if (Double.isNaN(pa)) {
            return AgreementValue.notDefined(UnitCounts.noPairableUnitReason());
        }
        // P_e = 1 exactly when a single category carries all the shares: decide that from the counts.
        int sole = counts.soleCategory(1);
        if (sole >= 0) {
            return AgreementValue.notDefined("expected agreement is 1 because every rating is category '"
                    + table.categories().get(sole) + "'; kappa would be 0/0");
        }
        double pe = 0;
        for (double pi : counts.meanShares()) {
            pe += pi * pi;
        }
        return AgreementValue.of((pa - pe) / (1 - pe));
    }
}
