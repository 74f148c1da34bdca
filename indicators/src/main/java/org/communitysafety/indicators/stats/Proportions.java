package org.communitysafety.indicators.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Confidence intervals for a proportion {@code x / n}: x successes (cases cleared, disputes
 * resolved) of n trials, {@code 0 <= x <= n}.
 *
 * <p>Zero trials: {@code 0 / 0} has no value, so every method returns {@link Optional#empty()}
 * for {@code n == 0} (R's {@code binom.test} and PHEindicatormethods stop with an error there).
 * Zero successes are ordinary: the lower limit is exactly 0 when {@code x == 0} and the upper
 * limit exactly 1 when {@code x == n}, for every method.
 *
 * <p>Which to use: Clopper-Pearson is exact (coverage at least the level) and is what R's
 * {@code binom.test} reports; Wilson is what public-health indicator publishers use for
 * proportions (PHE Fingertips technical guidance); Wilson with continuity correction is what
 * R's {@code prop.test} reports. Formulas and accuracy are in each method.
 *
 * <p>This class is stateless, and immutable and thread-safe.
 */
public final class Proportions {
    private Proportions() {}

    /**
     * The proportion {@code x / n}, empty when {@code n == 0}.
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials, {@code n >= 0}
     * @return x / n, or empty for 0 trials
     */
    public static OptionalDouble estimate(long x, long n) {
        checkCounts(x, n);
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) x / n);
    }

    /**
     * Wilson (1927) score interval: the p with {@code (x/n - p)^2 = z^2 p (1 - p) / n},
     * <pre>
     *   (x + z^2/2) / (n + z^2)  -/+  z sqrt(x (n - x) / n + z^2 / 4) / (n + z^2),
     *   z = Phi^-1((1 + confidence) / 2)
     * </pre>
     * R: {@code prop.test(x, n, correct = FALSE)$conf.int}. The lower root is taken as
     * {@code (x^2 / (n (n + z^2))) / upper} (product of the roots), which avoids cancellation
     * for small x; for {@code x > n/2} the interval is reflected from {@code n - x}. Hence
     * exactly 0 at {@code x = 0}, exactly 1 at {@code x = n}, and ~1e-16 relative accuracy
     * elsewhere (statsmodels GH 7386 shows the naive form giving -3.5e-18 at x = 0).
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials, {@code n >= 0}
     * @param confidence two-sided level, for example 0.95
     * @return the interval, or empty for 0 trials
     */
    public static Optional<Interval> wilson(long x, long n, double confidence) {
        if (noTrials(x, n, confidence)) {
            return Optional.empty();
        }
        double z = Normal.z(confidence);
        boolean reflect = x > n - x;
        long k = reflect ? n - x : x;
        double[] limits = wilsonSmallSide(k, n, z);
        double lower = reflect ? 1.0 - limits[1] : limits[0];
        double upper = reflect ? 1.0 - limits[0] : limits[1];
        return Optional.of(new Interval(lower, upper, IntervalMethod.WILSON, confidence));
    }

    /** Wilson limits for k <= n - k: {lower, upper}. */
    private static double[] wilsonSmallSide(long k, long n, double z) {
        double z2 = z * z;
        double nn = n;
        double kk = k;
        double denominator = nn + z2;
        double center = (kk + 0.5 * z2) / denominator;
        double half = z * Math.sqrt(kk * ((n - k) / nn) + 0.25 * z2) / denominator;
        double upper = center + half;
        double lower = k == 0 ? 0.0 : (kk / nn) * (kk / denominator) / upper;
        return new double[] {lower, Math.min(upper, 1.0)};
    }

    /**
     * Wilson score interval with continuity correction, Newcombe (1998, Stat Med 17:857) method 4:
     * <pre>
     *   lower = (2x + z^2 - 1 - z sqrt(z^2 - 2 - 1/n + 4p(n(1 - p) + 1))) / (2(n + z^2)),  p = x/n
     *   upper = (2x + z^2 + 1 + z sqrt(z^2 + 2 - 1/n + 4p(n(1 - p) - 1))) / (2(n + z^2))
     * </pre>
     * with lower = 0 at x = 0 and upper = 1 at x = n (where the square root's argument can be
     * negative). Computed without cancellation: the lower limit as the equivalent
     * {@code (2x - 1)^2 / (2n (2x + z^2 - 1 + z sqrt(...)))}, the upper as written for
     * {@code x <= n/2} and as {@code 1 - lower(n - x)} above (the interval is symmetric in that
     * way), so small limits keep all their digits.
     *
     * <p>Convention: the correction is always applied. R's {@code prop.test(x, n)} gives the same
     * interval except when {@code x == n p0} (p0 = 0.5 by default), where it silently drops the
     * correction ({@code YATES = min(0.5, abs(x - n p0))}); {@link #rPropTest} reproduces that.
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials, {@code n >= 0}
     * @param confidence two-sided level, for example 0.95
     * @return the interval, or empty for 0 trials
     */
    public static Optional<Interval> wilsonCorrected(long x, long n, double confidence) {
        if (noTrials(x, n, confidence)) {
            return Optional.empty();
        }
        double z = Normal.z(confidence);
        double lower = newcombeLower(x, n, z);
        double upper = x == n ? 1.0 : x <= n - x ? newcombeUpper(x, n, z) : 1.0 - newcombeLower(n - x, n, z);
        return Optional.of(new Interval(lower, Math.min(1.0, Math.max(lower, upper)), IntervalMethod.WILSON_CC,
                confidence));
    }

    /** Newcombe's upper limit as written (all terms positive), for x &lt; n. */
    private static double newcombeUpper(long x, long n, double z) {
        double nn = n;
        double xx = x;
        double z2 = z * z;
        double root = Math.sqrt(z2 + 2.0 - 1.0 / nn + 4.0 * xx * ((n - x - 1) / nn));
        return (2.0 * xx + z2 + 1.0 + z * root) / (2.0 * (nn + z2));
    }

    private static double newcombeLower(long x, long n, double z) {
        if (x == 0) {
            return 0.0;
        }
        double nn = n;
        double xx = x;
        double z2 = z * z;
        double root = Math.sqrt(z2 - 2.0 - 1.0 / nn + 4.0 * xx * ((n - x + 1) / nn));
        double odd = 2.0 * xx - 1.0;
        return odd * odd / (2.0 * nn * (2.0 * xx + z2 - 1.0 + z * root));
    }

    /**
     * Clopper and Pearson (1934) exact interval:
     * <pre>
     *   lower = B^-1(alpha/2; x, n - x + 1)       (0 when x = 0)
     *   upper = B^-1(1 - alpha/2; x + 1, n - x)   (1 when x = n),   alpha = 1 - confidence
     * </pre>
     * R: {@code binom.test(x, n)$conf.int}. The upper limit is solved on the complementary tail,
     * {@code 1 - upper = B^-1(alpha/2; n - x, x + 1)}, so that it keeps its digits near 1; closed
     * forms at the ends: {@code 1 - upper = (alpha/2)^(1/n)} at x = 0 and
     * {@code lower = (alpha/2)^(1/n)} at x = n. Beta quantiles are solved to about 1e-15
     * relative (see {@code Tails}), also at n = 10^12.
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials, {@code n >= 0}
     * @param confidence two-sided level, for example 0.95
     * @return the interval, or empty for 0 trials
     */
    public static Optional<Interval> clopperPearson(long x, long n, double confidence) {
        if (noTrials(x, n, confidence)) {
            return Optional.empty();
        }
        double[] parts = clopperPearsonParts(x, n, confidence);
        double lower = parts[0];
        double upper = parts[2];
        return Optional.of(new Interval(lower, upper, IntervalMethod.CLOPPER_PEARSON, confidence));
    }

    /**
     * {@code 1 - upper} of the Clopper-Pearson interval, computed directly as
     * {@code B^-1(alpha/2; n - x, x + 1)} (0 when x = n), so it has full relative accuracy when
     * the upper limit is close to 1: for 999,999,000 of 10^9 it is 9.38973046589561e-07, of which
     * {@code 1 - upper} would keep only 10 digits.
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials, {@code n >= 0}
     * @param confidence two-sided level
     * @return 1 minus the upper limit, or empty for 0 trials
     */
    public static OptionalDouble clopperPearsonUpperComplement(long x, long n, double confidence) {
        if (noTrials(x, n, confidence)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(clopperPearsonParts(x, n, confidence)[3]);
    }

    /**
     * Clopper-Pearson limits with their complements, {lower, 1 - lower, upper, 1 - upper}, the
     * smaller of each pair to full relative accuracy; the odds the Poisson rate-ratio interval
     * needs are {@code lower / (1 - lower)} and {@code upper / (1 - upper)} (+Infinity at x = n).
     */
    static double[] clopperPearsonParts(long x, long n, double confidence) {
        double tail = 0.5 * (1.0 - confidence);
        double log = Math.log(tail) / n; // closed forms at the ends: (alpha/2)^(1/n) = exp(log)
        double lower;
        double lowerComplement;
        if (x == 0) {
            lower = 0.0;
            lowerComplement = 1.0;
        } else if (x == n) {
            lower = Math.exp(log);
            lowerComplement = -Math.expm1(log);
        } else {
            double[] q = Tails.betaQuantile(x, n - x + 1.0, tail);
            lower = q[0];
            lowerComplement = q[1];
        }
        double upper;
        double upperComplement;
        if (x == n) {
            upper = 1.0;
            upperComplement = 0.0;
        } else if (x == 0) {
            upper = -Math.expm1(log);
            upperComplement = Math.exp(log);
        } else {
            double[] q = Tails.betaQuantile(n - x, x + 1.0, tail);
            upperComplement = q[0];
            upper = q[1];
        }
        return new double[] {lower, lowerComplement, upper, upperComplement};
    }

    /**
     * The interval by the named method: {@link IntervalMethod#WILSON},
     * {@link IntervalMethod#WILSON_CC} or {@link IntervalMethod#CLOPPER_PEARSON}.
     *
     * @param method one of the three proportion methods
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials, {@code n >= 0}
     * @param confidence two-sided level
     * @return the interval, or empty for 0 trials
     * @throws IllegalArgumentException for a method that is not for a single proportion
     */
    public static Optional<Interval> interval(IntervalMethod method, long x, long n, double confidence) {
        Objects.requireNonNull(method, "method");
        switch (method) {
            case WILSON:
                return wilson(x, n, confidence);
            case WILSON_CC:
                return wilsonCorrected(x, n, confidence);
            case CLOPPER_PEARSON:
                return clopperPearson(x, n, confidence);
            default:
                throw new IllegalArgumentException("method " + method
                        + " is not an interval for a proportion; use WILSON, WILSON_CC or CLOPPER_PEARSON");
        }
    }

    /**
     * A literal transcription of the one-sample interval of R's {@code prop.test(x, n, p = p0)}
     * (R 4.x, {@code correct = TRUE}):
     * <pre>
     *   YATES = min(0.5, abs(x - n p0)),  z22n = z^2 / (2n)
     *   p.c = x/n + YATES/n;
     *   upper = p.c &gt;= 1 ? 1 : (p.c + z22n + z sqrt(p.c (1 - p.c)/n + z22n/(2n))) / (1 + 2 z22n)
     *   p.c = x/n - YATES/n;
     *   lower = p.c &lt;= 0 ? 0 : (p.c + z22n - z sqrt(p.c (1 - p.c)/n + z22n/(2n))) / (1 + 2 z22n)
     * </pre>
     * It equals {@link #wilsonCorrected} unless {@code abs(x - n p0) < 0.5}; at {@code x == n p0}
     * the correction vanishes and the result is the plain {@link #wilson} interval. Provided to
     * reproduce R output; the library's own convention is {@link #wilsonCorrected}. The method of
     * the result is {@code WILSON_CC} when a correction was applied and {@code WILSON} otherwise;
     * {@link #rPropTestCorrection} gives the correction used.
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials, {@code n >= 0}
     * @param p0 the null proportion of the test (R's default is 0.5), in [0, 1]
     * @param confidence two-sided level
     * @return R's interval, or empty for 0 trials (R stops with an error)
     */
    public static Optional<Interval> rPropTest(long x, long n, double p0, double confidence) {
        if (noTrials(x, n, confidence)) {
            return Optional.empty();
        }
        double yates = rPropTestCorrection(x, n, p0);
        double z = Normal.z(confidence);
        double estimate = (double) x / n;
        double z22n = z * z / (2.0 * n);
        double pc = estimate + yates / n;
        double upper = pc >= 1.0 ? 1.0
                : (pc + z22n + z * Math.sqrt(pc * (1.0 - pc) / n + z22n / (2.0 * n))) / (1.0 + 2.0 * z22n);
        pc = estimate - yates / n;
        double lower = pc <= 0.0 ? 0.0
                : (pc + z22n - z * Math.sqrt(pc * (1.0 - pc) / n + z22n / (2.0 * n))) / (1.0 + 2.0 * z22n);
        IntervalMethod method = yates > 0.0 ? IntervalMethod.WILSON_CC : IntervalMethod.WILSON;
        return Optional.of(new Interval(Math.max(lower, 0.0), Math.min(upper, 1.0), method, confidence));
    }

    /**
     * The continuity correction R's one-sample {@code prop.test(x, n, p = p0)} applies:
     * {@code min(0.5, abs(x - n p0))}.
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials, {@code n >= 0}
     * @param p0 the null proportion, in [0, 1]
     * @return the correction, between 0 and 0.5
     */
    public static double rPropTestCorrection(long x, long n, double p0) {
        checkCounts(x, n);
        if (!(p0 >= 0.0 && p0 <= 1.0)) {
            throw Invalid.argument("p0 (%s) must be in [0, 1]", p0);
        }
        return Math.min(0.5, Math.abs(x - n * p0));
    }

    /** Checks the counts and the confidence level; whether there are no trials, hence no interval. */
    private static boolean noTrials(long x, long n, double confidence) {
        checkCounts(x, n);
        Normal.checkConfidence(confidence);
        return n == 0;
    }

    static void checkCounts(long x, long n) {
        if (!(n >= 0)) {
            throw Invalid.argument("trials n (%d) must not be negative", n);
        }
        if (!(x >= 0 && x <= n)) {
            throw Invalid.argument("successes x (%d) must be between 0 and trials n (%d)", x, n);
        }
    }
}
