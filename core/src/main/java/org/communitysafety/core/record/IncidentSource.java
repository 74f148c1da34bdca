package org.communitysafety.core.record;

/**
 * How an incident came to the police's attention. {@link #UNSPECIFIED} stands for an empty
 * {@code source} cell.
 */
public enum IncidentSource implements Coded {
    /** A 110 call. */
    CALL,
    WALK_IN, ONLINE, PATROL, VOLUNTEER, SMART_ALERT, OTHER,
    /** The record does not say. */
    UNSPECIFIED;

    /** The source with this code (case-insensitive); empty text gives {@link #UNSPECIFIED}. */
    public static IncidentSource parse(String code) {
        return Coded.parse(IncidentSource.class, code, "incident source");
    }
}
