package org.communitysafety.core.record;

/** The kind of a dispute taken in for mediation (矛盾纠纷类型). */
public enum DisputeType implements Coded {
    NEIGHBOUR("neighbour", "邻里纠纷", "neighbour"),
    FAMILY("family", "婚姻家庭纠纷", "family"),
    LABOUR("labour", "劳动争议", "labour and wages"),
    PROPERTY("property", "物业纠纷", "property management"),
    LAND("land", "土地纠纷", "land"),
    SCHOOL("school", "校园纠纷", "school"),
    COMMERCIAL("commercial", "经济合同纠纷", "commercial"),
    TRAFFIC("traffic", "交通事故纠纷", "traffic"),
    CONSUMER("consumer", "消费纠纷", "consumer"),
    OTHER("other", "其他纠纷", "other");

    private final Labels labels;

    DisputeType(String code, String labelZh, String labelEn) {
        this.labels = new Labels(code, labelZh, labelEn);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The type with this code, ignoring case. */
    public static DisputeType parse(String code) {
        return Coded.parse(DisputeType.class, code, "dispute type");
    }
}
