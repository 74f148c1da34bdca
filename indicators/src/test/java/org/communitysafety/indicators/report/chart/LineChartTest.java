package org.communitysafety.indicators.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

final class LineChartTest {
    private static final List<String> MONTHS_CN = IntStream.rangeClosed(1, 12).mapToObj(m -> m + "月").toList();

    private static List<String> months36() {
        List<String> out = new ArrayList<>();
        for (int y = 2022; y <= 2024; y++) {
            for (int m = 1; m <= 12; m++) {
                out.add(String.format(java.util.Locale.ROOT, "%d-%02d", y, m));
            }
        }
        return out;
    }

    private static LineChart threeYears() {
        return LineChart.builder()
                .title("月度刑事案件发案数 & <趋势>")
                .categories(MONTHS_CN)
                .yLabel("发案数（起）")
                .series(LineChart.Series.ofCounts("2022年", 150, 140, 160, 170, 187, 150, 140, 130, 120, 110, 100, 95))
                .series(LineChart.Series.ofCounts("2023年", 120, 110, 130, 150, 140, 120, 110, 100, 90, 95, 85, 80))
                .series(LineChart.Series.ofCounts("2024年", 100, 90, 110, 105, 100, 95, 80, 75, 70, 72, 65, 60))
                .highlight("2024年")
                .markers(true)
                .build();
    }

    private static List<Element> seriesPaths(Document doc) {
        return SvgChecks.elements(doc, "path").stream()
                .filter(p -> "none".equals(p.getAttribute("fill")) && p.getParentNode() instanceof Element g
                        && g.getTagName().equals("g") && !g.getAttribute("stroke").isEmpty())
                .toList();
    }

    @Test
    void toSvg_threeYears_wellFormedSelfContainedDeterministic() {
        LineChart chart = threeYears();
        Document doc = SvgChecks.check(chart::toSvg);
        List<String> texts = SvgChecks.texts(doc);
        assertTrue(texts.contains("月度刑事案件发案数 & <趋势>"), texts.toString());
        assertTrue(texts.contains("发案数（起）"), texts.toString());
        assertTrue(texts.containsAll(List.of("2022年", "2023年", "2024年")), "legend: " + texts);
        assertTrue(chart.toSvg().contains("月度刑事案件发案数 &amp; &lt;趋势&gt;"));
        assertEquals(3, seriesPaths(doc).size());
    }

    @Test
    void toSvg_max187_ticksZeroToTwoHundredByFifty() {
        List<String> texts = SvgChecks.texts(SvgChecks.parse(threeYears().toSvg()));
        for (String tick : List.of("0", "50", "100", "150", "200")) {
            assertTrue(texts.contains(tick), "tick " + tick + " in " + texts);
        }
        assertFalse(texts.contains("250"), texts.toString());
        assertFalse(texts.contains("25"), texts.toString());
    }

    @Test
    void toSvg_highlightedSeries_drawnLastAndThicker() {
        List<Element> paths = seriesPaths(SvgChecks.parse(threeYears().toSvg()));
        Element last = paths.get(paths.size() - 1);
        assertEquals(Palette.series(2), ((Element) last.getParentNode()).getAttribute("stroke"));
        assertEquals("3.5", last.getAttribute("stroke-width"));
        assertEquals("1.5", paths.get(0).getAttribute("stroke-width"));
    }

    @Test
    void toSvg_36months_labelsThinnedToEverySixth() {
        double[] values = IntStream.range(0, 36).mapToDouble(i -> 100 + 30 * Math.sin(i / 3.0)).toArray();
        LineChart chart = LineChart.builder().title("近三年月度发案").categories(months36())
                .series(LineChart.Series.of("发案数", values)).build();
        List<String> texts = SvgChecks.texts(SvgChecks.check(chart::toSvg));
        List<String> shown = months36().stream().filter(texts::contains).toList();
        assertEquals(List.of("2022-01", "2022-07", "2023-01", "2023-07", "2024-01", "2024-07"), shown);
    }

    @Test
    void thinning_roomyOrCramped_choosesOneTwoThreeSixTwelve() {
        assertEquals(1, LineChart.thinning(MONTHS_CN, 60));
        assertEquals(3, LineChart.thinning(List.of("2022-01"), 20));
        assertEquals(12, LineChart.thinning(List.of("2022-01"), 5));
    }

    @Test
    void toSvg_gaps_separatePathSegments() {
        List<OptionalDouble> values = new ArrayList<>(Arrays.asList(
                OptionalDouble.of(5), OptionalDouble.of(7), OptionalDouble.empty(), OptionalDouble.of(6),
                OptionalDouble.of(8), OptionalDouble.of(9), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(4), OptionalDouble.empty(), OptionalDouble.of(3), OptionalDouble.of(2)));
        LineChart chart = LineChart.builder().categories(MONTHS_CN).series(LineChart.Series.of("白兴区", values)).build();
        Document doc = SvgChecks.check(chart::toSvg);
        String d = seriesPaths(doc).get(0).getAttribute("d");
        assertEquals(4, d.chars().filter(c -> c == 'M').count(), d);
        assertEquals(4, d.chars().filter(c -> c == 'L').count(), d);
        // the lone value in the ninth month gets a dot, so it is visible without a line
        assertEquals(1, SvgChecks.elements(doc, "circle").size());
    }

    @Test
    void toSvg_nullableValues_areGaps() {
        LineChart chart = LineChart.builder().categories(List.of("1月", "2月", "3月"))
                .series(LineChart.Series.ofNullable("甲", Arrays.asList(1, null, 3))).build();
        String d = seriesPaths(SvgChecks.check(chart::toSvg)).get(0).getAttribute("d");
        assertEquals(2, d.chars().filter(c -> c == 'M').count(), d);
    }

    @Test
    void toSvg_allZero_drawsFlatLineOnZeroToFive() {
        LineChart chart = LineChart.builder().categories(MONTHS_CN)
                .series(LineChart.Series.ofCounts("零发案", new long[12])).build();
        Document doc = SvgChecks.check(chart::toSvg);
        assertTrue(SvgChecks.texts(doc).containsAll(List.of("0", "1", "5")));
        assertFalse(SvgChecks.texts(doc).contains("无数据"));
    }

    @Test
    void toSvg_singlePoint_drawnAsDot() {
        LineChart chart = LineChart.builder().categories(List.of("2024-12"))
                .series(LineChart.Series.of("发案数", 42)).build();
        Document doc = SvgChecks.check(chart::toSvg);
        assertEquals(1, SvgChecks.elements(doc, "circle").size());
        assertTrue(SvgChecks.texts(doc).contains("2024-12"));
    }

    @Test
    void toSvg_noSeriesOrNoValues_axesAndNoDataNote() {
        LineChart none = LineChart.builder().title("空").categories(MONTHS_CN).build();
        assertTrue(SvgChecks.texts(SvgChecks.check(none::toSvg)).contains("无数据"));
        LineChart empty = LineChart.builder().categories(List.of()).series(LineChart.Series.of("x")).noDataNote("no data").build();
        assertTrue(SvgChecks.texts(SvgChecks.check(empty::toSvg)).contains("no data"));
        LineChart gaps = LineChart.builder().categories(List.of("1月", "2月"))
                .series(LineChart.Series.ofNullable("x", Arrays.asList(null, null))).build();
        assertTrue(SvgChecks.texts(SvgChecks.check(gaps::toSvg)).contains("无数据"));
    }

    @Test
    void toSvg_negativeValues_axisBelowZero() {
        LineChart chart = LineChart.builder().categories(List.of("1月", "2月", "3月"))
                .series(LineChart.Series.of("同比变化", -12.5, 3, -40)).yFormat(ValueFormat.decimal(1)).build();
        List<String> texts = SvgChecks.texts(SvgChecks.check(chart::toSvg));
        assertTrue(texts.contains("-40") && texts.contains("0"), texts.toString());
    }

    @Test
    void toSvg_percentAxis_writesPercentages() {
        LineChart chart = LineChart.builder().categories(List.of("1月", "2月", "3月"))
                .series(LineChart.Series.of("调解成功率", 0.95, 0.97, 0.981)).yFormat(ValueFormat.percent(1)).build();
        List<String> texts = SvgChecks.texts(SvgChecks.check(chart::toSvg));
        assertTrue(texts.contains("0%") && texts.contains("100%"), texts.toString());
    }

    @Test
    void toSvg_manySeries_distinctColoursAndWrappedLegend() {
        LineChart.Builder b = LineChart.builder().categories(MONTHS_CN).size(400, 300);
        for (int i = 0; i < 8; i++) {
            b.series(LineChart.Series.of("第" + (i + 1) + "组数据系列", IntStream.range(0, 12).mapToDouble(m -> m).toArray()));
        }
        Document doc = SvgChecks.check(b.build()::toSvg);
        assertEquals(8, seriesPaths(doc).stream().map(p -> ((Element) p.getParentNode()).getAttribute("stroke")).distinct().count());
    }

    @Test
    void build_lengthMismatch_namesSeriesAndCounts() {
        var e = assertThrows(IllegalArgumentException.class, () -> LineChart.builder().categories(MONTHS_CN)
                .series(LineChart.Series.of("2024年", 1, 2, 3)).build());
        assertEquals("series \"2024年\" has 3 values but the chart has 12 categories", e.getMessage());
    }

    @Test
    void build_unknownHighlight_listsSeries() {
        var e = assertThrows(IllegalArgumentException.class, () -> LineChart.builder().categories(List.of("1月"))
                .series(LineChart.Series.of("2023年", 1)).highlight("2024年").build());
        assertEquals("highlighted series \"2024年\" is not among [2023年]", e.getMessage());
    }

    @Test
    void series_nonFiniteValue_rejectedWithAdvice() {
        var e = assertThrows(IllegalArgumentException.class, () -> LineChart.Series.of("甲", 1, Double.NaN));
        assertEquals("value 1 of series \"甲\" must be finite, got NaN; use an empty value for a gap", e.getMessage());
    }
}
