package org.communitysafety.core.record;

/** The kind of an outreach session (宣传 / 走访 / 巡逻 ...). */
public enum OutreachType implements Coded {
    ANTI_FRAUD("anti_fraud", "反诈宣传", "anti-fraud talk"),
    VISIT("visit", "入户走访", "door-to-door visit"),
    PATROL("patrol", "治安巡逻", "patrol"),
    LEGAL_EDUCATION("legal_education", "法治宣传", "legal education"),
    TRAFFIC_SAFETY("traffic_safety", "交通安全宣传", "traffic-safety tour"),
    COUNSELLING("counselling", "心理疏导", "counselling"),
    ONLINE("online", "网上服务", "online service"),
    INSPECTION("inspection", "安全隐患排查", "safety inspection"),
    OTHER("other", "其他", "other");

    private final Labels labels;

    OutreachType(String code, String labelZh, String labelEn) {
        this.labels = new Labels(code, labelZh, labelEn);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The type with this code, ignoring case. */
    public static OutreachType parse(String code) {
        return Coded.parse(OutreachType.class, code, "outreach type");
    }
}
