package org.communitysafety.indicators;

import org.communitysafety.indicators.stats.Funnel;

/**
 * Where a unit lies on a funnel plot, decided by the exact one-sided tail probability of its count
 * under the target: above the 95% (99.8%) limit when P(X ≥ x) &lt; 0.025 (0.001), below when
 * P(X ≤ x) &lt; 0.025 (0.001), with X binomial (a proportion) or Poisson (a rate per resident) —
 * {@link Funnel#proportionPosition} and {@link Funnel#ratePosition}. The interpolated limits drawn
 * on the plot ({@link Funnel#proportionLimits}) approximate the same rule as a smooth curve, but
 * near x = 0 and x = n they can cut off counts that are not unusual, so the decision is taken on
 * the tails.
 */
final class FunnelRule {

    /** A position on the funnel plot. */
    enum Position { ABOVE_998, ABOVE_95, INSIDE, BELOW_95, BELOW_998 }

    private FunnelRule() {}

    /** x of n against the target proportion p0. */
    static Position proportion(long x, long n, double p0) {
        return Position.valueOf(Funnel.proportionPosition(x, n, p0).name());
    }

    /** A count x over {@code exposure} residents against the target rate per resident. */
    static Position rate(long x, double exposure, double rate0) {
        return Position.valueOf(Funnel.ratePosition(x, exposure, rate0).name());
    }
}
