package org.communitysafety.indicators.stats;

/**
 * How an {@link Interval} was computed. Each constant names the method and its source; the
 * classes that compute them ({@link Proportions}, {@link PoissonIntervals}, {@link Tests},
 * {@link Funnel}) give the formulas.
 */
public enum IntervalMethod {
    /** Wilson (1927) score interval for a proportion, no continuity correction. */
    WILSON,
    /** Wilson score interval with continuity correction, Newcombe (1998) method 4. */
    WILSON_CC,
    /** Clopper and Pearson (1934) exact interval for a proportion, from beta quantiles. */
    CLOPPER_PEARSON,
    /** Garwood (1936) exact interval for a Poisson count, from gamma quantiles. */
    GARWOOD,
    /** Byar's approximation to the exact Poisson interval (Breslow and Day 1987, p. 69). */
    BYAR,
    /**
     * Wald interval for a difference of two proportions with R's continuity correction, as
     * {@code prop.test(c(x1, x0), c(n1, n0))} reports it.
     */
    WALD_CC,
    /** Funnel-plot control limits for a proportion: Spiegelhalter (2005) appendix A.1.1. */
    SPIEGELHALTER_BINOMIAL,
    /** Funnel-plot control limits for a Poisson count or rate: Spiegelhalter (2005) A.1.2. */
    SPIEGELHALTER_POISSON,
    /**
     * Funnel-plot control limits for a proportion from the score test of the target,
     * {@code p0 -/+ z sqrt(p0 (1 - p0) / n)}: the "Wilson score" limits of PHE's Fingertips
     * ({@link Funnel#scoreProportionLimits}).
     */
    SCORE_BINOMIAL
}
