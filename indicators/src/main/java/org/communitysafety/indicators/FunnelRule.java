package org.communitysafety.indicators;

import org.communitysafety.indicators.stats.Funnel;
import org.communitysafety.indicators.stats.FunnelPosition;

/**
 * Where a unit lies on a funnel plot, decided by the exact one-sided tail probability of its count
 * under the target: above the 95% (99.8%) limit when P(X ≥ x) &lt; 0.025 (0.001), below when
 * P(X ≤ x) &lt; 0.025 (0.001), with X binomial (a proportion) or Poisson (a rate per resident) —
 * {@link Funnel#proportionPosition} and {@link Funnel#ratePosition}. The interpolated limits drawn
 * on the plot ({@link Funnel#proportionLimits}) approximate the same rule as a smooth curve, but
 * near x = 0 and x = n they can cut off counts that are not unusual, so the decision is taken on
 * the tails. With {@link FunnelLimits#SCORE} a proportion is placed against PHE's score limits
 * instead, strictly beyond a limit being outside it, as PHEindicatormethods decides.
 */
final class FunnelRule {

    /** A position on the funnel plot. */
    enum Position { ABOVE_998, ABOVE_95, INSIDE, BELOW_95, BELOW_998 }

    private FunnelRule() {}

    /** x of n against the target proportion p0, by the exact tails or PHE's score limits. */
    static Position proportion(long x, long n, double p0, FunnelLimits limits) {
        return of(limits.proportionPosition(x, n, p0));
    }

    /** A count x over {@code exposure} residents against the target rate per resident. */
    static Position rate(long x, double exposure, double rate0) {
        return of(Funnel.ratePosition(x, exposure, rate0));
    }

    /** The position of the same name (a switch, not a look-up by name: this runs for many rows of a catalogue). */
    private static Position of(FunnelPosition position) {
        return switch (position) {
            case ABOVE_998 -> Position.ABOVE_998;
            case ABOVE_95 -> Position.ABOVE_95;
            case INSIDE -> Position.INSIDE;
            case BELOW_95 -> Position.BELOW_95;
            case BELOW_998 -> Position.BELOW_998;
        };
    }
}
