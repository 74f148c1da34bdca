package org.communitysafety.indicators.stats;

import org.communitysafety.core.lang.Check;

/**
 * Funnel-plot control limits: how far from a target (a provincial clearance rate, a county's
 * incident rate per 10,000) a unit's value may fall by chance alone, given its size.
 *
 * <p>Method: exact limits with Spiegelhalter's interpolation (Spiegelhalter 2005, "Funnel plots
 * for comparing institutional performance", Stat Med 24:1185, appendix A.1.1 binomial, A.1.2
 * Poisson). For a tail probability P (P = (1 - level)/2 for the lower limit, 1 - P for the upper),
 * with r_P the P-quantile of the count R under the target (smallest r with
 * {@code P(R <= r) >= P}),
 * <pre>
 *   alpha = (P(R &lt;= r_P) - P) / P(R = r_P),     limit = (r_P - alpha) / n
 * </pre>
 * for a proportion (R ~ Bin(n, p0)), and {@code (r_P - alpha) / exposure} for a rate
 * (R ~ Poisson(rate0 x exposure)). The interpolation makes the limits a smooth curve in n
 * instead of a staircase. The upper tail is taken as {@code P(R > r) <= P} directly, never as
 * {@code 1 - cdf}. Limits below 0 (possible for tiny n, where even R = 0 is not unusual) are
 * reported as 0, and proportion limits above 1 as 1.
 *
 * <p>Against PHE's Fingertips (PHEindicatormethods, checked on its own test data): its
 * proportion funnels ({@code phe_funnels}) are the "Wilson score" limits, which are the limits of
 * the score test of the target, {@code p0 -/+ z sqrt(p0 (1 - p0) / n)}; its rate funnels invert
 * the exact Poisson test without interpolation. At 95% the exact limits here lie within about
 * one count of PHE's; at 99.8% the proportion limits differ by up to about 1.6 counts at small
 * n (where the normal approximation is poorest), and rate upper limits sit one count apart by
 * convention (which tail the boundary count belongs to). Where figures must match Fingertips
 * exactly, use {@link #scoreProportionLimits} and {@link #scoreProportionPosition}; the
 * catalogue's funnel flags, rankings and curves use the exact tails ({@link #proportionPosition})
 * by default and these with the setting {@code FunnelLimits.SCORE}
 * ({@code Indicators.funnelLimits}, {@code csi report --funnel-limits score}).
 *
 * <p>Levels: {@value #INNER} (about 2 standard errors, "alert") and {@value #OUTER} (about 3,
 * "alarm") are the conventional pair. Classifying a unit ({@link #proportionPosition},
 * {@link #ratePosition}) uses the exact tails the limits stand for, not the interpolated curve,
 * which can put a count that is not unusual above the upper limit (3 of 3 against 98%).
 *
 * <p>This class is stateless, and immutable and thread-safe.
 */
public final class Funnel {
    private Funnel() {}

    /** The inner (95%) two-sided level. */
    public static final double INNER = 0.95;

    /** The outer (99.8%) two-sided level. */
    public static final double OUTER = 0.998;

    /**
     * Control limits for a proportion with target {@code p0} at denominator {@code n}.
     *
     * @param p0 the target proportion, in [0, 1]
     * @param n the denominator, {@code >= 1}
     * @param level the two-sided level, for example {@link #INNER} or {@link #OUTER}
     * @return limits on the proportion scale, method {@code SPIEGELHALTER_BINOMIAL}
     */
    public static Interval proportionLimits(double p0, long n, double level) {
        checkProportion(p0, n);
        Normal.checkConfidence(level);
        double[] counts = binomialCountLimits(p0, n, level);
        double lower = Math.min(1.0, Math.max(0.0, counts[0] / n));
        double upper = Math.min(1.0, Math.max(0.0, counts[1] / n));
        return new Interval(lower, Math.max(lower, upper), IntervalMethod.SPIEGELHALTER_BINOMIAL, level);
    }

    /**
     * Control limits for a proportion as PHE's Fingertips draws them (PHEindicatormethods'
     * {@code phe_funnels}, "Wilson score" limits): the proportions at which the score test of
     * {@code p0} reaches the level,
     * <pre>
     *   p0 -/+ z sqrt(p0 (1 - p0) / n),   z = Phi^-1(1 - (1 - level) / 2),   clipped to [0, 1]
     * </pre>
     * (PHE writes them as the roots of a quadratic in the count, {@code sigma_adjustment}; the
     * roots simplify to this). Checked against PHEindicatormethods' published test outputs
     * ({@code testdata_funnel_prop_outputs.csv}) in {@code FunnelTest}. A normal approximation:
     * at small n these limits can lie a count or more from the exact ones of
     * {@link #proportionLimits}.
     *
     * @param p0 the target proportion, in [0, 1]
     * @param n the denominator, {@code >= 1}
     * @param level the two-sided level, for example {@link #INNER} or {@link #OUTER}
     * @return limits on the proportion scale, method {@code SCORE_BINOMIAL}
     */
    public static Interval scoreProportionLimits(double p0, long n, double level) {
        checkProportion(p0, n);
        double half = Normal.z(level) * Math.sqrt(p0 * (1.0 - p0) / n);
        double lower = Math.max(0.0, p0 - half);
        double upper = Math.min(1.0, p0 + half);
        return new Interval(lower, upper, IntervalMethod.SCORE_BINOMIAL, level);
    }

    /**
     * Where x of n lies against {@link #scoreProportionLimits} at {@link #INNER} and
     * {@link #OUTER}, as PHEindicatormethods' {@code phe_funnel_significance} decides it: x / n
     * strictly beyond a limit is outside it.
     *
     * @param x the observed count, {@code 0 <= x <= n}
     * @param n the denominator, {@code >= 1}
     * @param p0 the target proportion, in [0, 1]
     * @return the position
     */
    public static FunnelPosition scoreProportionPosition(long x, long n, double p0) {
        checkProportion(p0, n);
        if (!(x >= 0 && x <= n)) {
            throw Invalid.argument("x (%d) must be between 0 and n (%d)", x, n);
        }
        Interval inner = scoreProportionLimits(p0, n, INNER);
        Interval outer = scoreProportionLimits(p0, n, OUTER);
        return position((double) x / n, new double[] {inner.lower(), inner.upper()},
                new double[] {outer.lower(), outer.upper()});
    }

    /**
     * Control limits for a rate with target {@code rate0} at {@code exposure}: the count is
     * Poisson with mean {@code e = rate0 * exposure}, and the limits are returned on the rate
     * scale {@code count / exposure} (multiply by, say, 10,000 for a rate per 10,000).
     *
     * @param rate0 the target rate per unit of exposure, finite and {@code >= 0}
     * @param exposure the exposure, finite and positive
     * @param level the two-sided level
     * @return limits on the rate scale, method {@code SPIEGELHALTER_POISSON}
     */
    public static Interval rateLimits(double rate0, double exposure, double level) {
        checkRate(rate0, exposure);
        Normal.checkConfidence(level);
        double[] counts = poissonCountLimits(rate0 * exposure, level);
        double lower = Math.max(0.0, counts[0]) / exposure;
        double upper = Math.max(0.0, counts[1]) / exposure;
        return new Interval(lower, Math.max(lower, upper), IntervalMethod.SPIEGELHALTER_POISSON, level);
    }

    /**
     * Where x of n lies for the target {@code p0}, by the exact tails the limits stand for:
     * <pre>
     *   ABOVE_998 if P(X &gt;= x) &lt; 0.001,  else BELOW_998 if P(X &lt;= x) &lt; 0.001,
     *   else ABOVE_95 if P(X &gt;= x) &lt; 0.025, else BELOW_95 if P(X &lt;= x) &lt; 0.025, else INSIDE,
     *   X ~ Bin(n, p0)
     * </pre>
     * This agrees with the drawn limits everywhere except one count: the interpolated upper limit
     * lies between r - 1 and r, where r is the smallest count with {@code P(X > r) <= (1-level)/2},
     * so a unit with exactly r successes plots above the line although {@code P(X >= r)} is not
     * small. At the ends this matters: 3 of 3 cleared against a target of 98% plots above the
     * 95% limit (0.991) but {@code P(X >= 3) = 0.94}; it is INSIDE here. (The lower limit and the
     * lower tail agree exactly.)
     *
     * @param x the observed count, {@code 0 <= x <= n}
     * @param n the denominator, {@code >= 1}
     * @param p0 the target proportion, in [0, 1]
     * @return the position
     */
    public static FunnelPosition proportionPosition(long x, long n, double p0) {
        checkProportion(p0, n);
        if (!(x >= 0 && x <= n)) {
            throw Invalid.argument("x (%d) must be between 0 and n (%d)", x, n);
        }
        double q0 = 1.0 - p0;
        double m = n * p0;
        // A count a whole unit or more below the mean lies at or below the median (Kaas and
        // Buhrman 1980: floor(n p0) <= median <= ceil(n p0)), so P(X >= x) >= 1/2 and that tail
        // cannot place it; likewise above. Only the tail that can matter is computed, and not
        // even that when the Chernoff bound already puts it below the outer limit.
        if (p0 > 0.0 && p0 < 1.0 && (x <= m - 1 || x >= m + 1) && n * binomialDivergence(x, n, p0) >= FAR) {
            return x > m ? FunnelPosition.ABOVE_998 : FunnelPosition.BELOW_998;
        }
        double atLeast = x <= m - 1 ? 1.0 : Tails.binomSf(x, n, p0, q0);
        double atMost = x >= m + 1 ? 1.0 : Tails.binomCdf(x, n, p0, q0);
        return byTails(atLeast, atMost);
    }

    /**
     * Beyond this exponent the Chernoff bound e^(−exponent) = 0.00055 proves a tail below the
     * outer limit's 0.001, with room for any rounding in the exponent (a 20% error would be
     * needed to cross 0.001).
     */
    private static final double FAR = 7.5;

    /**
     * KL(x/n ‖ p0) = a ln(a/p0) + (1 − a) ln((1 − a)/(1 − p0)), a = x/n: the binomial Chernoff
     * exponent per trial, P(X ≥ x) ≤ e^(−n KL) for x ≥ n p0 and P(X ≤ x) ≤ e^(−n KL) for
     * x ≤ n p0 (Hoeffding 1963, theorem 1).
     */
    private static double binomialDivergence(long x, long n, double p0) {
        double a = (double) x / n;
        double up = x == 0 ? 0.0 : a * Math.log(a / p0);
        double down = x == n ? 0.0 : (1 - a) * Math.log((1 - a) / (1 - p0));
        return up + down;
    }

    /** x ln(x/mean) − x + mean: the Poisson Chernoff exponent, P(X ≥ x) or P(X ≤ x) ≤ e^(−it) beyond the mean. */
    private static double poissonDivergence(long x, double mean) {
        return (x == 0 ? 0.0 : x * Math.log(x / mean)) - x + mean;
    }

    /**
     * Where a count x over {@code exposure} lies for the target rate {@code rate0}, by the exact
     * Poisson tails, X ~ Poisson(rate0 x exposure), with the same rule and the same remark as
     * {@link #proportionPosition}.
     *
     * @param x the observed count, {@code >= 0}
     * @param exposure the exposure, finite and positive
     * @param rate0 the target rate per unit of exposure, finite and {@code >= 0}
     * @return the position
     */
    public static FunnelPosition ratePosition(long x, double exposure, double rate0) {
        checkRate(rate0, exposure);
        Check.nonNegative(x, "count x");
        double mean = rate0 * exposure;
        // as for a proportion: the median lies in [mean - ln 2, mean + 1/3) (Choi 1994)
        if (mean > 0.0 && (x <= mean - 1 || x >= mean + 1) && poissonDivergence(x, mean) >= FAR) {
            return x > mean ? FunnelPosition.ABOVE_998 : FunnelPosition.BELOW_998;
        }
        double atLeast = x <= mean - 1 ? 1.0 : Tails.poisSf(x, mean);
        double atMost = x >= mean + 1 ? 1.0 : Tails.poisCdf(x, mean);
        return byTails(atLeast, atMost);
    }

    private static FunnelPosition byTails(double atLeast, double atMost) {
        double outer = 0.5 * (1.0 - OUTER);
        double inner = 0.5 * (1.0 - INNER);
        if (atLeast < outer) {
            return FunnelPosition.ABOVE_998;
        }
        if (atMost < outer) {
            return FunnelPosition.BELOW_998;
        }
        if (atLeast < inner) {
            return FunnelPosition.ABOVE_95;
        }
        if (atMost < inner) {
            return FunnelPosition.BELOW_95;
        }
        return FunnelPosition.INSIDE;
    }

    /**
     * Where a value lies against limits already computed (on the same scale as the value), for
     * example from {@link #proportionLimits} at {@link #INNER} and {@link #OUTER}: what the eye
     * sees on the plot. A value exactly on a limit is inside it. For a count, prefer
     * {@link #proportionPosition} or {@link #ratePosition}, which differ from this at one count
     * next to each upper limit (see there).
     *
     * @param value the observed value, not NaN
     * @param inner the inner (95%) limits
     * @param outer the outer (99.8%) limits, containing the inner ones
     * @return the position
     */
    public static FunnelPosition position(double value, Interval inner, Interval outer) {
        Check.argument(!Double.isNaN(value), "value must not be NaN");
        java.util.Objects.requireNonNull(inner, "inner");
        java.util.Objects.requireNonNull(outer, "outer");
        if (!(outer.lower() <= inner.lower() && inner.upper() <= outer.upper())) {
            throw Invalid.argument("outer limits %s must contain inner limits %s", outer, inner);
        }
        return position(value, new double[] {inner.lower(), inner.upper()},
                new double[] {outer.lower(), outer.upper()});
    }

    private static FunnelPosition position(double x, double[] inner, double[] outer) {
        if (x > outer[1]) {
            return FunnelPosition.ABOVE_998;
        }
        if (x > inner[1]) {
            return FunnelPosition.ABOVE_95;
        }
        if (x < outer[0]) {
            return FunnelPosition.BELOW_998;
        }
        if (x < inner[0]) {
            return FunnelPosition.BELOW_95;
        }
        return FunnelPosition.INSIDE;
    }

    /** {r_P - alpha} for the lower and the upper tail, on the count scale (may be negative). */
    static double[] binomialCountLimits(double p0, long n, double level) {
        if (p0 == 0.0) {
            return new double[] {0.0, 0.0};
        }
        if (p0 == 1.0) {
            return new double[] {n, n};
        }
        double q0 = 1.0 - p0;
        double tail = 0.5 * (1.0 - level);
        double z = Normal.quantile(1.0 - tail);
        double sd = Math.sqrt(n * p0 * q0);
        // lower: smallest r with P(R <= r) >= tail
        long r = smallest(0, n, guess(n * p0 - z * sd, n), k -> Tails.binomCdf(k, n, p0, q0) >= tail);
        double lower = r - (Tails.binomCdf(r, n, p0, q0) - tail) / Saddle.dbinom(r, n, p0, q0);
        // upper: smallest r with P(R > r) <= tail
        long s = smallest(0, n, guess(n * p0 + z * sd, n), k -> Tails.binomSf(k + 1, n, p0, q0) <= tail);
        double upper = s - (tail - Tails.binomSf(s + 1, n, p0, q0)) / Saddle.dbinom(s, n, p0, q0);
        return new double[] {lower, upper};
    }

    /** {r_P - alpha} for a Poisson count with the given mean. */
    static double[] poissonCountLimits(double mean, double level) {
        if (mean == 0.0) {
            return new double[] {0.0, 0.0};
        }
        double tail = 0.5 * (1.0 - level);
        double z = Normal.quantile(1.0 - tail);
        double sd = Math.sqrt(mean);
        long max = Long.MAX_VALUE / 4;
        long r = smallest(0, max, guess(mean - z * sd, max), k -> Tails.poisCdf(k, mean) >= tail);
        double lower = r - (Tails.poisCdf(r, mean) - tail) / Saddle.dpois(r, mean);
        long s = smallest(0, max, guess(mean + z * sd, max), k -> Tails.poisSf(k + 1, mean) <= tail);
        double upper = s - (tail - Tails.poisSf(s + 1, mean)) / Saddle.dpois(s, mean);
        return new double[] {lower, upper};
    }

    private static long guess(double value, long max) {
        if (!(value > 0)) {
            return 0;
        }
        return (long) Math.min(Math.floor(value), max);
    }

    /**
     * The smallest r in [lo, hi] with ok(r), for ok monotone (false ... true) and ok(hi) true:
     * gallop from the guess to a bracket, then bisect. A handful of evaluations when the guess is
     * within a few counts.
     */
    private static long smallest(long lo, long hi, long guess, java.util.function.LongPredicate ok) {
        long g = Math.max(lo, Math.min(hi, guess));
        long yes;
        long no;
        if (ok.test(g)) {
            yes = g;
            long step = 1;
            no = lo - 1;
            while (yes > lo) {
                long candidate = Math.max(lo, yes - step);
                if (ok.test(candidate)) {
                    yes = candidate;
                    step *= 2;
                } else {
                    no = candidate;
                    break;
                }
            }
        } else {
            no = g;
            long step = 1;
            yes = hi;
            while (true) {
                long candidate = Math.min(hi, no + step);
                if (candidate == hi || ok.test(candidate)) {
                    yes = candidate;
                    break;
                }
                no = candidate;
                step *= 2;
            }
        }
        while (yes - no > 1) {
            long mid = no + (yes - no) / 2;
            if (ok.test(mid)) {
                yes = mid;
            } else {
                no = mid;
            }
        }
        return yes;
    }

    private static void checkProportion(double p0, long n) {
        if (!(p0 >= 0.0 && p0 <= 1.0)) {
            throw Invalid.argument("target proportion p0 (%s) must be in [0, 1]", p0);
        }
        if (!(n >= 1)) {
            throw Invalid.argument("denominator n (%d) must be at least 1", n);
        }
    }

    private static void checkRate(double rate0, double exposure) {
        if (!(rate0 >= 0.0 && Double.isFinite(rate0))) {
            throw Invalid.argument("target rate (%s) must be finite and not negative", rate0);
        }
        if (!(exposure > 0.0 && Double.isFinite(exposure))) {
            throw Invalid.argument("exposure (%s) must be finite and positive", exposure);
        }
    }
}
