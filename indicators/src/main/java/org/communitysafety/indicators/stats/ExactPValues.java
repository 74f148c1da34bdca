package org.communitysafety.indicators.stats;

/**
 * Two-sided p-values of the exact binomial and Poisson tests, as R's {@code binom.test} and
 * {@code poisson.test} compute them, without enumerating the support.
 *
 * <p>R's "minlike" rule for an observation x below the mean m = n p: the p-value is
 * {@code P(X <= x) + P(X >= j)}, where j is the first i at or above {@code ceiling(m)} with
 * {@code P(X = i) <= P(X = x) (1 + 1e-7)} (symmetrically above the mean). R finds j by
 * evaluating the probability of every i in {@code ceiling(m)..n}, 10^9 of them for a count of
 * 10^9; the probabilities are monotone on each side of the mode, so here j is found by a search
 * that starts at x's mirror image about the mean and widens and halves from there
 * ({@link #firstBinomial}: a few probabilities for the counts of a catalogue, at most about 70 for
 * 10^9, each with full relative accuracy), and the two tails come from
 * {@link Tails}. Same result as R's enumeration, in microseconds. One deliberate difference: when
 * {@code P(X = x)} underflows (below 4.9e-324), R's count of "probabilities no larger" picks up
 * every underflowed term on the far side and returns a meaningless subnormal; here the p-value
 * is then the tail beyond x alone, which is of the right order (0 in practice).
 *
 * <p>Stateless and thread-safe.
 */
final class ExactPValues {
    private ExactPValues() {}

    /** R's relErr. */
    static final double REL_ERR = 1 + 1e-7;

    /** Two-sided p-value of the binomial test of x successes in n trials against p. */
    static double binomial(long x, long n, double p, TwoSidedPValue rule) {
        if (p == 0.0) {
            return x == 0 ? 1.0 : 0.0;
        }
        if (p == 1.0) {
            return x == n ? 1.0 : 0.0;
        }
        double q = 1.0 - p;
        if (rule == TwoSidedPValue.CENTRAL) {
            double lower = Tails.binomCdf(x, n, p, q);
            double upper = Tails.binomSf(x, n, p, q);
            return Math.min(1.0, 2.0 * Math.min(lower, upper));
        }
        double m = n * p;
        if (x == m) {
            return 1.0;
        }
        double d = Saddle.dbinom(x, n, p, q);
        if (d == 0.0) {
            // P(X = x) is below the smallest double: the p-value is of the order of the tail beyond x
            // (itself 0 or subnormal); counting the other side's underflowed terms would add noise
            return x < m ? Tails.binomCdf(x, n, p, q) : Tails.binomSf(x, n, p, q);
        }
        double bound = d * REL_ERR;
        if (x < m) {
            // first i in [ceil(m), n] with dbinom(i) <= bound (probabilities fall there), n+1 if none
            long lo = firstBinomial(true, (long) Math.ceil(m), n + 1, mirror(x, m), bound, n, p, q);
            return Math.min(1.0, Tails.binomCdf(x, n, p, q) + Tails.binomSf(lo, n, p, q));
        }
        // y = number of i in [0, floor(m)] with dbinom(i) <= bound (probabilities rise there)
        long y = firstBinomial(false, 0, (long) Math.floor(m) + 1, mirror(x, m), bound, n, p, q);
        return Math.min(1.0, Tails.binomCdf(y - 1, n, p, q) + Tails.binomSf(x, n, p, q));
    }

    /** The point as far from the mean m as x on the other side, where the search for the other tail starts. */
    private static long mirror(long x, double m) {
        double g = Math.rint(2.0 * m - x);
        return g < 0 ? 0 : g > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) g;
    }

    /**
     * The first i in [lo, hi) at which {@code dbinom(i) <= bound} becomes {@code falling} (true
     * where the probabilities fall, false where they rise), hi if at none: the predicate is
     * monotone on [lo, hi), so this is the i a binary search over the whole range finds, and the
     * same {@link Saddle#dbinom} values decide it. The search starts at {@code guess} and widens
     * by doubling steps until it brackets the change, then halves: for a test of two counts the
     * change lies within a few points of the mirror image of x, so it takes about four
     * probabilities instead of log₂ n (eleven for a few thousand events).
     */
    static long firstBinomial(boolean falling, long lo, long hi, long guess, double bound, long n, double p,
            double q) {
        if (lo >= hi) {
            return lo;
        }
        long g = Math.min(Math.max(guess, lo), hi - 1);
        long a;
        long b;
        if ((Saddle.dbinom(g, n, p, q) <= bound) == falling) {
            // the change is at or before g
            b = g;
            a = lo;
            for (long step = 1; b - step >= lo; step *= 2) {
                long probe = b - step;
                if ((Saddle.dbinom(probe, n, p, q) <= bound) == falling) {
                    b = probe;
                } else {
                    a = probe + 1;
                    break;
                }
            }
        } else {
            a = g + 1;
            b = hi;
            for (long step = 1; a - 1 + step < hi; step *= 2) {
                long probe = a - 1 + step;
                if ((Saddle.dbinom(probe, n, p, q) <= bound) == falling) {
                    b = probe;
                    break;
                }
                a = probe + 1;
            }
        }
        while (a < b) {
            long mid = a + (b - a) / 2;
            if ((Saddle.dbinom(mid, n, p, q) <= bound) == falling) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        return a;
    }

    /** Two-sided p-value of the Poisson test of a count x against the mean m. */
    static double poisson(long x, double m, TwoSidedPValue rule) {
        if (m == 0.0) {
            return x == 0 ? 1.0 : 0.0;
        }
        if (rule == TwoSidedPValue.CENTRAL) {
            double lower = Tails.poisCdf(x, m);
            double upper = Tails.poisSf(x, m);
            return Math.min(1.0, 2.0 * Math.min(lower, upper));
        }
        if (x == m) {
            return 1.0;
        }
        double d = Saddle.dpois(x, m);
        if (d == 0.0) {
            return x < m ? Tails.poisCdf(x, m) : Tails.poisSf(x, m);
        }
        double bound = d * REL_ERR;
        if (x < m) {
            // R: N = ceiling(2m - x), doubled while dpois(N) > d; then count in [ceiling(m), N]
            long lo = (long) Math.ceil(m);
            long top = (long) Math.ceil(2.0 * m - x);
            while (Saddle.dpois(top, m) > d) {
                top *= 2;
            }
            long hi = top + 1;
            while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                if (Saddle.dpois(mid, m) <= bound) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return Math.min(1.0, Tails.poisCdf(x, m) + Tails.poisSf(lo, m));
        }
        long lo = 0;
        long hi = (long) Math.floor(m) + 1;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (Saddle.dpois(mid, m) <= bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        long y = lo;
        return Math.min(1.0, Tails.poisCdf(y - 1, m) + Tails.poisSf(x, m));
    }
}
