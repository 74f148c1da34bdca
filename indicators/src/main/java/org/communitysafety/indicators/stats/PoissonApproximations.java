package org.communitysafety.indicators.stats;

import java.util.Optional;
import org.communitysafety.core.lang.Check;

/**
 * Normal approximations to the comparison of two counts that crime analysts use, kept next to
 * the exact test ({@link Tests#poissonRatio}) so that reports can show how far they are from it.
 * None of them is R-compatible; prefer the exact test.
 *
 * <pre>
 *   difference:        z = (current - previous) / sqrt(current + previous)
 *                      (difference of two Poisson counts; Wheeler and Ratcliffe 2018 WDD test
 *                      without a control area)
 *   Wheeler:           z = 2 (sqrt(current) - sqrt(previous))
 *                      (Poisson z-score treating previous as a known mean; Wheeler 2016)
 *   two counts:        z = 2 (sqrt(current) - sqrt(previous)) / sqrt(2)
 *                      (the same when both are single-period counts, variance about 2)
 * </pre>
 * Each p-value is two-sided, {@code erfc(|z| / sqrt 2)}. The estimate of each result is z.
 *
 * <p>This class is stateless, and immutable and thread-safe.
 */
public final class PoissonApproximations {
    private PoissonApproximations() {}

    private static final double SQRT2 = Math.sqrt(2.0);

    /**
     * {@code z = (current - previous) / sqrt(current + previous)}, two-sided normal p-value.
     *
     * @param current the current count, {@code >= 0}
     * @param previous the previous count, {@code >= 0}
     * @return the z test, or empty when both counts are 0 (0 / 0)
     */
    public static Optional<TestResult> difference(long current, long previous) {
        check(current, previous);
        if (current == 0 && previous == 0) {
            return Optional.empty();
        }
        double z = (current - previous) / Math.sqrt((double) current + previous);
        return Optional.of(result(z, "normal approximation to the difference of two Poisson counts; estimate = z"));
    }

    /**
     * Wheeler's Poisson z-score {@code z = 2 (sqrt(current) - sqrt(previous))}, which treats
     * {@code previous} as a known historical mean (variance 1).
     *
     * @param current the current count, {@code >= 0}
     * @param previous the previous count or mean, {@code >= 0}
     * @return the z test
     */
    public static TestResult wheeler(long current, long previous) {
        check(current, previous);
        double z = 2.0 * (Math.sqrt(current) - Math.sqrt(previous));
        return result(z, "Wheeler square-root Poisson z-score (previous as known mean); estimate = z");
    }

    /**
     * The square-root z-score for two single-period counts,
     * {@code z = 2 (sqrt(current) - sqrt(previous)) / sqrt 2}.
     *
     * @param current the current count, {@code >= 0}
     * @param previous the previous count, {@code >= 0}
     * @return the z test
     */
    public static TestResult sqrtTwoCounts(long current, long previous) {
        check(current, previous);
        double z = 2.0 * (Math.sqrt(current) - Math.sqrt(previous)) / SQRT2;
        return result(z, "square-root z-score of two Poisson counts; estimate = z");
    }

    private static TestResult result(double z, String method) {
        return new TestResult(Normal.twoSidedP(z), z, Optional.empty(), method);
    }

    private static void check(long current, long previous) {
        Check.nonNegative(current, "current count");
        Check.nonNegative(previous, "previous count");
    }
}
