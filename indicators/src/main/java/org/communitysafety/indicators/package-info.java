/**
 * The indicator catalogue and its calculation — the one way in for applications, JShell and the
 * report: {@link org.communitysafety.indicators.Indicator} lists every indicator with its
 * formula; {@link org.communitysafety.indicators.Indicators}, configured by an immutable
 * {@link org.communitysafety.indicators.IndicatorSettings}, computes them for every unit of a
 * dataset ({@link org.communitysafety.indicators.Results}: a row per indicator, unit, period and
 * group, written as JSON or CSV with no library beyond csi-core: {@link
 * org.communitysafety.indicators.ResultsFormat}) or period by period for a unit ({@link
 * org.communitysafety.indicators.Series}, weekly
 * to yearly, each point with the same period a year earlier);
 * {@link org.communitysafety.indicators.Ranking} ranks units with funnel-plot limits and
 * Benjamini–Hochberg adjusted p-values, and {@link org.communitysafety.indicators.FunnelCurve}
 * gives the limits as a curve to draw; {@link org.communitysafety.indicators.CrimeClock} (incidents
 * by weekday and hour) and {@link org.communitysafety.indicators.ReportingDelay} (the median
 * minutes to report) are read from the incidents' time columns for one unit, group and period,
 * outside the catalogue's rows. Indicators, groups and units are addressed by type
 * ({@code Indicator.INCIDENTS_COUNT}, {@code Group.criminal()}) or by text (ids, group names,
 * unit codes or unique unit names); every number these types print is written with
 * {@link java.util.Locale#ROOT}.
 *
 * <p>Inside, a computation is the same for a catalogue and a series:
 * {@code Computation} aggregates each record kind it needs once over all its periods — the
 * period and its baseline, or every period of a span and the periods a year earlier (36 months
 * and their baselines are 48 distinct months, one pass) — and rolls the cubes up the tree;
 * {@code RowBuilder} turns its figures into rows (intervals, changes and their tests,
 * small-count, suppression and funnel-plot flags) on the settings' threads, each with a
 * {@code StatisticsMemo} that computes an interval or a test once per distinct counts (a
 * 10M-incident city's 1.5 million rows need about 4,000 Garwood intervals and 100,000 exact
 * tests), {@code ZeroShares} the lowest units (leaves,
 * but a village's grids count as their village) with no incident. For the standard sample (600 units, 28 indicators, up to 32 groups each) a catalogue
 * is about 256,000 rows in well under a second once warm. The statistics live in
 * {@link org.communitysafety.indicators.stats}.
 *
 * <p>The module needs csi-core and Commons Math only. Integrations with optional libraries sit
 * in {@code interop} packages that nothing else depends on — {@code interop.tablesaw}: results as
 * a Tablesaw table — so that each can become a module of its own; an architecture test keeps it
 * so.
 */
package org.communitysafety.indicators;
