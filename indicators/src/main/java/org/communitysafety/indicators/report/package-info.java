/**
 * Reports: a period's figures for a unit and its children as a document — headlines, a table
 * per record kind with year-on-year and period-on-period change, the children ranked with the
 * funnel-plot outliers named, the zero-incident villages, monthly trends, data quality — in
 * HTML, Markdown or JSON. The last step of the path read → validate → store → accumulate → cube
 * → roll up → indicators → results → phrasing / report.
 *
 * <h2>A report only renders</h2>
 * {@link org.communitysafety.indicators.report.Report#builder} takes an
 * {@link org.communitysafety.indicators.Indicators}; every figure comes from it: the
 * year-on-year {@link org.communitysafety.indicators.Results} of every indicator (and the
 * period-on-period ones of the table indicators for a quarter or a month), the monthly and
 * yearly {@link org.communitysafety.indicators.Series} of the trends and of the zero-incident
 * runs, the {@link org.communitysafety.indicators.Ranking} of the children and its
 * {@link org.communitysafety.indicators.FunnelCurve}s. Nothing here aggregates records or
 * computes a statistic: {@code ReportArchitectureTest} forbids any dependency of this package
 * on {@code core.aggregate} or {@code indicators.stats}. A report with one root unit asks
 * five queries — the catalogue, two monthly series, one yearly series over every unit, one yearly
 * series of the root (do the data cover the year?) — and a sixth, the period-on-period catalogue,
 * for a period shorter than a year.
 *
 * <h2>Shape</h2>
 * {@code ReportMaker} asks for the figures and hands a {@code ReportContext} (the unit, the
 * period, the results, the phrasing and the wording) to one class per part:
 * {@code Headlines}, {@code RecordSections} (incidents, disputes, outreach), {@code
 * ChildrenSection} (ranking, bar chart, funnel plot), {@code ZeroIncidentSection}, {@code
 * TrendsSection} and {@code QualitySection}; {@code MonthlyCounts} holds the series they share.
 * {@code ReportHtml} and {@code ReportMarkdown} write the finished
 * {@link org.communitysafety.indicators.report.Report}; the charts are drawn by the
 * {@code chart} package as inline SVG.
 *
 * <h2>Wording</h2>
 * No sentence, heading or label of a report is in the code. {@code ReportText_zh.properties}
 * and {@code ReportText_en.properties} (UTF-8, next to these classes on the class path) hold
 * about 90 templates each, grouped by section ({@code title}, {@code headline.*},
 * {@code incidents.*} … {@code quality.*}); the phrases inside the sentences (counts, changes,
 * periods) come from {@link org.communitysafety.indicators.phrasing.Phrasing}'s own files. A
 * template names its parts — {@code zero.always=其中{always}个村（社区）连续{years}年刑事案件零发案。}
 * / {@code {always} of them have had no criminal case for {years} years in a row.} — and the
 * parts arrive as text already formatted with {@link java.util.Locale#ROOT}, so the default
 * locale changes nothing. Why resource bundles and not a template per document: see the
 * package note of {@code phrasing}; in short, Java reads UTF-8 properties since Java 9, a
 * report's text is many short pieces that the code assembles, and a missing key in one
 * language is caught by a test. Adding a language is adding a {@code ReportText_xx} and a
 * {@code PhrasingText_xx} file and a {@link org.communitysafety.indicators.phrasing.Language}
 * constant.
 *
 * <h2>Labels</h2>
 * A group is named by its taxonomy first
 * ({@link org.communitysafety.core.taxonomy.Taxonomy#withGroupLabel}); then by the built-in
 * label of a default group ({@code group.theft=盗窃类案件} in the wording); then by the label of
 * the category whose code the group shares; and only then by its code. So a custom taxonomy's
 * labels appear in its reports. Indicator names are those of
 * {@link org.communitysafety.indicators.Indicator}.
 */
package org.communitysafety.indicators.report;
