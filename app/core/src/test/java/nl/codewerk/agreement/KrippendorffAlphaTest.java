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

class KrippendorffAlphaTest {

    private static RatingTable fourObservers(MeasureLevel level) throws IOException {
        try (InputStream in = KrippendorffAlphaTest.class.getResourceAsStream(
                "/agreement/krippendorff-2011-four-observers.csv")) {
            return RatingTableCsv.read(in, level, null);
        }
    }

    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
    // Communication, University of Pennsylvania. The worked example with 4 observers, 12 units,
    // values 1-5 and missing values; prints alpha_nominal = 0.743.
    @Test
    void fourObserversNominal() throws IOException {
        assertRoundsTo(KrippendorffAlpha.of(fourObservers(MeasureLevel.NOMINAL)), "0.743");
    }

    // Same source and data, other metrics: prints alpha_ordinal = 0.815, alpha_interval = 0.849,
    // alpha_ratio = 0.797.
    @Test
    void fourObserversOrdinal() throws IOException {
        assertRoundsTo(KrippendorffAlpha.of(fourObservers(MeasureLevel.ORDINAL)), "0.815");
    }

    @Test
    void fourObserversInterval() throws IOException {
        assertRoundsTo(KrippendorffAlpha.of(fourObservers(MeasureLevel.INTERVAL)), "0.849");
    }

    @Test
    void fourObserversRatio() throws IOException {
        assertRoundsTo(KrippendorffAlpha.of(fourObservers(MeasureLevel.RATIO)), "0.797");
    }

    // The same 12 x 4 data ship with Gwet's R package irrCAC as cac.raw4raters; its README prints
    // krippen.alpha.raw(cac.raw4raters) coeff.val = 0.74342 (rounded to 5 decimals).
    @Test
    void fourObserversNominalMatchesIrrCacToFiveDecimals() throws IOException {
        assertRoundsTo(KrippendorffAlpha.of(fourObservers(MeasureLevel.NOMINAL)), "0.74342");
    }

    // Krippendorff (2011), the worked example for binary data, two observers, no missing data:
    // A = 0 1 0 0 0 0 0 0 1 0, B = 1 1 1 0 0 1 0 0 0 0; o_01 = 4, n_0 = 14, n_1 = 6, n = 20,
    // alpha = 1 - (20 - 1) * 4 / (14 * 6) = 0.095.
    @Test
    void binaryTwoObservers() {
        RatingTable table = Tables.ofRows("01", "11", "01", "00", "00", "01", "00", "00", "10", "00");
        assertRoundsTo(KrippendorffAlpha.of(table), "0.095");
        assertThat(valueOf(KrippendorffAlpha.of(table))).isCloseTo(1 - 19.0 * 4 / (14 * 6), within(1e-12));
    }

    // Ordinal alpha uses only the order of categories: reversing the given order keeps the metric,
    // an order that moves a category elsewhere changes it.
    @Test
    void ordinalFollowsTheGivenCategoryOrder() throws IOException {
        RatingTable table = fourObservers(MeasureLevel.ORDINAL);
        double natural = valueOf(KrippendorffAlpha.of(table));
        double reversed = valueOf(KrippendorffAlpha.of(
                table.withScale(MeasureLevel.ORDINAL, List.of("5", "4", "3", "2", "1"))));
        double shuffled = valueOf(KrippendorffAlpha.of(
                table.withScale(MeasureLevel.ORDINAL, List.of("1", "5", "2", "3", "4"))));
        assertThat(reversed).isCloseTo(natural, within(1e-12));
        assertThat(shuffled).isNotCloseTo(natural, within(1e-3));
    }

    // Nominal alpha on the same data does not depend on whether unused categories are declared.
    @Test
    void nominalIgnoresUnusedDeclaredCategories() throws IOException {
        RatingTable table = fourObservers(MeasureLevel.NOMINAL);
        RatingTable wider = table.withScale(MeasureLevel.NOMINAL, List.of("1", "2", "3", "4", "5", "6", "7"));
        assertThat(valueOf(KrippendorffAlpha.of(wider))).isCloseTo(valueOf(KrippendorffAlpha.of(table)),
                within(1e-12));
    }

    // Interval alpha reads "2" and "2.0" as one value; nominal alpha would not.
    @Test
    void intervalReadsNumbers() {
        RatingTable table = RatingTable.of(List.of("A", "B"),
                List.of(List.of("2", "2.0"), List.of("1", "1"), List.of("3", "3,0")), MeasureLevel.INTERVAL, null);
        assertThat(valueOf(KrippendorffAlpha.of(table))).isEqualTo(1.0);
        assertThat(valueOf(KrippendorffAlpha.of(table.withScale(MeasureLevel.NOMINAL, null)))).isLessThan(1.0);
    }

    @Test
    void notDefinedWhenNoValueIsPairable() {
        RatingTable table = Tables.ofRows("a..", ".b.", "..c");
        assertThat(reasonOf(KrippendorffAlpha.of(table))).contains("at least two raters");
    }

    // Units with a single value are not pairable and must not move alpha: adding them changes nothing.
    @Test
    void singleValuedUnitsAreIgnored() {
        RatingTable base = Tables.ofRows("aab", "bbb", "aa.", "ccb");
        RatingTable padded = Tables.ofRows("aab", "bbb", "aa.", "ccb", "c..", ".a.", "...");
        assertThat(valueOf(KrippendorffAlpha.of(padded))).isCloseTo(valueOf(KrippendorffAlpha.of(base)),
                within(1e-12));
    }

    @Test
    void notDefinedWhenAllPairableValuesAreEqual() {
        // The single-valued unit with 'b' is not pairable, so expected disagreement is still 0.
        RatingTable table = Tables.ofRows("aa", "aa", "b.");
        assertThat(reasonOf(KrippendorffAlpha.of(table))).contains("expected disagreement is 0").contains("'a'");
    }
}
