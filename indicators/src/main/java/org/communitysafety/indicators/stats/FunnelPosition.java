package org.communitysafety.indicators.stats;

/**
 * Where an observed value lies against a funnel plot's 95% and 99.8% control limits
 * (Spiegelhalter 2005): about 2 and 3 standard errors from the target.
 */
public enum FunnelPosition {
    /** Inside the 95% limits: consistent with the target. */
    INSIDE,
    /** Above the upper 95% limit but not above the upper 99.8% limit ("alert" high). */
    ABOVE_95,
    /** Below the lower 95% limit but not below the lower 99.8% limit ("alert" low). */
    BELOW_95,
    /** Above the upper 99.8% limit ("alarm" high). */
    ABOVE_998,
    /** Below the lower 99.8% limit ("alarm" low). */
    BELOW_998;

    /**
     * Whether the value lies outside the 95% limits (either side, either level).
     *
     * @return true for every position but {@link #INSIDE}
     */
    public boolean isOutside() {
        return this != INSIDE;
    }
}
