package org.communitysafety.indicators.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.phrasing.MonthlySeries;
import org.communitysafety.indicators.report.chart.LineChart;
import org.communitysafety.indicators.report.chart.ValueFormat;

/** Monthly criminal cases and disputes over three years, a line a year, and what the last month is notable for. */
final class TrendsSection {

    private TrendsSection() {}

    /** "月度刑事案件数连续6个月同比下降" …; none before 13 months of data. */
    static List<String> highlights(ReportContext cx, MonthlyCounts monthly) {
        int n = monthly.monthsShown();
        if (n < 13) {
            return List.of();
        }
        MonthlySeries series = MonthlySeries.of(Period.ofMonth(monthly.firstYear(), 1),
                Arrays.copyOf(monthly.criminal(), n));
        return cx.phrasing().highlights(series).stream()
                .map(h -> cx.text("headline.trend", "highlight", h))
                .toList();
    }

    /** The section: {@code highlights} (from {@link #highlights}, computed once per report) and the two charts. */
    static Report.Section of(ReportContext cx, MonthlyCounts monthly, List<String> highlights) {
        int years = MonthlyCounts.YEARS;
        int first = monthly.firstYear();
        int last = first + years - 1;
        List<String> months = cx.list("trends.months");
        String[][] titles = {
            {cx.text("trends.incidents.title"), cx.text("trends.incidents.y")},
            {cx.text("trends.disputes.title"), cx.text("trends.disputes.y")}
        };
        long[][] counts = {monthly.criminal(), monthly.disputes()};
        int shown = monthly.monthsShown();
        List<Report.Figure> figures = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            LineChart.Builder chart = LineChart.builder().title(titles[k][0]).categories(months).yLabel(titles[k][1])
                    .markers(true).yFormat(ValueFormat.count()).noDataNote(cx.text("chart.noData"));
            for (int y = 0; y < years; y++) {
                List<Double> values = new ArrayList<>();
                for (int m = 0; m < 12; m++) {
                    int i = y * 12 + m;
                    values.add(i < shown ? (double) counts[k][i] : null);
                }
                chart.series(LineChart.Series.ofNullable(cx.text("trends.year", "year", first + y), values));
            }
            chart.highlight(cx.text("trends.year", "year", last));
            figures.add(new Report.Figure(titles[k][0], chart.build().toSvg(),
                    cx.text("trends.caption", "first", first, "last", last)));
        }
        return new Report.Section("trends", cx.text("trends.title"), highlights, List.of(), figures);
    }
}
