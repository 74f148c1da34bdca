package org.communitysafety.core.aggregate;

/**
 * The figures a {@link Cube} of {@link RecordKind#OUTREACH} holds for every (unit, period, type):
 * sums over the outreach sessions held in the period (F ≤ held day ≤ L). Each is an exact {@code
 * long}; the indicators (覆盖率, 人次, 隐患整改率 …) are ratios of these.
 */
public enum OutreachMeasure {
    /** Sessions held in the period (场次). */
    SESSIONS,
    /** Police staff taking part, summed over the sessions (person-sessions). */
    STAFF,
    /** Volunteers taking part, summed over the sessions (person-sessions). */
    VOLUNTEERS,
    /** People reached, in person-times (人次). */
    AUDIENCE,
    /** Households visited (入户). */
    HOUSEHOLDS,
    /** Safety hazards found (排查隐患). */
    HAZARDS_FOUND,
    /** Of those, hazards put right (整改); 隐患整改率 = HAZARDS_FIXED / HAZARDS_FOUND. */
    HAZARDS_FIXED,
    /** Leads passed on (线索). */
    LEADS,
    /** Frauds dissuaded (劝阻). */
    FRAUDS_STOPPED,
    /** Losses avoided, in fen (避免损失). */
    LOSS_AVOIDED_FEN;

    static final OutreachMeasure[] ALL = values();
}
