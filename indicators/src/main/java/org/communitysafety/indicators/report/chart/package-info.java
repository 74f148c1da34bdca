/**
 * Charts for reports as inline SVG, written by a small SVG writer of our own — no chart
 * library, no scripts, no fonts or anything else fetched at view time.
 *
 * <ul>
 *   <li>{@link org.communitysafety.indicators.report.chart.LineChart}: monthly trends — one
 *       line over 36 months or one line per year over 12 — with gaps, markers and a highlight;</li>
 *   <li>{@link org.communitysafety.indicators.report.chart.FunnelPlot}: rates against their
 *       denominators with the caller's 95% and 99.8% limits, signals named;</li>
 *   <li>{@link org.communitysafety.indicators.report.chart.BarChart}: units ranked by a value;</li>
 *   <li>{@link org.communitysafety.indicators.report.chart.ValueFormat} and
 *       {@link org.communitysafety.indicators.report.chart.Palette}: how numbers read and the
 *       Okabe–Ito colours.</li>
 * </ul>
 *
 * <p>The three builders share {@code ChartBuilder} (title, value-axis label, no-data note, size)
 * and the charts share {@code Frame} (title, legend, value label, grid, axes, no-data note).
 *
 * <p>Every chart is an immutable spec built once and rendered by {@code toSvg()} to a string
 * that is the same, byte for byte, for the same spec on any machine: coordinates carry at most
 * two decimals and a '.', numbers are formatted without the default locale, and there are no
 * ids, so several charts can share one HTML page. The root {@code <svg>} has a whole-number
 * {@code viewBox} with {@code width} and {@code height}, a {@code <title>} for screen readers,
 * and one font list with Chinese glyphs on plain Linux first ("Noto Sans CJK SC" from Debian's
 * {@code fonts-noto-cjk}, "WenQuanYi Micro Hei"), then Windows and macOS, then {@code sans-serif}.
 * Sizes: a 12-month chart of three series with markers 6 KB, a 36-month line 5 KB, a funnel
 * plot of 123 units 16 KB (about 110 bytes a unit, 600 units with six-character names 75 KB), 7 bars 3 KB.
 */
package org.communitysafety.indicators.report.chart;
