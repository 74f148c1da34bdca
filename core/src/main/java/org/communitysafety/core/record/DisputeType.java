package org.communitysafety.core.record;

/** The kind of a dispute taken in for mediation (矛盾纠纷类型). */
public enum DisputeType implements Coded {
    NEIGHBOUR, FAMILY, LABOUR, PROPERTY, LAND, SCHOOL, COMMERCIAL, TRAFFIC, CONSUMER, OTHER;

    /** The type with this code, ignoring case. */
    public static DisputeType parse(String code) {
        return Coded.parse(DisputeType.class, code, "dispute type");
    }
}
