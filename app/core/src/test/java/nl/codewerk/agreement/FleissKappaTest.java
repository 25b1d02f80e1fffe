package nl.codewerk.agreement;

import static nl.codewerk.agreement.Tables.assertRoundsTo;
import static nl.codewerk.agreement.Tables.reasonOf;
import static nl.codewerk.agreement.Tables.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleissKappaTest {

    private static final List<String> FIVE = List.of("1", "2", "3", "4", "5");

    // Wikipedia, "Fleiss' kappa", worked example (the standard textbook illustration; not from
    // Fleiss 1971 itself): 10 subjects, 14 raters, 5 categories; prints P-bar = 0.378,
    // P-bar_e = 0.213, kappa = 0.210. Fed as a 10 x 14 rating table.
    private static final int[][] WIKIPEDIA = {
        {0, 0, 0, 0, 14},
        {0, 2, 6, 4, 2},
        {0, 0, 3, 5, 6},
        {0, 3, 9, 2, 0},
        {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0},
        {3, 2, 6, 3, 0},
        {2, 5, 3, 2, 2},
        {6, 5, 2, 1, 0},
        {0, 2, 2, 3, 7},
    };

    @Test
    void wikipediaExample() {
        RatingTable table = Tables.fromDistribution(WIKIPEDIA, FIVE, 14);
        assertThat(table.raterCount()).isEqualTo(14);
        assertRoundsTo(FleissKappa.of(table), "0.210");
        // P-bar is the multi-rater percent agreement.
        assertRoundsTo(PercentAgreement.of(table), "0.378");
    }

    // Gwet's R package irrCAC, README, data set distrib.6raters (15 psychiatric patients, 6 raters,
    // 5 diagnoses). Printed: fleiss.kappa.dist 0.4139265 (pa 0.5511111,
    // pe 0.2340741), gwet.ac1.dist 0.4448007, bp.coeff.dist 0.4388889, krippen.alpha.dist 0.4204384.
    private static final int[][] SIX_RATERS = {
        {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
        {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
        {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
    };

    @Test
    void irrCacSixRaters() {
        RatingTable table = Tables.fromDistribution(SIX_RATERS,
                List.of("Depression", "Personality Disorder", "Schizophrenia", "Neurosis", "Other"), 6);
        assertRoundsTo(FleissKappa.of(table), "0.4139265");
        assertRoundsTo(PercentAgreement.of(table), "0.5511111");
        assertRoundsTo(GwetAc1.of(table), "0.4448007");
        assertRoundsTo(BrennanPredigerKappa.of(table), "0.4388889");
        assertRoundsTo(KrippendorffAlpha.of(table), "0.4204384");
    }

    // Gwet's irrCAC README on cac.raw4raters (the Krippendorff 2011 12 x 4 data, with missing
    // ratings): fleiss.kappa.raw 0.76117 (pa 0.8181818, pe 0.2387153), gwet.ac1.raw 0.77544
    // (pe 0.1903212), bp.coeff.raw 0.77273, pa.coeff.raw 0.8181818. This pins down the
    // missing-rating convention we follow (Gwet 2014): pa over units with 2+ ratings, pi_k over
    // units with 1+ ratings.
    @Test
    void irrCacFourRatersWithMissingRatings() throws IOException {
        RatingTable table;
        try (InputStream in = getClass().getResourceAsStream("/agreement/krippendorff-2011-four-observers.csv")) {
            table = RatingTableCsv.read(in, MeasureLevel.NOMINAL, null);
        }
        assertRoundsTo(FleissKappa.of(table), "0.76117");
        assertRoundsTo(GwetAc1.of(table), "0.77544");
        assertRoundsTo(BrennanPredigerKappa.of(table), "0.77273");
        assertRoundsTo(PercentAgreement.of(table), "0.8181818");
    }

    // Hand check of the missing-rating convention on a small table (categories a, b):
    // units "aab" (pairs agreeing 2 of 6), "bb." (2 of 2), "a.." (1 rating, not pairable);
    // pa = (1/3 + 1) / 2 = 2/3; pi_a = (2/3 + 0 + 1) / 3 = 5/9, pi_b = 4/9;
    // pe = 25/81 + 16/81 = 41/81; kappa = (2/3 - 41/81) / (1 - 41/81) = (13/81) / (40/81) = 13/40.
    @Test
    void missingRatingsByHand() {
        RatingTable table = Tables.ofRows("aab", "bb.", "a..");
        assertThat(valueOf(FleissKappa.of(table))).isCloseTo(13.0 / 40, within(1e-12));
    }

    // With two raters and complete data Fleiss' kappa is Scott's pi (Fleiss 1971 generalises Scott).
    @Test
    void twoCompleteRatersGiveScottsPi() {
        RatingTable table = Tables.ofRows("ab", "aa", "bb", "cb", "ca", "cc", "ab");
        assertThat(valueOf(FleissKappa.of(table))).isCloseTo(valueOf(ScottPi.of(table)), within(1e-12));
    }

    @Test
    void notDefinedWhenEveryRatingIsOneCategory() {
        RatingTable table = Tables.ofRows("xxx", "xx.", "x..");
        assertThat(reasonOf(FleissKappa.of(table))).contains("expected agreement is 1").contains("'x'");
    }
}
