package nl.codewerk.agreement;

import static nl.codewerk.agreement.Tables.assertRoundsTo;
import static nl.codewerk.agreement.Tables.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two-rater coefficients against printed examples. */
class TwoRaterPublishedExamplesTest {

    // Wikipedia, "Cohen's kappa", simple worked example: 50 grant proposals, two readers;
    // yes/yes 20, A yes B no 5, A no B yes 10, no/no 15; p_o = 0.7, p_e = 0.5, kappa = 0.4.
    @Test
    void wikipediaCohenTwoByTwo() {
        RatingTable table = Tables.fromContingency(new int[][] {{20, 5}, {10, 15}}, List.of("Yes", "No"));
        assertRoundsTo(CohenKappa.of(table), "0.4");
        assertThat(valueOf(CohenKappa.of(table))).isCloseTo(0.4, within(1e-12));
        assertRoundsTo(PercentAgreement.of(table), "0.7");
    }

    // Gwet's R package irrCAC, README (K. L. Gwet, after Gwet 2014 Handbook of Inter-Rater
    // Reliability), contingency table cont3x3abstractors: 100 pregnancies classified by two
    // abstractors into Ectopic / AIU / NIU:
    //              Ectopic  AIU  NIU
    //   Ectopic        13     0    0
    //   AIU             0    20    7
    //   NIU             0     4   56
    // Printed: kappa2.table 0.7964094, scott2.table 0.7962397, gwet.ac1.table 0.8493305,
    // bp2.table 0.835, krippen2.table 0.7972585, pa2.table 0.89.
    private static final RatingTable ABSTRACTORS = Tables.fromContingency(
            new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}}, List.of("Ectopic", "AIU", "NIU"));

    @Test
    void irrCacAbstractorsCohen() {
        assertRoundsTo(CohenKappa.of(ABSTRACTORS), "0.7964094");
    }

    @Test
    void irrCacAbstractorsScott() {
        assertRoundsTo(ScottPi.of(ABSTRACTORS), "0.7962397");
    }

    @Test
    void irrCacAbstractorsAc1() {
        assertRoundsTo(GwetAc1.of(ABSTRACTORS), "0.8493305");
    }

    @Test
    void irrCacAbstractorsBrennanPrediger() {
        assertRoundsTo(BrennanPredigerKappa.of(ABSTRACTORS), "0.835");
    }

    @Test
    void irrCacAbstractorsAlpha() {
        assertRoundsTo(KrippendorffAlpha.of(ABSTRACTORS), "0.7972585");
    }

    @Test
    void irrCacAbstractorsPercent() {
        assertRoundsTo(PercentAgreement.of(ABSTRACTORS), "0.89");
    }

    // Hand computation (no printed value found for this exact table): Scott's pi and AC1 on the
    // Wikipedia 2 x 2 above. Ratings per category over both raters: Yes 25 + 30 = 55, No 45, of 100.
    // pi: p_e = 0.55^2 + 0.45^2 = 0.505, pi = (0.7 - 0.505) / 0.495 = 0.393939...
    // AC1 (Gwet 2008, q = 2): p_e = (0.55 * 0.45 + 0.45 * 0.55) / 1 = 0.495,
    // AC1 = (0.7 - 0.495) / 0.505 = 0.405940...
    // BP (q = 2): (0.7 - 0.5) / 0.5 = 0.4.
    @Test
    void wikipediaTableByHand() {
        RatingTable table = Tables.fromContingency(new int[][] {{20, 5}, {10, 15}}, List.of("Yes", "No"));
        assertThat(valueOf(ScottPi.of(table))).isCloseTo(0.195 / 0.495, within(1e-12));
        assertThat(valueOf(GwetAc1.of(table))).isCloseTo(0.205 / 0.505, within(1e-12));
        assertThat(valueOf(BrennanPredigerKappa.of(table))).isCloseTo(0.4, within(1e-12));
    }

    // Brennan and Prediger's q is the category set offered to raters, not only the used ones:
    // declaring a fourth, unused category on the abstractor table gives (0.89 - 1/4) / (3/4).
    @Test
    void brennanPredigerCountsGivenCategories() {
        RatingTable wider = ABSTRACTORS.withScale(MeasureLevel.NOMINAL, List.of("Ectopic", "AIU", "NIU", "Other"));
        assertThat(valueOf(BrennanPredigerKappa.of(wider))).isCloseTo((0.89 - 0.25) / 0.75, within(1e-12));
        // Kappa-type coefficients are unaffected by an unused category.
        assertThat(valueOf(CohenKappa.of(wider))).isCloseTo(valueOf(CohenKappa.of(ABSTRACTORS)), within(1e-12));
    }

    // Cohen's kappa skips units where either rating is missing; the remaining units give the
    // Wikipedia table again.
    @Test
    void cohenSkipsIncompleteUnits() {
        RatingTable complete = Tables.fromContingency(new int[][] {{20, 5}, {10, 15}}, List.of("Yes", "No"));
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < complete.unitCount(); u++) {
            rows.add(Arrays.asList(complete.rating(u, 0), complete.rating(u, 1)));
        }
        rows.add(Arrays.asList("Yes", null));
        rows.add(Arrays.asList(null, "No"));
        rows.add(Arrays.asList(null, null));
        RatingTable withMissing = RatingTable.of(List.of("A", "B"), rows);
        assertThat(valueOf(CohenKappa.of(withMissing))).isCloseTo(0.4, within(1e-12));
        assertThat(valueOf(ScottPi.of(withMissing))).isCloseTo(valueOf(ScottPi.of(complete)), within(1e-12));
        assertThat(valueOf(PercentAgreement.of(withMissing))).isCloseTo(0.7, within(1e-12));
    }
}
