package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapIntervalTest {

    // The cont3x3abstractors table from Gwet's irrCAC README (100 units, kappa 0.796).
    private static final RatingTable ABSTRACTORS = Tables.fromContingency(
            new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}}, List.of("Ectopic", "AIU", "NIU"));

    @Test
    void reproducibleWithTheSameSeed() {
        Optional<BootstrapInterval> first = BootstrapInterval.percentile95(ABSTRACTORS, CohenKappa::of);
        Optional<BootstrapInterval> second = BootstrapInterval.percentile95(ABSTRACTORS, CohenKappa::of);
        assertThat(first).isPresent().isEqualTo(second);
        Optional<BootstrapInterval> otherSeed =
                BootstrapInterval.percentile(ABSTRACTORS, CohenKappa::of, 0.95, 1000, 7L);
        assertThat(otherSeed.orElseThrow().lower()).isNotEqualTo(first.orElseThrow().lower());
    }

    // irrCAC prints an analytic 95% interval (0.68, 0.913) for this kappa; a percentile bootstrap
    // is a different method, so we only ask for the same neighbourhood, around the estimate.
    @Test
    void bracketsTheEstimate() {
        BootstrapInterval ci = BootstrapInterval.percentile95(ABSTRACTORS, CohenKappa::of).orElseThrow();
        assertThat(ci.lower()).isBetween(0.62, 0.74);
        assertThat(ci.upper()).isBetween(0.86, 0.95);
        assertThat(ci.lower()).isLessThan(0.7964094).isLessThan(ci.upper());
        assertThat(ci.resamples()).isEqualTo(1000);
        assertThat(ci.definedResamples()).isEqualTo(1000);
        assertThat(ci.level()).isEqualTo(0.95);
    }

    @Test
    void noIntervalWhenTheEstimateIsNotDefined() {
        assertThat(BootstrapInterval.percentile95(Tables.ofRows("aa", "aa"), CohenKappa::of)).isEmpty();
        assertThat(BootstrapInterval.percentile95(RatingTable.of(List.of("A", "B"), List.of()), CohenKappa::of))
                .isEmpty();
    }

    // 19 units agree on "a", one on "b": a resample misses the "b" unit with probability
    // (19/20)^20 = 0.36, making kappa 0/0 in about a third of resamples, far above the 10% allowed.
    @Test
    void noIntervalWhenTooManyResamplesAreNotDefined() {
        String[] rows = new String[20];
        Arrays.fill(rows, "aa");
        rows[19] = "bb";
        RatingTable rare = Tables.ofRows(rows);
        assertThat(CohenKappa.of(rare).isDefined()).isTrue();
        assertThat(BootstrapInterval.percentile95(rare, CohenKappa::of)).isEmpty();
    }

    // Percent agreement is defined on every resample of this table, so all resamples count.
    @Test
    void skipsNothingWhenEverythingIsDefined() {
        BootstrapInterval ci = BootstrapInterval.percentile95(ABSTRACTORS, PercentAgreement::of).orElseThrow();
        assertThat(ci.definedResamples()).isEqualTo(ci.resamples());
        assertThat(ci.lower()).isLessThanOrEqualTo(0.89);
        assertThat(ci.upper()).isGreaterThanOrEqualTo(0.89).isLessThanOrEqualTo(1.0);
    }

    // Type 7 quantile: h = (n - 1) p, interpolate between order statistics floor(h) and floor(h) + 1.
    @Test
    void quantileInterpolates() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(BootstrapInterval.quantile(sorted, 0.0)).isEqualTo(1.0);
        assertThat(BootstrapInterval.quantile(sorted, 1.0)).isEqualTo(5.0);
        assertThat(BootstrapInterval.quantile(sorted, 0.5)).isEqualTo(3.0);
        assertThat(BootstrapInterval.quantile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(BootstrapInterval.quantile(new double[] {7}, 0.975)).isEqualTo(7.0);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> BootstrapInterval.percentile(ABSTRACTORS, CohenKappa::of, 1.0, 100, 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapInterval.percentile(ABSTRACTORS, CohenKappa::of, 0.95, 0, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
