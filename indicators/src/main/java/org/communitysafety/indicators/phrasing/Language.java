package org.communitysafety.indicators.phrasing;

/** The language a {@link Phrasing} writes in. */
public enum Language {
    /** Simplified Chinese, as bureaus' reports are written: "同比下降39.3%", "4.5万余宗". */
    ZH,
    /** English: "down 39.3% on the same period last year", "over 45,000 disputes". */
    EN
}
