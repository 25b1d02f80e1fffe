package nl.codewerk.agreement;

/**
 * Brennan and Prediger's (1981) kappa_n: chance agreement is taken as 1/q for q categories,
 * kappa = (p_a - 1/q) / (1 - 1/q). q is the size of the table's category set: the categories
 * given by the user, else the observed ones. p_a is the percent agreement (pairwise for 3+ raters,
 * as Gwet 2014 generalises it), so missing ratings are handled as there.
 */
public final class BrennanPredigerKappa {

    private BrennanPredigerKappa() {
    }

    public static AgreementValue of(RatingTable table) {
        double pa = UnitCounts.of(table).pairwiseAgreement();
        if (Double.isNaN(pa)) {
            return AgreementValue.notDefined(UnitCounts.noPairableUnitReason());
        }
        int q = table.categories().size();
        if (q == 1) {
            // A single known category means every pair agrees (p_a = 1) while 1/q = 1 makes the formula
            // 0/0. We report the observed agreement, 1.0, as docs/agreement.md states; declaring the
            // full category set avoids the case.
            return AgreementValue.of(pa);
        }
        double pe = 1.0 / q;
        return AgreementValue.of((pa - pe) / (1 - pe));
    }
}
