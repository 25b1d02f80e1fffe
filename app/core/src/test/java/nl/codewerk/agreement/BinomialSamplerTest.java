package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BinomialSamplerTest {

    @Test
    void logFactorialMatchesTheProductAcrossTheTableBoundary() {
        double exact = 0;
        for (int k = 1; k <= 2000; k++) {
            exact += Math.log(k);
            assertThat(BinomialSampler.logFactorial(k)).as("ln %d!", k).isCloseTo(exact, within(1e-9 * Math.max(1, exact)));
        }
    }

    // Inversion (mean below 10) and BTRS (mean 10 and more), each tested against the exact
    // probabilities with a chi-square statistic; seeded, so the test is deterministic.
    @Test
    void smallMeanDrawsFollowTheBinomialDistribution() {
        assertFits(20, 0.3, 50_000);
        assertFits(1_000_000, 0.000004, 50_000);
    }

    @Test
    void largeMeanDrawsFollowTheBinomialDistribution() {
        assertFits(60, 0.4, 50_000);
        assertFits(1000, 0.03, 50_000);
        assertFits(5000, 0.85, 50_000);
    }

    @Test
    void hugeCountsKeepTheirMeanAndVariance() {
        Random random = new Random(7);
        long n = 3_000_000_000L;
        double p = 0.2;
        int draws = 20_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < draws; i++) {
            long x = BinomialSampler.binomial(random, n, p);
            sum += x;
            sumSq += (double) x * x;
        }
        double mean = sum / draws;
        double variance = sumSq / draws - mean * mean;
        double sd = Math.sqrt(n * p * (1 - p));
        assertThat(mean).isCloseTo(n * p, within(5 * sd / Math.sqrt(draws)));
        assertThat(variance / (sd * sd)).isCloseTo(1.0, within(0.05));
    }

    @Test
    void edgeProbabilitiesAreCertain() {
        Random random = new Random(1);
        assertThat(BinomialSampler.binomial(random, 10, 0)).isZero();
        assertThat(BinomialSampler.binomial(random, 10, 1)).isEqualTo(10);
        assertThat(BinomialSampler.binomial(random, 0, 0.5)).isZero();
    }

    @Test
    void multinomialDrawsAddUpAndLeaveEmptyCategoriesEmpty() {
        Random random = new Random(3);
        long[] weights = {50, 0, 30, 20};
        double[] sums = new double[4];
        for (int i = 0; i < 10_000; i++) {
            long[] x = BinomialSampler.multinomial(random, 100, weights);
            assertThat(x[0] + x[1] + x[2] + x[3]).isEqualTo(100);
            assertThat(x[1]).isZero();
            for (int k = 0; k < 4; k++) {
                sums[k] += x[k];
            }
        }
        assertThat(sums[0] / 10_000).isCloseTo(50, within(0.3));
        assertThat(sums[2] / 10_000).isCloseTo(30, within(0.3));
        assertThat(sums[3] / 10_000).isCloseTo(20, within(0.3));
    }

    /** Chi-square over the values with expected count >= 5, pooled tails; passes at far beyond 0.001. */
    private static void assertFits(long n, double p, int draws) {
        Random random = new Random(20261123L + n);
        java.util.Map<Long, Integer> observed = new java.util.HashMap<>();
        for (int i = 0; i < draws; i++) {
            observed.merge(BinomialSampler.binomial(random, n, p), 1, Integer::sum);
        }
        long mode = (long) Math.floor((n + 1) * p);
        double chi = 0;
        int cells = 0;
        double restExpected = draws;
        long restObserved = draws;
        for (long k = Math.max(0, mode - 400); k <= Math.min(n, mode + 400); k++) {
            double logP = BinomialSampler.logFactorial(n) - BinomialSampler.logFactorial(k) - BinomialSampler.logFactorial(n - k)
                    + k * Math.log(p) + (n - k) * Math.log1p(-p);
            double expected = draws * Math.exp(logP);
            if (expected < 5) {
                continue;
            }
            int seen = observed.getOrDefault(k, 0);
            chi += (seen - expected) * (seen - expected) / expected;
            restExpected -= expected;
            restObserved -= seen;
            cells++;
        }
        if (restExpected >= 5) {
            chi += (restObserved - restExpected) * (restObserved - restExpected) / restExpected;
            cells++;
        }
        int df = cells - 1;
        // Wilson-Hilferty: the 0.9999 quantile of chi-square with df degrees of freedom.
        double z = 3.719;
        double limit = df * Math.pow(1 - 2.0 / (9 * df) + z * Math.sqrt(2.0 / (9 * df)), 3);
        assertThat(chi).as("chi-square for Binomial(%d, %s) over %d cells", n, p, cells).isLessThan(limit);
    }
}
