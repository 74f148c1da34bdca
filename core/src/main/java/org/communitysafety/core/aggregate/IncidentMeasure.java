package org.communitysafety.core.aggregate;

/**
 * The figures a {@link Cube} of {@link RecordKind#INCIDENTS} holds for every (unit, period,
 * category). Each is an exact {@code long}; the indicators are ratios and changes of these.
 */
public enum IncidentMeasure {
    /** Incidents that occurred in the period (发案数 / 警情数). */
    COUNT,
    /** Of those, the ones recorded as criminal (which may differ from the category's default). */
    CRIMINAL,
    /** Of those, the ones cleared by the period's last day (cohort clearance, 破案率's numerator). */
    CLEARED,
    /** Of those, the repeat calls (重复报警). */
    REPEAT_CALLS,
    /**
     * Incidents cleared in the period, whenever they occurred (period clearance, as the FBI's
     * UCR counts it). Its days-to-clear distribution is {@link Cube#distribution(int, int)}.
     */
    CLEARANCES,
    /** The loss of the period's incidents, in fen. */
    LOSS_FEN,
    /** The value recovered for the period's incidents, in fen. */
    RECOVERED_FEN;

    static final IncidentMeasure[] ALL = values();
}
