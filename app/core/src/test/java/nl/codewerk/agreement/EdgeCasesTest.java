package nl.codewerk.agreement;

import static nl.codewerk.agreement.Tables.reasonOf;
import static nl.codewerk.agreement.Tables.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the formulas divide 0 by 0 the value is "not defined" with a reason; everywhere else a
 * number, and never a made-up 0 or 1. Expected values below are computed by hand.
 */
class EdgeCasesTest {

    @Test
    void everyoneAgreesOnOneCategoryWithTwoRaters() {
        RatingTable table = Tables.ofRows("aa", "aa", "aa", "aa");
        assertThat(reasonOf(CohenKappa.of(table))).contains("expected agreement is 1").contains("0/0");
        assertThat(reasonOf(ScottPi.of(table))).contains("expected agreement is 1").contains("0/0");
        assertThat(reasonOf(FleissKappa.of(table))).contains("expected agreement is 1").contains("0/0");
        assertThat(reasonOf(KrippendorffAlpha.of(table))).contains("expected disagreement is 0").contains("0/0");
        assertThat(valueOf(PercentAgreement.of(table))).isEqualTo(1.0);
        assertThat(valueOf(BrennanPredigerKappa.of(table))).isEqualTo(1.0);
        assertThat(valueOf(GwetAc1.of(table))).isEqualTo(1.0);
    }

    @Test
    void everyoneAgreesOnOneCategoryWithThreeRatersAndMissingValues() {
        RatingTable table = Tables.ofRows("aaa", "a.a", ".aa", "aaa");
        assertThat(reasonOf(FleissKappa.of(table))).contains("'a'");
        assertThat(reasonOf(KrippendorffAlpha.of(table))).contains("'a'");
        assertThat(reasonOf(CohenKappa.of(table))).contains("exactly two raters");
        assertThat(valueOf(PercentAgreement.of(table))).isEqualTo(1.0);
        assertThat(valueOf(BrennanPredigerKappa.of(table))).isEqualTo(1.0);
        assertThat(valueOf(GwetAc1.of(table))).isEqualTo(1.0);
    }

    // With a declared scale {yes, no} everyone saying "no" is perfect agreement by the formulas
    // themselves: BP = (1 - 1/2) / (1 - 1/2) = 1; AC1 has pi_no = 1, so p_e = 0 and AC1 = 1.
    @Test
    void everyoneAgreesWithADeclaredScale() {
        RatingTable table = TwoCoderCounts.of(0, 0, 0, 8).toRatingTable();
        assertThat(table.categories()).containsExactly("yes", "no");
        assertThat(valueOf(BrennanPredigerKappa.of(table))).isEqualTo(1.0);
        assertThat(valueOf(GwetAc1.of(table))).isEqualTo(1.0);
        assertThat(reasonOf(CohenKappa.of(table))).contains("'no'");
    }

    // One rater always says "a", the other once says "b": expected agreement 3/4 = observed, so
    // kappa is a true 0 (the kappa paradox), not "not defined".
    @Test
    void zeroKappaIsARealValue() {
        RatingTable table = Tables.ofRows("aa", "aa", "aa", "ab");
        assertThat(valueOf(CohenKappa.of(table))).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void noPairableUnits() {
        RatingTable table = Tables.ofRows("a.", ".b", "a.", "..");
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertThat(measure.compute(table).isDefined()).as(measure.id()).isFalse();
        }
        assertThat(reasonOf(CohenKappa.of(table))).contains("no unit was rated by both");
        assertThat(reasonOf(PercentAgreement.of(table))).contains("at least two raters");
    }

    @Test
    void emptyTable() {
        RatingTable table = RatingTable.of(List.of("A", "B"), List.of());
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertThat(measure.compute(table).isDefined()).as(measure.id()).isFalse();
        }
    }

    @Test
    void singleRater() {
        RatingTable table = RatingTable.of(List.of("Solo"), List.of(List.of("a"), List.of("b"), List.of("a")));
        assertThat(reasonOf(CohenKappa.of(table))).contains("exactly two raters").contains("has 1");
        assertThat(reasonOf(ScottPi.of(table))).contains("exactly two raters");
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertThat(measure.compute(table).isDefined()).as(measure.id()).isFalse();
        }
    }

    // Three raters with missing values, by hand. Units: "aab" -> 2 of 6 ordered pairs agree,
    // "bb." -> 2 of 2, "ab." -> 0 of 2, "c.." -> not pairable. Percent = (1/3 + 1 + 0) / 3 = 4/9.
    @Test
    void percentAgreementWithMissingValues() {
        RatingTable table = Tables.ofRows("aab", "bb.", "ab.", "c..");
        assertThat(valueOf(PercentAgreement.of(table))).isCloseTo(4.0 / 9, within(1e-12));
    }

    // Same table, Krippendorff alpha by hand. Coincidences from pairable units (weight 1/(m_u - 1)):
    // "aab": o_aa = 2/2, o_ab = o_ba = 2/2; "bb.": o_bb = 2; "ab.": o_ab = o_ba = 1.
    // o_aa = 1, o_ab = o_ba = 2, o_bb = 2 -> n_a = 3, n_b = 4, n = 7 (the 'c' is not pairable).
    // alpha = 1 - (n - 1) * (o_ab + o_ba) / (2 n_a n_b) = 1 - 6 * 4 / 24 = 0.
    @Test
    void alphaWithMissingValuesByHand() {
        RatingTable table = Tables.ofRows("aab", "bb.", "ab.", "c..");
        assertThat(valueOf(KrippendorffAlpha.of(table))).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void definedValuesAreFinite() {
        assertThatThrownBy(() -> AgreementValue.of(Double.NaN))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AgreementValue.notDefined(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
