package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PresenceMeasuresTest {

    @Provide
    Arbitrary<PresenceCounts> counts() {
        return RandomPresenceCounts.forTwoToFourCoders();
    }

    // The closed forms must be the general measures on the expanded table, "not defined" included.
    @Property(tries = 400)
    void closedFormsEqualTheGeneralMeasures(@ForAll("counts") PresenceCounts counts) {
        RatingTable table = counts.toRatingTable();
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            AgreementValue general = measure.compute(table);
            AgreementValue fast = PresenceMeasures.compute(measure, counts);
            assertThat(fast.isDefined()).as("%s defined on %s", measure.id(), counts).isEqualTo(general.isDefined());
            if (general.isDefined()) {
                assertThat(fast.valueOrNull()).as("%s on %s", measure.id(), counts)
                        .isCloseTo(general.valueOrNull(), within(1e-12));
            } else {
                assertThat(fast.reasonOrNull()).isEqualTo(general.reasonOrNull());
            }
        }
    }

    @Test
    void cohensTextbookTable() {
        // Wikipedia "Cohen's kappa": both 20, only A 5, only B 10, neither 15.
        PresenceCounts counts = PresenceCounts.of("A", "B", TwoCoderCounts.of(20, 5, 10, 15));
        assertThat(PresenceMeasures.compute(AgreementMeasure.COHEN, counts).valueOrNull()).isCloseTo(0.4, within(1e-12));
        assertThat(PresenceMeasures.compute(AgreementMeasure.PERCENT, counts).valueOrNull()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void intervalsAreReproducibleAndCloseToTheUnitBootstrap() {
        PresenceCounts counts = PresenceCounts.of("A", "B", TwoCoderCounts.of(20, 5, 10, 15));
        Map<AgreementMeasure, BootstrapInterval> first = PresenceMeasures.intervals95(counts);
        assertThat(PresenceMeasures.intervals95(counts)).isEqualTo(first);
        assertThat(first).containsOnlyKeys(AgreementMeasure.COHEN, AgreementMeasure.FLEISS, AgreementMeasure.ALPHA);
        RatingTable table = counts.toRatingTable();
        for (var entry : first.entrySet()) {
            BootstrapInterval units = BootstrapInterval.percentile95(table, entry.getKey()::compute).orElseThrow();
            // The same bootstrap distribution drawn two ways: the bounds agree to Monte Carlo error.
            assertThat(entry.getValue().lower()).as(entry.getKey().id()).isCloseTo(units.lower(), within(0.04));
            assertThat(entry.getValue().upper()).as(entry.getKey().id()).isCloseTo(units.upper(), within(0.04));
            double estimate = PresenceMeasures.compute(entry.getKey(), counts).valueOrNull();
            assertThat(estimate).isBetween(entry.getValue().lower(), entry.getValue().upper());
        }
    }

    @Test
    void noIntervalWhereTheEstimateIsNotDefinedOrTooManyResamplesAreNot() {
        PresenceCounts nobody = PresenceCounts.of("A", "B", TwoCoderCounts.of(0, 0, 0, 40));
        assertThat(PresenceMeasures.intervals95(nobody)).isEmpty();
        // One "yes" in 200 units: most resamples miss it, so kappa is 0/0 there.
        PresenceCounts rare = PresenceCounts.of("A", "B", TwoCoderCounts.of(0, 1, 0, 199));
        assertThat(PresenceMeasures.compute(AgreementMeasure.COHEN, rare).isDefined()).isTrue();
        assertThat(PresenceMeasures.intervals95(rare)).doesNotContainKey(AgreementMeasure.COHEN);
    }

    @Test
    void intervalsOfAHugePooledTableTakeNoTime() {
        PresenceCounts huge = PresenceCounts.of(List.of("A", "B"), new long[] {2_000_000_000L, 30_000_000L, 20_000_000L, 90_000_000L});
        long start = System.nanoTime();
        Map<AgreementMeasure, BootstrapInterval> intervals = PresenceMeasures.intervals95(huge);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
        double kappa = PresenceMeasures.compute(AgreementMeasure.COHEN, huge).valueOrNull();
        assertThat(intervals.get(AgreementMeasure.COHEN).lower()).isCloseTo(kappa, within(0.001));
    }
}
