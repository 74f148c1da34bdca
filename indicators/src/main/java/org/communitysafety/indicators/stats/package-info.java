/**
 * Statistics for community-safety indicators: confidence intervals for proportions
 * ({@link org.communitysafety.indicators.stats.Proportions}) and Poisson counts and rates
 * ({@link org.communitysafety.indicators.stats.PoissonIntervals}), exact tests of change
 * ({@link org.communitysafety.indicators.stats.Tests}), percentage change on exact rationals
 * ({@link org.communitysafety.indicators.stats.PercentChange}), false-discovery-rate adjustment
 * ({@link org.communitysafety.indicators.stats.Multiplicity}) and funnel-plot limits
 * ({@link org.communitysafety.indicators.stats.Funnel}).
 *
 * <p>Everything takes exact counts ({@code long}, up to 10^12) and is a pure function. Zero
 * counts are ordinary inputs; what has no value (0 of 0 trials, a change against a zero
 * baseline, two zero counts compared) is an empty {@code Optional}, never NaN or a sentinel.
 *
 * <p>Accuracy: within 1.3e-14 relative of all 104 reference values computed at 60 digits
 * ({@code statistics.json} in the tests, which allows 1e-10), and about 1e-14 for the underlying
 * tail probabilities,
 * which are computed here (saddle-point densities after Loader 2000, and a double-exponential
 * quadrature of the tail) rather than with Commons Math's {@code 1 - cdf} tails and 1e-9 default
 * inverse accuracy. Cost: 30 to 70 microseconds for an exact test with its interval, whatever
 * the counts (measured on a shared 2-core machine) — the exact two-sided p-value finds R's
 * "minlike" boundary by bisection instead of summing up to 10^9 terms, so 10^5 rows cost
 * seconds, not hours.
 */
package org.communitysafety.indicators.stats;
