package org.communitysafety.indicators.phrasing;

/**
 * Whether a phrased change says what its significance test found. Whatever the style, a change is
 * never called significant unless its test says so ({@link Significance#SIGNIFICANT}).
 *
 * <table>
 *   <caption>What each style writes for a fall of 39.3%</caption>
 *   <tr><th>style</th><th>significant</th><th>not significant</th><th>untested</th></tr>
 *   <tr><td>{@link #PLAIN}</td><td>同比下降39.3%</td><td>同比下降39.3%</td><td>同比下降39.3%</td></tr>
 *   <tr><td>{@link #NOTE_IF_NOT_SIGNIFICANT}</td><td>同比下降39.3%</td><td>同比下降39.3%（变化不显著）</td>
 *       <td>同比下降39.3%</td></tr>
 *   <tr><td>{@link #MARK}</td><td>同比显著下降39.3%</td><td>同比下降39.3%（变化不显著）</td>
 *       <td>同比下降39.3%</td></tr>
 * </table>
 *
 * <p>In English the note is " (not a significant change)" and the mark ", a significant change"
 * after the phrase: "down 39.3% on the same period last year, a significant change". An
 * unchanged figure ("持平") carries neither.
 */
public enum SignificanceStyle {
    /** The change alone, never a word about significance — the default. */
    PLAIN,
    /** "（变化不显著）" / " (not a significant change)" appended when the test did not find one. */
    NOTE_IF_NOT_SIGNIFICANT,
    /** "显著下降" when the test found a change, the note when it did not. */
    MARK
}
