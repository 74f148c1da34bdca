/**
 * Narrative phrasing: the figures of {@link org.communitysafety.indicators.IndicatorRow}s and raw
 * counts turned into the Chinese and English phrases reports are written in — "4.5万余宗",
 * "同比下降39.3%", "受理矛盾纠纷4.5万余宗，成功调解4.4万余宗，调解成功率98.0%", "连续6个月同比下降".
 *
 * <p>{@link org.communitysafety.indicators.phrasing.Phrasing} is the entry point: one immutable,
 * configured instance per document keeps the rounding (half up by default, half even on request),
 * the decimals (one), the approximation of counts (two significant digits, 余 and 近) and the
 * punctuation (full-width) the same throughout. Every percentage is rounded once from the exact
 * rational of two counts with {@link java.math.BigDecimal}; nothing here uses floating point
 * except to read a row's decimal values (yuan to the fen, days), taken as written.
 *
 * <p>{@link org.communitysafety.indicators.phrasing.Comparison} picks 同比, 环比 or a named
 * baseline from two periods; {@link org.communitysafety.indicators.phrasing.PeriodNames} names
 * periods (2024年第三季度, 2024年1-9月); {@link org.communitysafety.indicators.phrasing.MonthlySeries}
 * finds streaks, turns and records in a monthly series; {@link
 * org.communitysafety.indicators.phrasing.Measure} holds the measure words (起, 宗, 场次, 人次 …).
 * A change is never called significant unless its test says so
 * ({@link org.communitysafety.indicators.phrasing.SignificanceStyle}).
 *
 * <p>Every example in the domain notes is reproduced by a test; the phrases cost microseconds, so
 * a report of a few thousand sentences phrases in well under a second.
 */
package org.communitysafety.indicators.phrasing;
