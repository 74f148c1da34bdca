/**
 * CSI core: the pure domain of community-safety statistics — {@link
 * org.communitysafety.core.Dataset data sets} of jurisdictions, incidents, disputes and
 * outreach sessions — with no required dependencies.
 *
 * <h2>The path of the data, package by package</h2>
 * <pre>
 *   read, validate   core.io (+ io.csv; io.json found as a format provider; io.tablesaw for tables)
 *        ↓           every row checked against jurisdiction, taxonomy, period and record rules;
 *                    problems are data (file, line, column, value, reason), all at once
 *   store            core.aggregate: IncidentStore (10 bytes a row), RecordStore&lt;M&gt; for the
 *        ↓           other kinds, described by a RecordKind
 *   accumulate       core.aggregate: IncidentAccumulator, RecordAccumulator&lt;M&gt; — one pass
 *        ↓
 *   cube, roll up    core.aggregate: Cube&lt;M&gt; — exact longs per (unit, period, type), plus,
 *        ↓           rollUp(tree), CubeCodec bytes
 *   indicators       org.communitysafety.indicators: Indicators → Results, Series, Ranking
 *        ↓           (statistics in indicators.stats)
 *   text             indicators.phrasing (sentences), indicators.report (documents)
 * </pre>
 *
 * <p>Beside the path, the domain it runs on:
 * <ul>
 *   <li>{@code jurisdiction}: units and the tree they form, populations by year;</li>
 *   <li>{@code taxonomy}: incident categories and groups;</li>
 *   <li>{@code period}: years, quarters, months, ISO weeks, date ranges, 同比 and 环比;</li>
 *   <li>{@code record}: incidents, disputes, outreach sessions, money;</li>
 *   <li>{@code lang}: argument checks, suggestions, futures;</li>
 *   <li>{@code sample}: a deterministic generator of realistic data.</li>
 * </ul>
 *
 * <p>Conventions: immutable value types with static factories; nulls rejected at the door;
 * counts are {@code long}; money is exact fen; problems in input are data, not exceptions.
 */
package org.communitysafety.core;
