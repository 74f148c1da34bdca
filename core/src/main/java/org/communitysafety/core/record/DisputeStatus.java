package org.communitysafety.core.record;

/**
 * Where a dispute stands. Every status but {@link #OPEN} is a conclusion (调结) and requires
 * the date it was closed.
 */
public enum DisputeStatus implements Coded {
    /** Still being mediated. */
    OPEN("open", "在办", "open"),
    /** Mediated successfully (调解成功). */
    RESOLVED("resolved", "调解成功", "resolved"),
    /** Mediation failed. */
    FAILED("failed", "调解不成", "failed"),
    /** Passed on to a court, an arbitration body or another agency. */
    REFERRED("referred", "移交", "referred");

    private final Labels labels;

    DisputeStatus(String code, String labelZh, String labelEn) {
        this.labels = new Labels(code, labelZh, labelEn);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** Whether a dispute with this status is concluded, i.e. not {@link #OPEN}. */
    public boolean isConcluded() {
        return this != OPEN;
    }

    /** The status with this code, ignoring case. */
    public static DisputeStatus parse(String code) {
        return Coded.parse(DisputeStatus.class, code, "dispute status");
    }
}
