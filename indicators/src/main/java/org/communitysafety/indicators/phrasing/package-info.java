/**
 * Narrative phrasing: the figures of {@link org.communitysafety.indicators.IndicatorRow}s and raw
 * counts turned into the Chinese and English phrases reports are written in — "4.5万余宗",
 * "同比下降39.3%", "受理矛盾纠纷4.5万余宗，成功调解4.4万余宗，调解成功率98.0%", "连续6个月同比下降".
 *
 * <p>{@link org.communitysafety.indicators.phrasing.Phrasing} is the entry point: one immutable,
 * configured instance per document keeps the rounding (half up by default, half even on request),
 * the decimals (one), the approximation of counts (two significant digits, 余 and 近) and the
 * punctuation (full-width) the same throughout. Its settings are one value,
 * {@link org.communitysafety.indicators.phrasing.Phrasing.Settings}, a record whose
 * {@code with…} methods each check and change one setting. Every percentage is rounded once from
 * the exact rational of two counts with {@link java.math.BigDecimal}; nothing here uses floating
 * point except to read a row's decimal values (yuan to the fen, days), taken as written.
 *
 * <h2>Wording</h2>
 * The words are not in the code: {@code PhrasingText_zh.properties} and
 * {@code PhrasingText_en.properties} (next to these classes on the class path) hold about 60
 * templates each, read by {@link org.communitysafety.indicators.phrasing.Wording}. A template
 * names its parts — {@code change.down={comparison}下降{amount}} /
 * {@code change.down=down {amount} {comparison}} — so each language orders a phrase its own way;
 * the code decides which template (up or down, flat or roughly flat, significant or not) and
 * computes the parts. We chose {@link java.util.ResourceBundle} {@code .properties} files over
 * one template file per document because phrases are short and reused across documents, because
 * Java reads them as UTF-8 since Java 9 without a library, and because a missing key is found by
 * a test ({@code WordingTest} checks every language has every key). We fill them ourselves rather
 * than with {@link java.text.MessageFormat}, which formats numbers with a locale and reads
 * apostrophes as quotes; a number reaches a template only as text or a whole number.
 *
 * <p>Adding a language is adding a {@code PhrasingText_xx.properties} (and the report's
 * {@code ReportText_xx.properties}) and a {@link org.communitysafety.indicators.phrasing.Language}
 * constant naming its locale. What stays in code is arithmetic: how a count is approximated, in
 * myriads (万, 亿, 余, 近 — {@code numbers=myriads}) or in thousands (million, over, nearly —
 * {@code numbers=thousands}); a language picks one of the two in its file. The measure words
 * ({@link org.communitysafety.indicators.phrasing.Measure}: 宗 / dispute, disputes) are values
 * with a Chinese and an English word, like a taxonomy's labels, and are still chosen in code.
 * Every number reaches text through {@link java.util.Locale#ROOT} or exact
 * {@link java.math.BigDecimal#toPlainString()}, never the default locale.
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
