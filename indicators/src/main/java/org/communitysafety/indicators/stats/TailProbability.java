package org.communitysafety.indicators.stats;


/**
 * One-sided tail probabilities of the binomial and Poisson distributions, accurate in the far
 * tails (taken from the regularised incomplete beta and gamma functions directly, never as
 * {@code 1 − cdf}). Stateless, immutable and thread-safe.
 *
 * <p>Used to decide where a unit lies on a funnel plot: a count x is above the two-sided level L
 * when P(X ≥ x) &lt; (1 − L)/2 and below it when P(X ≤ x) &lt; (1 − L)/2 — the exact test the
 * interpolated limits of {@link Funnel} approximate. (At x = n, or x = 0, the interpolated limits
 * can flag a unit whose count is not unusual at all, e.g. 3 of 3 cleared against a target of
 * 98%: P(X ≥ 3) = 0.94.)
 */
public final class TailProbability {

    private TailProbability() {}

    /** P(X ≥ x) for X ~ Bin(n, p). */
    public static double binomialAtLeast(long x, long n, double p) {
        checkBinomial(x, n, p);
        // every count is at least 0, and a sure success reaches any x; a sure failure reaches none above 0
        return x == 0 || p == 1 ? 1.0 : p == 0 ? 0.0 : Tails.binomSf(x, n, p, 1 - p);
    }

    /** P(X ≤ x) for X ~ Bin(n, p). */
    public static double binomialAtMost(long x, long n, double p) {
        checkBinomial(x, n, p);
        // every count is at most n, and a sure failure stays at 0; a sure success reaches n > x
        return x == n || p == 0 ? 1.0 : p == 1 ? 0.0 : Tails.binomCdf(x, n, p, 1 - p);
    }

    /** P(X ≥ x) for X ~ Poisson(mean). */
    public static double poissonAtLeast(long x, double mean) {
        checkPoisson(x, mean);
        if (x == 0) {
            return 1.0;
        }
        if (mean == 0) {
            return 0.0;
        }
        return Tails.poisSf(x, mean);
    }

    /** P(X ≤ x) for X ~ Poisson(mean). */
    public static double poissonAtMost(long x, double mean) {
        checkPoisson(x, mean);
        if (mean == 0) {
            return 1.0;
        }
        return Tails.poisCdf(x, mean);
    }

    private static void checkBinomial(long x, long n, double p) {
        if (!(n >= 0 && x >= 0 && x <= n)) {
            throw Invalid.argument("need 0 <= x <= n, got x = %d, n = %d", x, n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw Invalid.argument("p must be in [0, 1], got %s", p);
        }
    }

    private static void checkPoisson(long x, double mean) {
        if (!(x >= 0)) {
            throw Invalid.argument("x must not be negative, got %d", x);
        }
        if (!(mean >= 0 && Double.isFinite(mean))) {
            throw Invalid.argument("the mean must be finite and >= 0, got %s", mean);
        }
    }
}
