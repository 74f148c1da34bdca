package org.communitysafety.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The minlike p-value's search for the other tail ({@link ExactPValues#firstBinomial}) starts at
 * x's mirror image instead of bisecting the whole side of the mode; it must find exactly the
 * point the plain binary search found (the p-values of every golden file depend on it), for any
 * start, including starts far from the answer and outside the range.
 */
final class ExactPValuesSearchTest {

    /** The search as it was: bisection of [lo, hi) for the first i where {@code dbinom(i) <= bound} becomes {@code falling}. */
    private static long bisect(boolean falling, long lo, long hi, double bound, long n, double p, double q) {
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if ((Saddle.dbinom(mid, n, p, q) <= bound) == falling) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Test
    void firstBinomial_anyStart_findsWhatBisectionFinds() {
        Random random = new Random(20261206L);
        for (int k = 0; k < 20_000; k++) {
            long n = 1 + (k % 4 == 0 ? random.nextInt(20) : k % 4 == 1 ? random.nextInt(5_000)
                    : k % 4 == 2 ? random.nextInt(1_000_000) : (long) (random.nextDouble() * 1e12));
            double p = k % 3 == 0 ? 366.0 / 731.0 : k % 3 == 1 ? random.nextDouble() : Math.pow(10, -6 * random.nextDouble());
            double q = 1.0 - p;
            double m = n * p;
            long x = (long) Math.floor(random.nextDouble() * (n + 1));
            double d = Saddle.dbinom(x, n, p, q);
            if (d == 0.0 || x == m) {
                continue;
            }
            double bound = d * ExactPValues.REL_ERR;
            boolean falling = x < m;
            long lo = falling ? (long) Math.ceil(m) : 0;
            long hi = falling ? n + 1 : (long) Math.floor(m) + 1;
            long expected = bisect(falling, lo, hi, bound, n, p, q);
            long mirror = (long) Math.max(0, Math.rint(2 * m - x));
            long[] starts = {mirror, lo, hi, hi + 5, Math.max(0, lo - 3), expected, expected - 1, expected + 1,
                    lo + (long) (random.nextDouble() * (hi - lo + 1))};
            for (long start : starts) {
                assertEquals(expected, ExactPValues.firstBinomial(falling, lo, hi, start, bound, n, p, q),
                        () -> "x=" + x + " n=" + n + " p=" + p + " start=" + start);
            }
        }
    }
}
