package org.communitysafety.core.record;

/**
 * Where a dispute stands. Every status but {@link #OPEN} is a conclusion (调结) and requires
 * the date it was closed.
 */
public enum DisputeStatus implements Coded {
    /** Still being mediated. */
    OPEN,
    /** Mediated successfully (调解成功). */
    RESOLVED,
    /** Mediation failed. */
    FAILED,
    /** Passed on to a court, an arbitration body or another agency. */
    REFERRED;

    /** Whether a dispute with this status is concluded, i.e. not {@link #OPEN}. */
    public boolean isConcluded() {
        return this != OPEN;
    }

    /** The status with this code, ignoring case. */
    public static DisputeStatus parse(String code) {
        return Coded.parse(DisputeStatus.class, code, "dispute status");
    }
}
