package org.communitysafety.indicators.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

final class BarChartTest {
    private static BarChart ranking() {
        return BarChart.builder()
                .title("各街道发案数排名")
                .valueLabel("发案数（起）")
                .bar(BarChart.Bar.of("南湖街道", 2400).signal())
                .bar(BarChart.Bar.of("白兴区", 187))
                .bar(BarChart.Bar.of("\"东风\" & <西岭>", 95))
                .bar(BarChart.Bar.of("零发案村", 0))
                .build();
    }

    private static List<Element> bars(Document doc) {
        return SvgChecks.elements(doc, "rect").stream().filter(r -> !"#ffffff".equals(r.getAttribute("fill"))).toList();
    }

    @Test
    void toSvg_ranking_labelsValuesAndSignalColour() {
        Document doc = SvgChecks.check(ranking()::toSvg);
        List<String> texts = SvgChecks.texts(doc);
        assertTrue(texts.containsAll(List.of("各街道发案数排名", "发案数（起）", "南湖街道", "白兴区", "\"东风\" & <西岭>",
                "2,400", "187", "95")), texts.toString());
        List<Element> bars = bars(doc);
        assertEquals(4, bars.size());
        assertEquals(Palette.SIGNAL, bars.get(0).getAttribute("fill"));
        assertEquals(Palette.PRIMARY, bars.get(1).getAttribute("fill"));
        assertEquals("0", bars.get(3).getAttribute("width"));
        assertTrue(Double.parseDouble(bars.get(0).getAttribute("width")) > Double.parseDouble(bars.get(1).getAttribute("width")));
        assertTrue(ranking().toSvg().contains("&quot;东风&quot; &amp; &lt;西岭&gt;"));
    }

    @Test
    void height_growsWithBars() {
        assertEquals(ranking().height(), Integer.parseInt(SvgChecks.parse(ranking().toSvg()).getDocumentElement().getAttribute("height")));
        BarChart.Builder many = BarChart.builder();
        for (int i = 0; i < 30; i++) {
            many.bar(BarChart.Bar.of("村" + i, i));
        }
        assertTrue(many.build().height() > ranking().height() + 26 * 20);
    }

    @Test
    void toSvg_allZeroSingleEmptyNegative_doNotCrash() {
        SvgChecks.check(BarChart.builder().bar(BarChart.Bar.of("甲", 0)).bar(BarChart.Bar.of("乙", 0)).build()::toSvg);
        SvgChecks.check(BarChart.builder().bar(BarChart.Bar.of("甲", 3)).build()::toSvg);
        Document empty = SvgChecks.check(BarChart.builder().title("空").build()::toSvg);
        assertTrue(SvgChecks.texts(empty).contains("无数据"));
        Document negative = SvgChecks.check(BarChart.builder().valueFormat(ValueFormat.percent(1))
                .bar(BarChart.Bar.of("甲", -0.393)).bar(BarChart.Bar.of("乙", 0.12)).build()::toSvg);
        assertTrue(SvgChecks.texts(negative).containsAll(List.of("-39.3%", "12.0%")));
    }

    @Test
    void toSvg_longLabel_cutAndKeptWholeInTooltip() {
        String name = "某某市某某区某某街道某某社区居民委员会第一网格";
        Document doc = SvgChecks.check(BarChart.builder().width(360).bar(BarChart.Bar.of(name, 5)).build()::toSvg);
        assertTrue(SvgChecks.texts(doc).stream().anyMatch(t -> t.endsWith("…")));
        assertTrue(SvgChecks.elements(doc, "title").stream().anyMatch(t -> t.getTextContent().equals(name + ": 5")));
    }

    @Test
    void bar_badColour_rejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> BarChart.Bar.of("甲", 1).withColour("red\" onload=\"x"));
        assertEquals("a colour must be #RRGGBB, got \"red\" onload=\"x\"", e.getMessage());
    }
}
