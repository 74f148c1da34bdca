package org.communitysafety.indicators.phrasing;

/** Whether counts are written as reports round them or exactly. */
public enum CountStyle {
    /** "4.5万余宗", "近万", "over 45,000" — the default; the rules are in {@link Phrasing#count(long)}. */
    APPROXIMATE,
    /** "45225宗", "45,225": every digit. */
    EXACT
}
