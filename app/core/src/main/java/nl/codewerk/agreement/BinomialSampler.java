package nl.codewerk.agreement;

import java.util.Random;

/**
 * Exact draws from binomial and multinomial distributions, so the bootstrap of a presence table
 * costs a few draws per resample instead of one draw per unit (a pooled table at character level
 * has hundreds of millions of units).
 *
 * <p>Small means use inversion (sequential search over the probabilities); larger ones use
 * Hörmann's (1993) BTRS transformed-rejection sampler, "The generation of binomial random
 * variates", J. Statist. Comput. Simul. 46, 101-110. Both are exact up to floating point.
 */
final class BinomialSampler {

    /** BTRS is valid for n * min(p, 1 - p) at least 10 (Hörmann 1993). */
    private static final double BTRS_MIN_MEAN = 10;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] LOG_FACTORIAL = new double[256];

    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private BinomialSampler() {
    }

    /** A draw from Binomial(n, p). */
    static long binomial(Random random, long n, double p) {
        if (n < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("binomial needs n >= 0 and 0 <= p <= 1, got " + n + ", " + p);
        }
        if (n == 0 || p == 0) {
            return 0;
        }
        if (p == 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(random, n, 1 - p);
        }
        return n * p < BTRS_MIN_MEAN ? inversion(random, n, p) : btrs(random, n, p);
    }

    /**
     * Counts of {@code n} draws over categories with the given weights (non-negative, not all 0),
     * as successive binomials: category i gets Binomial(remaining draws, w_i / remaining weight).
     */
    static long[] multinomial(Random random, long n, long[] weights) {
        long remainingWeight = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            remainingWeight += w;
        }
        if (remainingWeight == 0) {
            throw new IllegalArgumentException("all weights are 0");
        }
        long[] out = new long[weights.length];
        long remaining = n;
        for (int i = 0; i < weights.length && remaining > 0; i++) {
            if (weights[i] == 0) {
                continue;
            }
            long x = weights[i] == remainingWeight ? remaining
                    : binomial(random, remaining, (double) weights[i] / remainingWeight);
            out[i] = x;
            remaining -= x;
            remainingWeight -= weights[i];
        }
        return out;
    }

    /** Sequential search from 0; the bound guards against rounding leaving u above every probability. */
    private static long inversion(Random random, long n, double p) {
        double q = 1 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double first = Math.exp(n * Math.log1p(-p));
        double mean = n * p;
        long bound = (long) Math.min(n, mean + 10 * Math.sqrt(mean * q + 1));
        while (true) {
            double u = random.nextDouble();
            double r = first;
            long x = 0;
            while (u > r && x <= bound) {
                u -= r;
                x++;
                r *= a / x - s;
            }
            if (x <= bound) {
                return x;
            }
        }
    }

    /** Hörmann's BTRS for p <= 0.5 and n * p >= 10. */
    private static long btrs(Random random, long n, double p) {
        double q = 1 - p;
        double spq = Math.sqrt(n * p * q);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = (2.83 + 5.1 / b) * spq;
        double lpq = Math.log(p / q);
        long m = (long) Math.floor((n + 1) * p);
        double h = logFactorial(m) + logFactorial(n - m);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            double kk = Math.floor((2 * a / us + b) * u + c);
            if (!(kk >= 0 && kk <= n)) {
                continue;
            }
            long k = (long) kk;
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            double logV = Math.log(v * alpha / (a / (us * us) + b));
            if (logV <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) {
                return k;
            }
        }
    }

    /** ln k!: a table for small k, Stirling's series for the rest (error far below 1e-12). */
    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k + 1.0;
        double x2 = x * x;
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI
                + (1.0 / 12 - (1.0 / 360 - 1.0 / (1260 * x2)) / x2) / x;
    }
}
