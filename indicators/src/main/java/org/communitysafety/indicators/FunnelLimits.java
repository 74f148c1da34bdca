package org.communitysafety.indicators;

import org.communitysafety.indicators.stats.Funnel;
import org.communitysafety.indicators.stats.FunnelPosition;
import org.communitysafety.indicators.stats.Interval;

/**
 * How the funnel plot's control limits of a proportion are drawn and a unit's position against
 * them decided ({@link IndicatorSettings#funnelLimits()}); rates per population are the same
 * either way (exact Poisson tails).
 *
 * <ul>
 *   <li>{@link #EXACT} (the default): the exact binomial tails, as Spiegelhalter (2005) sets them
 *       out — a unit is above the 99.8% limit when P(X ≥ x) &lt; 0.001 under the target — and the
 *       curve drawn with his interpolation ({@link Funnel#proportionPosition},
 *       {@link Funnel#proportionLimits});</li>
 *   <li>{@link #SCORE}: PHE's Fingertips ("Wilson score" limits of PHEindicatormethods'
 *       {@code phe_funnels}: p₀ ∓ z √(p₀ (1 − p₀) / n)), for users whose figures must match
 *       Fingertips exactly ({@link Funnel#scoreProportionPosition},
 *       {@link Funnel#scoreProportionLimits}). A normal approximation: at 99.8% and small
 *       denominators it can put a unit outside the limits that the exact tails keep inside, or
 *       the other way round, by up to about 1.6 counts.</li>
 * </ul>
 */
public enum FunnelLimits {
    /** Exact binomial tails (Spiegelhalter 2005). */
    EXACT,
    /** PHE Fingertips' score limits (PHEindicatormethods {@code phe_funnels}). */
    SCORE;

    /** A proportion's control limits around {@code p0} at denominator {@code n} and {@code level}, by this method. */
    public Interval proportionLimits(double p0, long n, double level) {
        return this == SCORE ? Funnel.scoreProportionLimits(p0, n, level) : Funnel.proportionLimits(p0, n, level);
    }

    /** Where x of n lies against the limits around {@code p0}, by this method. */
    public FunnelPosition proportionPosition(long x, long n, double p0) {
        return this == SCORE ? Funnel.scoreProportionPosition(x, n, p0) : Funnel.proportionPosition(x, n, p0);
    }
}
