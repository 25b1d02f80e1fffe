package nl.codewerk.agreement;

/**
 * Cohen's kappa (Cohen 1960) for two raters: kappa = (p_o - p_e) / (1 - p_e) with
 * p_e = sum_k p_Ak p_Bk from each rater's own marginals. Units missing either rating are skipped.
 */
public final class CohenKappa {

    private CohenKappa() {
    }

    public static AgreementValue of(RatingTable table) {
        String notApplicable = TwoRaterCounts.notApplicable("Cohen's kappa", table);
        if (notApplicable != null) {
            return AgreementValue.notDefined(notApplicable);
        }
        TwoRaterCounts t = TwoRaterCounts.of(table);
        if (t.n == 0) {
            return AgreementValue.notDefined(TwoRaterCounts.noCompleteUnitReason());
        }
        // In counts: kappa = (n*agreeing - sum a_k b_k) / (n^2 - sum a_k b_k); integer until the last
        // step, so "expected agreement is exactly 1" is decided without rounding.
        long chance = 0;
        for (int k = 0; k < t.a.length; k++) {
            chance += t.a[k] * t.b[k];
        }
        long denominator = t.n * t.n - chance;
        if (denominator == 0) {
            return AgreementValue.notDefined("expected agreement is 1 because both raters used only category '"
                    + t.soleCategory(table) + "'; kappa would be 0/0");
        }
        return AgreementValue.of((double) (t.n * t.agreeing - chance) / denominator);
    }
}
