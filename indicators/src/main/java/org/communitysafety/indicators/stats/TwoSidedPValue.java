package org.communitysafety.indicators.stats;

/**
 * How an exact test makes its two-sided p-value from a discrete distribution.
 */
public enum TwoSidedPValue {
    /**
     * R's default for {@code binom.test} and {@code poisson.test}: the probability of every
     * outcome no more likely than the observed one,
     * {@code sum of P(X = i) over i with P(X = i) <= P(X = x) (1 + 1e-7)}. The confidence
     * interval reported with it is the central (Clopper-Pearson or Garwood) one, so the two can
     * disagree near 0.05 (stats.stackexchange 488773).
     */
    MINLIKE,
    /**
     * Twice the smaller tail, {@code min(1, 2 min(P(X <= x), P(X >= x)))}: the p-value that
     * matches the central interval (exactci's default; R-devel's {@code "central"}).
     */
    CENTRAL
}
