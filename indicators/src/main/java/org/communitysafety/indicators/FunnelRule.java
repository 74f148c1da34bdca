package org.communitysafety.indicators;

import org.communitysafety.indicators.stats.TailProbability;

/**
 * Where a unit lies on a funnel plot, decided by the exact one-sided tail probability of its count
 * under the target: above the 95% (99.8%) limit when P(X ≥ x) &lt; 0.025 (0.001), below when
 * P(X ≤ x) &lt; 0.025 (0.001), with X binomial (a proportion) or Poisson (a rate per resident).
 * The interpolated limits drawn on the plot ({@link org.communitysafety.indicators.stats.Funnel})
 * approximate the same rule as a smooth curve, but near x = 0 and x = n they can cut off counts
 * that are not unusual, so the decision is taken on the tails.
 */
final class FunnelRule {

    /** A position on the funnel plot. */
    enum Position { ABOVE_998, ABOVE_95, INSIDE, BELOW_95, BELOW_998 }

    private FunnelRule() {}

    /** x of n against the target proportion p0. */
    static Position proportion(long x, long n, double p0) {
        return of(TailProbability.binomialAtLeast(x, n, p0), TailProbability.binomialAtMost(x, n, p0));
    }

    /** A count x over {@code exposure} residents against the target rate per resident. */
    static Position rate(long x, double exposure, double rate0) {
        double mean = rate0 * exposure;
        return of(TailProbability.poissonAtLeast(x, mean), TailProbability.poissonAtMost(x, mean));
    }

    private static Position of(double atLeast, double atMost) {
        if (atLeast < 0.001) {
            return Position.ABOVE_998;
        }
        if (atMost < 0.001) {
            return Position.BELOW_998;
        }
        if (atLeast < 0.025) {
            return Position.ABOVE_95;
        }
        if (atMost < 0.025) {
            return Position.BELOW_95;
        }
        return Position.INSIDE;
    }
}
