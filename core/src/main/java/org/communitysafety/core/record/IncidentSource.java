package org.communitysafety.core.record;

/**
 * How an incident came to the police's attention. {@link #UNSPECIFIED} stands for an empty
 * {@code source} cell.
 */
public enum IncidentSource implements Coded {
    /** A 110 call. */
    CALL("call", "报警电话", "call"),
    WALK_IN("walk_in", "来所报案", "walk-in"),
    ONLINE("online", "网上报警", "online"),
    PATROL("patrol", "巡逻发现", "patrol"),
    VOLUNTEER("volunteer", "群众线索", "volunteer lead"),
    SMART_ALERT("smart_alert", "智慧预警", "smart-community alert"),
    OTHER("other", "其他", "other"),
    /** The record does not say. */
    UNSPECIFIED("", "未填写", "unspecified");

    private final Labels labels;

    IncidentSource(String code, String labelZh, String labelEn) {
        this.labels = new Labels(code, labelZh, labelEn);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The source with this code (case-insensitive); empty text gives {@link #UNSPECIFIED}. */
    public static IncidentSource parse(String code) {
        return Coded.parse(IncidentSource.class, code, "incident source");
    }
}
