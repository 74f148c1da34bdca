/**
 * The indicator catalogue and its calculation: {@link org.communitysafety.indicators.Indicator}
 * lists every indicator with its formula, {@link org.communitysafety.indicators.Indicators}
 * computes them for every unit of a dataset from the aggregation core's rolled-up partials,
 * {@link org.communitysafety.indicators.Results} holds the tidy rows (a row per indicator, unit,
 * period and group) and writes them as JSON or CSV with no library beyond csi-core (the cells of a
 * row: {@link org.communitysafety.indicators.ResultsFormat}), and
 * {@link org.communitysafety.indicators.Ranking} ranks units with funnel-plot limits and
 * Benjamini–Hochberg adjusted p-values.
 *
 * <p>One computation makes one pass over each column store it needs — the period and its
 * baseline together — and derives every row from the cubes: for the standard sample (600 units,
 * 28 indicators, up to 32 groups each) about 256,000 rows in well under a second once warm.
 * The statistics live in {@link org.communitysafety.indicators.stats}.
 *
 * <p>The module needs csi-core and Commons Math only. Integrations with optional libraries sit
 * in {@code interop} packages that nothing else depends on — {@code interop.tablesaw}: results as
 * a Tablesaw table — so that each can become a module of its own; an architecture test keeps it
 * so.
 */
package org.communitysafety.indicators;
