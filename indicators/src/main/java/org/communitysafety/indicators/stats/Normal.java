package org.communitysafety.indicators.stats;

import org.apache.commons.math3.special.Erf;
import org.communitysafety.core.lang.Check;

/**
 * The standard normal distribution: quantiles for interval half-widths and tails for z-tests.
 *
 * <p>Tails come from {@code erfc} (Commons Math, evaluated through the regularised incomplete
 * gamma function, about 1e-15 relative), so a two-sided p-value of 1e-300 keeps its digits.
 * Quantiles start from Abramowitz and Stegun 26.2.23 and are polished by Halley's method on that
 * tail. The usual two-sided levels (0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999) are taken as
 * the decimal numbers they are written as, and their z is the double nearest to the exact
 * quantile (mpmath, 40 digits): {@code z(0.95) == 1.9599639845400543}, the value in
 * {@code statistics.json}. R's {@code qnorm(0.975)} is 1.9599639845400536, one ulp off.
 *
 * <p>This class is stateless, and immutable and thread-safe.
 */
public final class Normal {
    private Normal() {}

    /** The 97.5th percentile of the standard normal distribution, z for a 95% two-sided level. */
    public static final double Z_95 = 1.9599639845400543;

    /** The 99.9th percentile, z for a 99.8% two-sided level (funnel plots' outer limits). */
    public static final double Z_998 = 3.0902323061678136;

    private static final double[] LEVELS = {0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999};
    private static final double[] LEVEL_Z = {
        1.2815515655446004, 1.6448536269514726, Z_95, 2.326347874040841, 2.575829303548901,
        2.8070337683438042, Z_998, 3.290526731491895,
    };

    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double INV_SQRT_2PI = 0.3989422804014327;

    /**
     * The z of a two-sided confidence level: {@code z = Phi^-1((1 + confidence) / 2)}.
     *
     * @param confidence the level, strictly between 0 and 1 (0.95 for 95%)
     * @return z, for example 1.9599639845400543 for 0.95
     * @throws IllegalArgumentException if confidence is not strictly between 0 and 1
     */
    public static double z(double confidence) {
        checkConfidence(confidence);
        for (int i = 0; i < LEVELS.length; i++) {
            if (confidence == LEVELS[i]) {
                return LEVEL_Z[i];
            }
        }
        return -quantile(0.5 * (1.0 - confidence));
    }

    /**
     * The quantile function {@code Phi^-1(p)}: start from Abramowitz and Stegun (1964) 26.2.23
     * (error below 4.5e-4), then Halley steps on the lower or upper tail, whichever is smaller,
     * so that quantiles of tiny tail probabilities keep full relative accuracy.
     *
     * @param p a probability strictly between 0 and 1
     * @return z with Phi(z) = p
     * @throws IllegalArgumentException if p is not strictly between 0 and 1
     */
    public static double quantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw Invalid.argument("p (%s) must be strictly between 0 and 1", p);
        }
        if (p > 0.5) {
            return -quantile(1.0 - p);
        }
        if (p == 0.5) {
            return 0.0;
        }
        // lower tail, z < 0
        double z = -approximateUpperZ(p);
        for (int i = 0; i < 6; i++) {
            double f = lowerTail(z) - p;
            double density = density(z);
            if (density == 0.0) {
                break;
            }
            double r = f / density;
            double next = z - r / (1.0 + 0.5 * z * r);
            if (next == z) {
                break;
            }
            z = next;
        }
        return z;
    }

    /** Abramowitz and Stegun 26.2.23: upper-tail z for a tail probability p <= 1/2. */
    static double approximateUpperZ(double p) {
        double w = Math.sqrt(-2.0 * Math.log(p));
        return w - (2.515517 + w * (0.802853 + w * 0.010328))
                / (1.0 + w * (1.432788 + w * (0.189269 + w * 0.001308)));
    }

    /**
     * The upper tail {@code 1 - Phi(z) = erfc(z / sqrt 2) / 2}, accurate in relative terms for
     * large z.
     *
     * @param z any number (not NaN)
     * @return the probability that a standard normal variable exceeds z
     */
    public static double upperTail(double z) {
        Check.argument(!Double.isNaN(z), "z must not be NaN");
        return 0.5 * Erf.erfc(z * SQRT_HALF);
    }

    /**
     * The lower tail {@code Phi(z) = erfc(-z / sqrt 2) / 2}.
     *
     * @param z any number (not NaN)
     * @return the probability that a standard normal variable is at most z
     */
    public static double lowerTail(double z) {
        return upperTail(-z);
    }

    /**
     * The two-sided p-value of a z statistic, {@code 2 (1 - Phi(|z|)) = erfc(|z| / sqrt 2)}.
     *
     * @param z the statistic (not NaN)
     * @return the two-sided p-value in [0, 1]
     */
    public static double twoSidedP(double z) {
        Check.argument(!Double.isNaN(z), "z must not be NaN");
        return Math.min(1.0, Erf.erfc(Math.abs(z) * SQRT_HALF));
    }

    /** The standard normal density. */
    static double density(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    static void checkConfidence(double confidence) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw Invalid.argument("confidence (%s) must be strictly between 0 and 1, for example 0.95", confidence);
        }
    }
}
