package org.communitysafety.indicators.report;

import static org.communitysafety.indicators.report.ReportContext.CRIMINAL;
import static org.communitysafety.indicators.report.ReportContext.NONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communitysafety.indicators.Group;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.IndicatorRow;
import org.communitysafety.indicators.Ranking;
import org.communitysafety.indicators.report.chart.BarChart;
import org.communitysafety.indicators.report.chart.FunnelPlot;
import org.communitysafety.indicators.report.chart.ValueFormat;
import org.communitysafety.indicators.FunnelCurve;
import org.communitysafety.indicators.phrasing.Language;

/**
 * The children of the report's unit compared by criminal cases per 10,000 residents: the
 * {@link Ranking} as a table, the outliers named, a bar chart and a funnel plot.
 */
final class ChildrenSection {

    private static final String INDICATOR = "incidents.rate_per_10k";
    private static final Indicator RANKED = Indicator.of(INDICATOR);
    private static final String INCIDENTS = "incidents.count";
    /** Points on each control-limit curve, evenly spaced on a log scale. */
    private static final int CURVE_SAMPLES = 61;

    private ChildrenSection() {}

    static Report.Section of(ReportContext cx) {
        Ranking ranking = Ranking.children(cx.yoy(), RANKED, cx.code(), Group.parse(CRIMINAL),
                cx.tree(), cx.spec().indicators.settings().funnelLimits());
        List<List<Report.Cell>> cells = new ArrayList<>();
        for (Ranking.Entry e : ranking.entries()) {
            IndicatorRow r = e.row();
            cells.add(List.of(Report.Cell.of(e.rank() == 0 ? NONE : Integer.toString(e.rank())),
                    Report.Cell.of(cx.unitLabel(r.unitName(), r.unit())),
                    Report.Cell.of(r.numerator().isPresent() ? ReportContext.grouped(r.numerator().getAsLong()) : NONE),
                    Report.Cell.of(r.denominator().isPresent() ? ReportContext.grouped(r.denominator().getAsLong()) : NONE),
                    Report.Cell.of(r.value().isPresent() ? ReportContext.decimals(r.value().getAsDouble(), 2) : NONE),
                    Report.Cell.of(e.lower998().isPresent() && e.upper998().isPresent() ? String.format(Locale.ROOT,
                            "%.2f–%.2f", e.lower998().getAsDouble(), e.upper998().getAsDouble()) : NONE),
                    new Report.Cell(cx.text("position." + e.position().name()), tone(e)),
                    Report.Cell.of(e.pAdjusted().isPresent() ? pValue(e.pAdjusted().getAsDouble()) : NONE)));
        }
        List<String> paragraphs = new ArrayList<>();
        List<Ranking.Entry> high = ranking.outliers(false).stream()
                .filter(e -> e.position() == Ranking.Position.ABOVE_998).toList();
        List<Ranking.Entry> low = ranking.outliers(false).stream()
                .filter(e -> e.position() == Ranking.Position.BELOW_998).toList();
        String overall = ranking.target().isPresent() ? ReportContext.decimals(ranking.target().getAsDouble(), 2) : NONE;
        paragraphs.add(cx.text("children.intro", "units", ranking.entries().size(), "scope", cx.scope(),
                "overall", overall));
        paragraphs.add(high.isEmpty() ? cx.text("children.noneHigh") : cx.text("children.high", "units", names(cx, high)));
        if (!low.isEmpty()) {
            paragraphs.add(cx.text("children.low", "units", names(cx, low)));
        }
        List<Report.Figure> figures = new ArrayList<>();
        figures.add(bars(cx, ranking));
        funnel(cx, ranking).ifPresent(figures::add);
        return new Report.Section("children", cx.text("children.title"), paragraphs,
                List.of(sideBySide(cx), new Report.Table(cx.text("children.table"), cx.list("children.header"), cells,
                        List.of(cx.text("children.note")), false)),
                figures);
    }

    /**
     * A unit's position as a cell's tone: outside the 99.8% limits on the side its indicator calls
     * worse (above, for crime per 10,000) {@code WORSE}, on the other side {@code BETTER} — the
     * charts' vermilion and green; inside them, {@code NONE}.
     */
    private static Report.Tone tone(Ranking.Entry e) {
        return high(e) ? ReportContext.tone(RANKED, 1) : low(e) ? ReportContext.tone(RANKED, -1) : Report.Tone.NONE;
    }

    /**
     * Every child of the report's unit, by code, with the figures a bulletin compares them by:
     * criminal cases and their change on the year before, cases per 10,000 residents, the
     * clearance rate, the mediation success rate and the share of villages with no criminal case.
     * Sortable: the HTML page reorders it by any column.
     */
    private static Report.Table sideBySide(ReportContext cx) {
        int[] children = cx.tree().children(cx.unit()).clone();
        List<String> codes = new ArrayList<>();
        for (int c : children) {
            codes.add(cx.tree().unit(c).code());
        }
        codes.sort(null);
        List<List<Report.Cell>> cells = new ArrayList<>();
        for (String code : codes) {
            Optional<IndicatorRow> count = cx.yoy().find(INCIDENTS, code, CRIMINAL);
            cells.add(List.of(Report.Cell.of(cx.unitLabel(cx.tree().unit(cx.tree().indexOf(code)).name(), code)),
                    Report.Cell.of(count.flatMap(r -> r.value().isPresent() ? Optional.of(ReportContext.grouped(
                            (long) r.value().getAsDouble())) : Optional.empty()).orElse(NONE)),
                    count.flatMap(r -> r.change().filter(c -> c.percent().isPresent())
                            .map(c -> new Report.Cell(signedPercent(c.percent().getAsDouble())
                                    + (c.significant() ? " *" : ""), ReportContext.tone(r.indicator(), c))))
                            .orElse(Report.Cell.of(NONE)),
                    Report.Cell.of(cx.valueCell(cx.yoy().find(INDICATOR, code, CRIMINAL))),
                    Report.Cell.of(cx.valueCell(cx.yoy().find("incidents.clearance_rate", code, CRIMINAL))),
                    Report.Cell.of(cx.valueCell(cx.yoy().find("disputes.success_rate", code, ReportContext.ALL))),
                    Report.Cell.of(cx.valueCell(cx.yoy().find("units.zero_incident_share", code, CRIMINAL)))));
        }
        return new Report.Table(cx.text("children.side"), cx.list("children.side.header"), cells,
                List.of(cx.text("children.side.note", "alpha", cx.alpha())), true);
    }

    /**
     * -16.0% / +2.3% / 0.0%: a change with its sign, one decimal. The minus is ASCII, as a
     * spreadsheet shows a negative number, so that the workbook's cell reads as the report's.
     */
    static String signedPercent(double percent) {
        String s = String.format(Locale.ROOT, "%.1f%%", Math.abs(percent));
        if (s.equals("0.0%")) {
            return s;
        }
        return (percent < 0 ? "-" : "+") + s;
    }

    /** A p-value as a table shows it: three decimals, or {@code <0.001} below that (the tidy rows keep it whole). */
    static String pValue(double p) {
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /**
     * Which colours a chart of the ranking draws, in words: the high outliers' (vermilion), the
     * low ones' (bluish green), or that there are none.
     */
    private static String colours(ReportContext cx, Ranking ranking, String prefix, boolean none) {
        boolean high = ranking.entries().stream().anyMatch(ChildrenSection::high);
        boolean low = ranking.entries().stream().anyMatch(ChildrenSection::low);
        String text = high ? cx.text(prefix + ".high") : "";
        if (low) {
            return text + then(cx, text, cx.text(prefix + ".low"));
        }
        return !high && none ? cx.text(prefix + ".none") : text;
    }

    /** {@code second} after the sentences {@code first}: a space between them in English, none in Chinese. */
    private static String then(ReportContext cx, String first, String second) {
        return first.isEmpty() || second.isEmpty() || cx.language() == Language.ZH ? second : " " + second;
    }

    /** An outlier above the 99.8% limit: more crime than the population explains, drawn as a signal. */
    private static boolean high(Ranking.Entry e) {
        return e.isOutlier(false) && e.position() == Ranking.Position.ABOVE_998;
    }

    /** An outlier below the 99.8% limit: less crime, drawn on the better side, not as an alarm. */
    private static boolean low(Ranking.Entry e) {
        return e.isOutlier(false) && e.position() == Ranking.Position.BELOW_998;
    }

    /** "甲 (12.34)、乙 (11.02)。" */
    private static String names(ReportContext cx, List<Ranking.Entry> entries) {
        List<String> n = new ArrayList<>();
        for (Ranking.Entry e : entries) {
            n.add(cx.text("children.unit", "unit", cx.unitLabel(e.row().unitName(), e.row().unit()),
                    "rate", ReportContext.decimals(e.row().value().orElse(0), 2)));
        }
        return cx.text("sentence", "text", cx.join(n));
    }

    private static Report.Figure bars(ReportContext cx, Ranking ranking) {
        BarChart.Builder bars = BarChart.builder().title(cx.text("children.bars.title"))
                .valueLabel(cx.text("children.bars.value")).valueFormat(ValueFormat.decimal(2));
        for (Ranking.Entry e : ranking.entries()) {
            if (e.row().value().isPresent()) {
                BarChart.Bar b = BarChart.Bar.of(cx.unitLabel(e.row().unitName(), e.row().unit()),
                        e.row().value().getAsDouble());
                bars.bar(high(e) ? b.signal() : low(e) ? b.better() : b);
            }
        }
        return new Report.Figure(cx.text("children.bars.figure"), bars.build().toSvg(),
                colours(cx, ranking, "children.bars.caption", true));
    }

    /** The curve as the plot takes it. */
    private static List<FunnelPlot.LimitSample> samples(FunnelCurve curve) {
        return curve.samples().stream().map(s -> FunnelPlot.LimitSample.of(s.x(), s.lower(), s.upper())).toList();
    }

    private static Optional<Report.Figure> funnel(ReportContext cx, Ranking ranking) {
        Optional<FunnelCurve> c95 = ranking.funnelCurve(FunnelCurve.INNER, CURVE_SAMPLES);
        Optional<FunnelCurve> c998 = ranking.funnelCurve(FunnelCurve.OUTER, CURVE_SAMPLES);
        if (c95.isEmpty() || c998.isEmpty()) {
            return Optional.empty();
        }
        List<Ranking.Entry> points = ranking.entries().stream()
                .filter(e -> e.row().value().isPresent() && e.row().denominator().orElse(0) > 0).toList();
        long min = points.stream().mapToLong(e -> e.row().denominator().getAsLong()).min().orElseThrow();
        long max = points.stream().mapToLong(e -> e.row().denominator().getAsLong()).max().orElseThrow();
        List<String> legend = cx.list("funnel.legend");
        FunnelPlot.Builder plot = FunnelPlot.builder().title(cx.text("funnel.title"))
                .xLabel(cx.text("funnel.x")).yLabel(cx.text("funnel.y")).target(ranking.target().getAsDouble())
                .limits95(samples(c95.get())).limits998(samples(c998.get())).logX(max > 20 * Math.max(1, min))
                .legend(cx.text("funnel.centre", "scope", cx.scope()), legend.get(0), legend.get(1), legend.get(2),
                        legend.get(3))
                .noDataNote(cx.text("chart.noData"));
        for (Ranking.Entry e : points) {
            FunnelPlot.Point p = FunnelPlot.Point.of(cx.unitLabel(e.row().unitName(), e.row().unit()),
                    e.row().denominator().getAsLong(),
                    e.row().value().getAsDouble());
            plot.point(high(e) ? p.signal() : low(e) ? p.better() : p.muted());
        }
        String caption = cx.text("funnel.caption", "scope", cx.scope());
        String colours = colours(cx, ranking, "funnel.caption", false);
        return Optional.of(new Report.Figure(cx.text("funnel.figure"), plot.build().toSvg(),
                caption + then(cx, caption, colours)));
    }
}
