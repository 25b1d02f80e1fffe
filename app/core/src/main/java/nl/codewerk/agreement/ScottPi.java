package nl.codewerk.agreement;

/**
 * Scott's pi (Scott 1955) for two raters: pi = (p_o - p_e) / (1 - p_e) with
 * p_e = sum_k ((n_Ak + n_Bk) / 2n)^2 from the pooled marginals, i.e. both raters are assumed to
 * share one distribution. Units missing either rating are skipped.
 */
public final class ScottPi {

    private ScottPi() {
    }

    public static AgreementValue of(RatingTable table) {
        String notApplicable = TwoRaterCounts.notApplicable("Scott's pi", table);
        if (notApplicable != null) {
            return AgreementValue.notDefined(notApplicable);
        }
        TwoRaterCounts t = TwoRaterCounts.of(table);
        if (t.n == 0) {
            return AgreementValue.notDefined(TwoRaterCounts.noCompleteUnitReason());
        }
        // With m_k = n_Ak + n_Bk: pi = (4n*agreeing - sum m_k^2) / (4n^2 - sum m_k^2), exact in integers.
        long chance = 0;
        for (int k = 0; k < t.a.length; k++) {
            long m = t.a[k] + t.b[k];
            chance += m * m;
        }
        long denominator = 4 * t.n * t.n - chance;
        if (denominator == 0) {
            return AgreementValue.notDefined("expected agreement is 1 because both raters used only category '"
                    + t.soleCategory(table) + "'; pi would be 0/0");
        }
        return AgreementValue.of((double) (4 * t.n * t.agreeing - chance) / denominator);
    }
}
