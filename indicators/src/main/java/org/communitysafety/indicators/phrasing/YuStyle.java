package org.communitysafety.indicators.phrasing;

/**
 * Where "余" (over) goes in a Chinese approximate count written in 万 or 亿 with a whole-number
 * mantissa. Reports use both: "直接覆盖群众360余万人", "受教育群众达50余万人次", "40余万元"
 * ({@link #BEFORE_MAGNITUDE}, the form of every such figure in the domain notes) and "360万余"
 * ({@link #AFTER_MAGNITUDE}).
 *
 * <p>余 goes before the magnitude only after a whole number of two digits or more, as 十余万 does:
 * a mantissa with a decimal or of a single digit always takes 余 after the magnitude, whatever the
 * style — "1.8万余", "1万余", never "1.8余万" or "1余万". Counts below 10,000 have no magnitude
 * word: "640余".
 */
public enum YuStyle {
    /** "360余万", "50余万", but "1.8万余", "1万余" — the default. */
    BEFORE_MAGNITUDE,
    /** "360万余", "50万余", "1.8万余". */
    AFTER_MAGNITUDE
}
