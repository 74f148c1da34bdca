package org.communitysafety.indicators.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.special.Gamma;
import org.communitysafety.core.lang.Check;

/**
 * Significance tests for the changes reports print: did a count, a rate or a proportion really
 * change, or is the change within chance? All p-values are two-sided.
 *
 * <p>The exact tests reproduce R ({@code binom.test}, {@code poisson.test}, {@code prop.test})
 * and keep full relative accuracy in the far tails (p = 1.9e-301 for 1000 of 1000 at p = 1/2) and
 * at counts over 10^9. They never enumerate the support: see {@code ExactPValues}. A call takes
 * tens of microseconds at any count.
 *
 * <p>Undefined is a value: a comparison of two zero counts, or of proportions with no trials,
 * returns {@link Optional#empty()} rather than p = 1.
 *
 * <p>This class is stateless, and immutable and thread-safe.
 */
public final class Tests {
    private Tests() {}

    /**
     * Exact conditional test of two Poisson rates, R's {@code poisson.test(c(x1, x0), c(t1, t0))},
     * with R's default two-sided p-value ({@link TwoSidedPValue#MINLIKE}). See
     * {@link #poissonRatio(long, double, long, double, double, TwoSidedPValue)}.
     *
     * @param x1 the current (focal) count
     * @param t1 the current exposure (time, population), finite and positive
     * @param x0 the baseline count
     * @param t0 the baseline exposure, finite and positive
     * @param confidence two-sided level of the rate-ratio interval
     * @return the test, or empty when {@code x1 + x0 == 0}
     */
    public static Optional<TestResult> poissonRatio(long x1, double t1, long x0, double t0, double confidence) {
        return poissonRatio(x1, t1, x0, t0, confidence, TwoSidedPValue.MINLIKE);
    }

    /**
     * Exact conditional test of two Poisson rates (Przyborowski and Wilenski 1940; R
     * {@code poisson.test(c(x1, x0), c(t1, t0))}): given the total n = x1 + x0, x1 is binomial
     * with {@code p = t1 / (t1 + t0)} under equal rates, so the test is
     * {@code binom.test(x1, x1 + x0, t1 / (t1 + t0))}.
     * <pre>
     *   estimate = rate ratio = (x1 / t1) / (x0 / t0)     (+Infinity when x0 = 0, 0 when x1 = 0)
     *   interval = pp / (1 - pp) * t0 / t1,  pp the Clopper-Pearson limits of x1 of n
     * </pre>
     * The odds {@code pp / (1 - pp)} are formed from pp and 1 - pp each computed directly (the
     * complementary beta quantile), so they keep their digits when pp is near 1; the upper limit
     * is +Infinity when x0 = 0. As in R, the interval is
     * the central one whatever the p-value rule, so with MINLIKE the two can disagree near the
     * level. Total counts over 10^9 are fine (tested at 3 x 10^9).
     *
     * @param x1 the current (focal) count, {@code >= 0}
     * @param t1 the current exposure, finite and positive
     * @param x0 the baseline count, {@code >= 0}
     * @param t0 the baseline exposure, finite and positive
     * @param confidence two-sided level of the rate-ratio interval
     * @param rule how to make the two-sided p-value
     * @return the test, or empty when {@code x1 + x0 == 0} (no events: R stops with an error)
     */
    public static Optional<TestResult> poissonRatio(long x1, double t1, long x0, double t0, double confidence,
            TwoSidedPValue rule) {
        Check.nonNegative(x1, "count x1");
        Check.nonNegative(x0, "count x0");
        checkExposure(t1, "t1");
        checkExposure(t0, "t0");
        Normal.checkConfidence(confidence);
        Objects.requireNonNull(rule, "rule");
        long n = Math.addExact(x1, x0);
        if (n == 0) {
            return Optional.empty();
        }
        double pValue = ExactPValues.binomial(x1, n, nullProportion(t1, t0), rule);
        double estimate = (x1 / t1) / (x0 / t0);
        double[] parts = Proportions.clopperPearsonParts(x1, n, confidence);
        double scale = t0 / t1;
        double lower = parts[0] / parts[1] * scale;
        double upper = parts[3] == 0.0 ? Double.POSITIVE_INFINITY : parts[2] / parts[3] * scale;
        Interval interval = new Interval(lower, upper, IntervalMethod.CLOPPER_PEARSON, confidence);
        return Optional.of(new TestResult(pValue, estimate, Optional.of(interval),
                "exact conditional test of two Poisson rates (R poisson.test), two-sided " + name(rule)
                        + "; estimate = rate ratio"));
    }

    /**
     * The p-value alone of {@link #poissonRatio(long, double, long, double, double)}, the same
     * double, without the rate-ratio interval (two beta quantiles, most of the test's cost) or
     * the result object: for callers that report only the p-value of a change.
     *
     * @param x1 the current (focal) count
     * @param t1 the current exposure (time, population), finite and positive
     * @param x0 the baseline count
     * @param t0 the baseline exposure, finite and positive
     * @return the two-sided (minlike) p-value, or empty when {@code x1 + x0 == 0}
     */
    public static OptionalDouble poissonRatioPValue(long x1, double t1, long x0, double t0) {
        Check.nonNegative(x1, "count x1");
        Check.nonNegative(x0, "count x0");
        checkExposure(t1, "t1");
        checkExposure(t0, "t0");
        long n = Math.addExact(x1, x0);
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(ExactPValues.binomial(x1, n, nullProportion(t1, t0), TwoSidedPValue.MINLIKE));
    }

    /**
     * The current count expected if the two rates were equal, given the total:
     * {@code (x1 + x0) t1 / (t1 + t0)} (R's "expected count1" of {@code poisson.test}). For 120
     * incidents last year and 73 this year over equal periods it is 96.5.
     *
     * @param x1 the current count, {@code >= 0}
     * @param t1 the current exposure, finite and positive
     * @param x0 the baseline count, {@code >= 0}
     * @param t0 the baseline exposure, finite and positive
     * @return the expected current count under equal rates
     */
    public static double expectedCount(long x1, double t1, long x0, double t0) {
        Check.nonNegative(x1, "count x1");
        Check.nonNegative(x0, "count x0");
        checkExposure(t1, "t1");
        checkExposure(t0, "t0");
        return Math.addExact(x1, x0) * t1 / (t1 + t0);
    }

    /** The binomial proportion of the conditional test under equal rates, t1 / (t1 + t0). */
    static double nullProportion(double t1, double t0) {
        return t1 / (t1 + t0);
    }

    /**
     * Exact binomial test, R's {@code binom.test(x, n, p)}, with R's default two-sided p-value
     * ({@link TwoSidedPValue#MINLIKE}) and the Clopper-Pearson interval.
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials
     * @param p the null proportion, in [0, 1]
     * @param confidence two-sided level of the interval
     * @return the test, or empty when {@code n == 0}
     */
    public static Optional<TestResult> binomial(long x, long n, double p, double confidence) {
        return binomial(x, n, p, confidence, TwoSidedPValue.MINLIKE);
    }

    /**
     * Exact binomial test of x successes in n trials against the proportion p (R
     * {@code binom.test(x, n, p)}):
     * <pre>
     *   MINLIKE: p-value = sum of P(X = i) over i with P(X = i) &lt;= P(X = x) (1 + 1e-7)
     *   CENTRAL: p-value = min(1, 2 min(P(X &lt;= x), P(X &gt;= x))),   X ~ Bin(n, p)
     *   estimate = x / n,  interval = Clopper-Pearson
     * </pre>
     *
     * @param x successes, {@code 0 <= x <= n}
     * @param n trials
     * @param p the null proportion, in [0, 1]
     * @param confidence two-sided level of the interval
     * @param rule how to make the two-sided p-value
     * @return the test, or empty when {@code n == 0} (R stops with an error)
     */
    public static Optional<TestResult> binomial(long x, long n, double p, double confidence, TwoSidedPValue rule) {
        Proportions.checkCounts(x, n);
        if (!(p >= 0.0 && p <= 1.0)) {
            throw Invalid.argument("p (%s) must be in [0, 1]", p);
        }
        Normal.checkConfidence(confidence);
        Objects.requireNonNull(rule, "rule");
        if (n == 0) {
            return Optional.empty();
        }
        double pValue = ExactPValues.binomial(x, n, p, rule);
        Optional<Interval> interval = Proportions.clopperPearson(x, n, confidence);
        return Optional.of(new TestResult(pValue, (double) x / n, interval,
                "exact binomial test (R binom.test), two-sided " + name(rule) + "; estimate = x / n"));
    }

    /**
     * Exact one-sample Poisson test, R's {@code poisson.test(x, t, r)}, with R's default two-sided
     * p-value ({@link TwoSidedPValue#MINLIKE}).
     *
     * @param x the count, {@code >= 0}
     * @param t the exposure, finite and positive
     * @param r the rate under the null hypothesis, finite and {@code >= 0}
     * @param confidence two-sided level of the rate interval
     * @return the test
     */
    public static TestResult poisson(long x, double t, double r, double confidence) {
        return poisson(x, t, r, confidence, TwoSidedPValue.MINLIKE);
    }

    /**
     * Exact test of a Poisson count x over exposure t against the rate r (R
     * {@code poisson.test(x, t, r)}): X ~ Poisson(m), m = r t,
     * <pre>
     *   MINLIKE: p-value = sum of P(X = i) over i with P(X = i) &lt;= P(X = x) (1 + 1e-7)
     *   CENTRAL: p-value = min(1, 2 min(P(X &lt;= x), P(X &gt;= x)))
     *   estimate = x / t,  interval = Garwood interval of x divided by t
     * </pre>
     * With r = 0 the p-value is 1 when x = 0 and 0 otherwise (as in R).
     *
     * @param x the count, {@code >= 0}
     * @param t the exposure, finite and positive
     * @param r the null rate, finite and {@code >= 0}
     * @param confidence two-sided level of the rate interval
     * @param rule how to make the two-sided p-value
     * @return the test
     */
    public static TestResult poisson(long x, double t, double r, double confidence, TwoSidedPValue rule) {
        Check.nonNegative(x, "count x");
        checkExposure(t, "t");
        if (!(r >= 0.0 && Double.isFinite(r))) {
            throw Invalid.argument("rate r (%s) must be finite and not negative", r);
        }
        Normal.checkConfidence(confidence);
        Objects.requireNonNull(rule, "rule");
        double pValue = ExactPValues.poisson(x, r * t, rule);
        Interval counts = PoissonIntervals.garwood(x, confidence);
        Interval interval = new Interval(counts.lower() / t, counts.upper() / t, IntervalMethod.GARWOOD, confidence);
        return new TestResult(pValue, x / t, Optional.of(interval),
                "exact Poisson test (R poisson.test), two-sided " + name(rule) + "; estimate = x / t");
    }

    /**
     * Test of two independent proportions x1/n1 (current) and x0/n0 (baseline), exactly as R's
     * default {@code prop.test(c(x1, x0), c(n1, n0))}: Pearson's chi-square with R's continuity
     * correction.
     * <pre>
     *   DELTA = x1/n1 - x0/n0,   YATES = min(0.5, |DELTA| / (1/n1 + 1/n0))
     *   p = (x1 + x0) / (n1 + n0),  E = n p and n (1 - p) for each group
     *   X^2 = sum over the four cells of (|O - E| - YATES)^2 / E,   p-value = P(chi^2_1 &gt; X^2)
     *   interval = DELTA -/+ (z sqrt(sum of p_i (1 - p_i) / n_i) + YATES (1/n1 + 1/n0)), clipped to [-1, 1]
     * </pre>
     * The estimate is DELTA. Note R's correction: when {@code |DELTA| / (1/n1 + 1/n0) < 0.5}
     * the correction equals {@code |O - E|}, so X^2 = 0 and the p-value is 1. The chi-square tail
     * is {@code Q(1/2, X^2/2)} (Commons Math), accurate for tiny p-values.
     *
     * <p>Undefined: empty when {@code n1 == 0} or {@code n0 == 0}, or when both proportions are 0
     * or both are 1 — R returns NaN there (an expected count of 0), the test has no value.
     *
     * @param x1 current successes, {@code 0 <= x1 <= n1}
     * @param n1 current trials
     * @param x0 baseline successes, {@code 0 <= x0 <= n0}
     * @param n0 baseline trials
     * @param confidence two-sided level of the interval for the difference
     * @return the test, or empty where it is undefined
     */
    public static Optional<TestResult> twoProportions(long x1, long n1, long x0, long n0, double confidence) {
        Proportions.checkCounts(x1, n1);
        Proportions.checkCounts(x0, n0);
        Normal.checkConfidence(confidence);
        if (n1 == 0 || n0 == 0) {
            return Optional.empty();
        }
        long successes = Math.addExact(x1, x0);
        long trials = Math.addExact(n1, n0);
        if (successes == 0 || successes == trials) {
            return Optional.empty();
        }
        double e1 = (double) x1 / n1;
        double e0 = (double) x0 / n0;
        double delta = e1 - e0;
        double inverseSum = 1.0 / n1 + 1.0 / n0;
        double yates = Math.min(0.5, Math.abs(delta) / inverseSum);
        double z = Normal.z(confidence);
        double width = z * Math.sqrt(e1 * (1.0 - e1) / n1 + e0 * (1.0 - e0) / n0) + yates * inverseSum;
        Interval interval = new Interval(Math.max(delta - width, -1.0), Math.min(delta + width, 1.0),
                IntervalMethod.WALD_CC, confidence);
        return Optional.of(new TestResult(chiSquarePValue(x1, n1, x0, n0, yates), delta, Optional.of(interval),
                "Pearson chi-square test of two proportions with continuity correction (R prop.test); "
                        + "estimate = difference of proportions"));
    }

    /**
     * The p-value alone of {@link #twoProportions(long, long, long, long, double)}, the same
     * double, without the interval or the result object: for callers that report only the
     * p-value of a change.
     *
     * @param x1 current successes, {@code 0 <= x1 <= n1}
     * @param n1 current trials
     * @param x0 baseline successes, {@code 0 <= x0 <= n0}
     * @param n0 baseline trials
     * @return the p-value, or empty where the test is undefined
     */
    public static OptionalDouble twoProportionsPValue(long x1, long n1, long x0, long n0) {
        Proportions.checkCounts(x1, n1);
        Proportions.checkCounts(x0, n0);
        if (n1 == 0 || n0 == 0) {
            return OptionalDouble.empty();
        }
        long successes = Math.addExact(x1, x0);
        long trials = Math.addExact(n1, n0);
        if (successes == 0 || successes == trials) {
            return OptionalDouble.empty();
        }
        double delta = (double) x1 / n1 - (double) x0 / n0;
        double yates = Math.min(0.5, Math.abs(delta) / (1.0 / n1 + 1.0 / n0));
        return OptionalDouble.of(chiSquarePValue(x1, n1, x0, n0, yates));
    }

    /** P(χ²₁ &gt; X²) of the continuity-corrected statistic of two proportions, at most 1. */
    private static double chiSquarePValue(long x1, long n1, long x0, long n0, double yates) {
        double p = (double) (x1 + x0) / (n1 + n0);
        double statistic = cell(x1, n1 * p, yates) + cell(x0, n0 * p, yates)
                + cell(n1 - x1, n1 * (1.0 - p), yates) + cell(n0 - x0, n0 * (1.0 - p), yates);
        double pValue = statistic == 0.0 ? 1.0 : Gamma.regularizedGammaQ(0.5, 0.5 * statistic, 1e-16, 100_000);
        return Math.min(1.0, pValue);
    }

    private static double cell(long observed, double expected, double yates) {
        double deviation = Math.abs(observed - expected) - yates;
        return deviation * deviation / expected;
    }

    private static void checkExposure(double t, String name) {
        if (!(t > 0.0 && Double.isFinite(t))) {
            throw Invalid.argument("exposure %s (%s) must be finite and positive", name, t);
        }
    }

    private static String name(TwoSidedPValue rule) {
        return rule == TwoSidedPValue.MINLIKE ? "minlike" : "central";
    }
}
