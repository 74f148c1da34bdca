package org.communitysafety.core.record;

/** The kind of an outreach session (宣传 / 走访 / 巡逻 ...). */
public enum OutreachType implements Coded {
    ANTI_FRAUD, VISIT, PATROL, LEGAL_EDUCATION, TRAFFIC_SAFETY, COUNSELLING, ONLINE, INSPECTION,
    OTHER;

    /** The type with this code, ignoring case. */
    public static OutreachType parse(String code) {
        return Coded.parse(OutreachType.class, code, "outreach type");
    }
}
