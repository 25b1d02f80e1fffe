package nl.codewerk.agreement;

/**
 * Percent agreement: with two raters the share of units (rated by both) on which they agree;
 * with more raters the mean over units of the share of agreeing rater pairs among the unit's
 * non-missing ratings. Not corrected for chance.
 */
public final class PercentAgreement {

    private PercentAgreement() {
    }

    public static AgreementValue of(RatingTable table) {
        double pa = UnitCounts.of(table).pairwiseAgreement();
        return Double.isNaN(pa) ? AgreementValue.notDefined(UnitCounts.noPairableUnitReason()) : AgreementValue.of(pa);
    }
}
