package org.communitysafety.indicators.phrasing;

import java.util.Objects;
import org.communitysafety.indicators.Change;
import org.communitysafety.indicators.Indicator;

/**
 * What a significance test said about a change, as far as phrasing cares.
 *
 * <ul>
 *   <li>{@link #SIGNIFICANT}: the test's p-value is below α ({@link Change#significant()});</li>
 *   <li>{@link #NOT_SIGNIFICANT}: p ≥ α, or the indicator has a test but it gave no p-value (no
 *       events at all, or the figures were withheld) — a change the test cannot vouch for;</li>
 *   <li>{@link #UNTESTED}: the indicator has no test ({@link Indicator.Statistic#NONE}: backlogs,
 *       amounts, medians), or the figures came without one. Nothing is said either way.</li>
 * </ul>
 */
public enum Significance {
    /** p &lt; α. */
    SIGNIFICANT,
    /** p ≥ α, or the test is undefined. */
    NOT_SIGNIFICANT,
    /** No test applies. */
    UNTESTED;

    /**
     * The significance of {@code change}, a change of {@code indicator}: {@link #UNTESTED} when the
     * indicator has no test, otherwise {@link #SIGNIFICANT} exactly when {@code change.significant()}.
     */
    public static Significance of(Indicator indicator, Change change) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(change, "change");
        if (indicator.statistic() == Indicator.Statistic.NONE) {
            return UNTESTED;
        }
        return change.significant() ? SIGNIFICANT : NOT_SIGNIFICANT;
    }

    /**
     * {@link #SIGNIFICANT} when {@code pValue < alpha}, otherwise {@link #NOT_SIGNIFICANT}.
     *
     * @throws IllegalArgumentException if {@code pValue} is not in [0, 1] or {@code alpha} not in (0, 1)
     */
    public static Significance of(double pValue, double alpha) {
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("a p-value must be in [0, 1], got " + pValue);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        return pValue < alpha ? SIGNIFICANT : NOT_SIGNIFICANT;
    }
}
