package org.communitysafety.indicators.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.communitysafety.core.lang.Check;

/**
 * Confidence intervals for a Poisson count x (incidents in a period) and for the rate
 * {@code x / exposure * per} (incidents per 10,000 residents).
 *
 * <p>A count of 0 is ordinary and has a proper interval: {@code [0, -log(alpha/2)]}, 3.69 at 95%.
 * Which to use: Garwood is exact and is what R's {@code poisson.test} reports; Byar is the
 * closed-form approximation PHE indicator methods use for counts of 10 and more (exact below).
 *
 * <p>This class is stateless, and immutable and thread-safe.
 */
public final class PoissonIntervals {
    private PoissonIntervals() {}

    /**
     * Garwood (1936) exact interval for a Poisson count:
     * <pre>
     *   lower = G^-1(alpha/2; x)          = qchisq(alpha/2, 2x) / 2      (0 when x = 0)
     *   upper = G^-1(1 - alpha/2; x + 1)  = qchisq(1 - alpha/2, 2x + 2) / 2
     * </pre>
     * with G the gamma distribution function of unit scale and alpha = 1 - confidence. R:
     * {@code poisson.test(x)$conf.int}. The upper limit is solved on the upper tail
     * {@code Q(x + 1, upper) = alpha/2}, so neither limit goes through {@code 1 - p}; both to about
     * 1e-15 relative, also at x = 10^12 (see {@code Tails}).
     *
     * @param x the count, {@code x >= 0}
     * @param confidence two-sided level, for example 0.95
     * @return the interval for the expected count
     */
    public static Interval garwood(long x, double confidence) {
        Check.nonNegative(x, "count x");
        Normal.checkConfidence(confidence);
        double tail = 0.5 * (1.0 - confidence);
        double lower = x == 0 ? 0.0 : Tails.gammaQuantile(x, tail, true);
        double upper = x == 0 ? -Math.log(tail) : Tails.gammaQuantile(x + 1.0, tail, false);
        return new Interval(lower, upper, IntervalMethod.GARWOOD, confidence);
    }

    /**
     * Byar's approximation (Breslow and Day 1987, Statistical Methods in Cancer Research II,
     * p. 69), as in PHEindicatormethods {@code byars_lower} / {@code byars_upper}:
     * <pre>
     *   lower = x (1 - 1/(9x) - z / (3 sqrt x))^3
     *   upper = (x + 1) (1 - 1/(9(x + 1)) + z / (3 sqrt(x + 1)))^3,   z = Phi^-1((1 + confidence)/2)
     * </pre>
     * Convention at the edges: the lower formula is undefined at x = 0 (R evaluates
     * {@code 0 * -Inf = NaN}; the reference file marks it null), and for small x at high levels it
     * goes negative (x = 1 at 99.8%: -0.0028; PHEindicatormethods replaces it by NA). Here the
     * lower limit is then the exact lower limit, 0: a count's interval cannot go below 0.
     *
     * @param x the count, {@code x >= 0}
     * @param confidence two-sided level
     * @return the interval for the expected count; lower limit 0 where the formula has no value
     *     or a negative one
     */
    public static Interval byar(long x, double confidence) {
        Check.nonNegative(x, "count x");
        Normal.checkConfidence(confidence);
        double z = Normal.z(confidence);
        double lower = x == 0 ? 0.0 : Math.max(0.0, byarLowerFormula(x, z));
        return new Interval(lower, byarUpperFormula(x, z), IntervalMethod.BYAR, confidence);
    }

    /** Byar's lower formula for x >= 1 as written (can be negative). */
    static double byarLowerFormula(long x, double z) {
        double xx = x;
        double c = 1.0 - 1.0 / (9.0 * xx) - z / (3.0 * Math.sqrt(xx));
        return xx * c * c * c;
    }

    /** Byar's upper formula. */
    static double byarUpperFormula(long x, double z) {
        double x1 = x + 1.0;
        double c = 1.0 - 1.0 / (9.0 * x1) + z / (3.0 * Math.sqrt(x1));
        return x1 * c * c * c;
    }

    /**
     * The interval by the named method, {@link IntervalMethod#GARWOOD} or
     * {@link IntervalMethod#BYAR}.
     *
     * @param method GARWOOD or BYAR
     * @param x the count, {@code x >= 0}
     * @param confidence two-sided level
     * @return the interval for the expected count
     * @throws IllegalArgumentException for any other method
     */
    public static Interval count(IntervalMethod method, long x, double confidence) {
        Objects.requireNonNull(method, "method");
        switch (method) {
            case GARWOOD:
                return garwood(x, confidence);
            case BYAR:
                return byar(x, confidence);
            default:
                throw new IllegalArgumentException(
                        "method " + method + " is not an interval for a Poisson count; use GARWOOD or BYAR");
        }
    }

    /**
     * The rate {@code x / exposure * per}, empty when {@code exposure <= 0} (a rate per zero
     * residents has no value).
     *
     * @param x the count, {@code x >= 0}
     * @param exposure the denominator (population, person-years), finite
     * @param per the multiplier, for example 10,000 for a rate per 10,000 residents; finite, > 0
     * @return the rate, or empty for a non-positive exposure
     */
    public static OptionalDouble rateEstimate(long x, double exposure, double per) {
        checkRate(x, exposure, per);
        return exposure <= 0 ? OptionalDouble.empty() : OptionalDouble.of(x / exposure * per);
    }

    /**
     * Interval for the rate {@code x / exposure * per}: the count interval by {@code method}
     * (GARWOOD or BYAR) multiplied by {@code per / exposure}. R:
     * {@code poisson.test(x, exposure)$conf.int * per}; PHEindicatormethods {@code phe_rate}
     * (which uses Garwood below 10 and Byar from 10). Empty when {@code exposure <= 0}.
     *
     * @param method GARWOOD or BYAR
     * @param x the count, {@code x >= 0}
     * @param exposure the denominator, finite
     * @param per the multiplier, finite and positive
     * @param confidence two-sided level
     * @return the interval on the rate scale, or empty for a non-positive exposure
     */
    public static Optional<Interval> rate(IntervalMethod method, long x, double exposure, double per,
            double confidence) {
        Objects.requireNonNull(method, "method");
        checkRate(x, exposure, per);
        if (exposure <= 0) {
            return Optional.empty();
        }
        return Optional.of(rate(count(method, x, confidence), exposure, per));
    }

    /**
     * The interval of a rate from the interval of its count: each limit divided by
     * {@code exposure} and multiplied by {@code per}, the same doubles as
     * {@link #rate(IntervalMethod, long, double, double, double)} gives. For callers that reuse a
     * count's interval over many exposures (a count interval is two gamma quantiles; this is two
     * divisions).
     *
     * @param counts the interval of the count, e.g. {@link #garwood}
     * @param exposure the denominator, finite and positive
     * @param per the multiplier, finite and positive
     * @return the interval on the rate scale, with the count interval's method and level
     */
    public static Interval rate(Interval counts, double exposure, double per) {
        Objects.requireNonNull(counts, "counts");
        if (!(exposure > 0 && Double.isFinite(exposure))) {
            throw Invalid.argument("exposure (%s) must be finite and positive", exposure);
        }
        if (!(per > 0 && Double.isFinite(per))) {
            throw Invalid.argument("per (%s) must be finite and positive", per);
        }
        return new Interval(counts.lower() / exposure * per, counts.upper() / exposure * per, counts.method(),
                counts.confidence());
    }

    private static void checkRate(long x, double exposure, double per) {
        Check.nonNegative(x, "count x");
        if (!Double.isFinite(exposure)) {
            throw Invalid.argument("exposure (%s) must be finite", exposure);
        }
        if (!(per > 0 && Double.isFinite(per))) {
            throw Invalid.argument("per (%s) must be finite and positive", per);
        }
    }
}
