package org.communitysafety.indicators.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

final class FunnelPlotTest {
    private static final double P0 = 0.95;

    /** Normal-approximation limits around p0 = 0.95 at n = 10 … 5,000, as a caller would compute them. */
    private static List<FunnelPlot.LimitSample> limits(double z) {
        List<FunnelPlot.LimitSample> out = new ArrayList<>();
        for (double n = 10; n <= 5000; n *= 1.25) {
            double s = Math.sqrt(P0 * (1 - P0) / n);
            out.add(FunnelPlot.LimitSample.of(n, Math.max(0, P0 - z * s), Math.min(1, P0 + z * s)));
        }
        return out;
    }

    private static FunnelPlot.Builder villages() {
        FunnelPlot.Builder b = FunnelPlot.builder()
                .title("各村（社区）调解成功率")
                .xLabel("受理纠纷（宗）")
                .yLabel("调解成功率")
                .proportion()
                .target(P0)
                .limits95(limits(1.96))
                .limits998(limits(3.09));
        Random random = new Random(5L);
        for (int i = 0; i < 40; i++) {
            int n = 20 + random.nextInt(600);
            double p = Math.min(1, P0 + random.nextGaussian() * Math.sqrt(P0 * (1 - P0) / n));
            b.point(FunnelPlot.Point.of("村" + i, n, Math.round(p * n) / (double) n));
        }
        return b.point(FunnelPlot.Point.of("白兴区", 400, 0.80));   // 0.80 < 0.95 − 3.09 × 0.0109 = 0.916
    }

    private static List<Element> circles(Document doc, String fill) {
        return SvgChecks.elements(doc, "circle").stream()
                .filter(c -> fill.equals(((Element) c.getParentNode()).getAttribute("fill"))).toList();
    }

    @Test
    void toSvg_outlier_signalColourAndLabelled() {
        FunnelPlot plot = villages().build();
        Document doc = SvgChecks.check(plot::toSvg);
        List<Element> signals = circles(doc, Palette.SIGNAL);
        assertEquals(1, signals.size());
        assertTrue(signals.get(0).getTextContent().startsWith("白兴区: 80.0%"), signals.get(0).getTextContent());
        List<String> texts = SvgChecks.texts(doc);
        assertTrue(texts.contains("白兴区"), texts.toString());
        assertTrue(texts.containsAll(List.of("各村（社区）调解成功率", "受理纠纷（宗）", "调解成功率", "超出99.8%控制限")));
        assertFalse(texts.contains("村1"), "muted points are not labelled");
        assertEquals(40, circles(doc, Palette.MUTED).size());
    }

    @Test
    void toSvg_limits_dashed95AndSolid998() {
        Document doc = SvgChecks.parse(villages().build().toSvg());
        List<Element> limitPaths = SvgChecks.elements(doc, "path").stream()
                .filter(p -> Palette.INK.equals(p.getAttribute("stroke")) && "none".equals(p.getAttribute("fill"))
                        && p.getAttribute("d").contains("L"))
                .toList();
        // the axes are a path too: V and H, no L
        assertEquals(2, limitPaths.size());
        assertEquals("5 3", limitPaths.get(0).getAttribute("stroke-dasharray"));
        assertEquals("", limitPaths.get(1).getAttribute("stroke-dasharray"));
    }

    @Test
    void toSvg_proportion_percentTicks() {
        List<String> texts = SvgChecks.texts(SvgChecks.parse(villages().build().toSvg()));
        assertTrue(texts.stream().anyMatch(t -> t.matches("\\d+(\\.\\d)?%")), texts.toString());
        assertTrue(texts.contains("100%"), texts.toString());
    }

    @Test
    void toSvg_logX_decadeTicksAndSameSignals() {
        FunnelPlot plot = villages().logX(true).build();
        Document doc = SvgChecks.check(plot::toSvg);
        List<String> texts = SvgChecks.texts(doc);
        assertTrue(texts.containsAll(List.of("10", "100", "1,000")), texts.toString());
        assertEquals(1, circles(doc, Palette.SIGNAL).size());
    }

    @Test
    void isSignal_interpolatesLimitsAndHonoursMarks() {
        FunnelPlot plot = FunnelPlot.builder()
                .limits998(List.of(FunnelPlot.LimitSample.of(100, 0.5, 0.9), FunnelPlot.LimitSample.of(200, 0.6, 0.8)))
                .build();
        assertFalse(plot.isSignal(FunnelPlot.Point.of("a", 150, 0.56)));    // lower limit at 150 is 0.55
        assertTrue(plot.isSignal(FunnelPlot.Point.of("b", 150, 0.54)));
        assertTrue(plot.isSignal(FunnelPlot.Point.of("c", 1000, 0.81)));    // beyond the samples: the last one
        assertFalse(plot.isSignal(FunnelPlot.Point.of("d", 1000, 0.81).muted()));
        assertTrue(plot.isSignal(FunnelPlot.Point.of("e", 150, 0.7).signal()));
    }

    @Test
    void toSvg_betterSide_ownColourLabelAndLegend_notASignal() {
        FunnelPlot.Builder b = FunnelPlot.builder().title("Incidents per 10,000 residents")
                .legend("district-wide rate", "95% limits", "99.8% limits", "above 99.8%", "below 99.8%")
                .target(12)
                .limits998(List.of(FunnelPlot.LimitSample.of(1000, 2, 30), FunnelPlot.LimitSample.of(50000, 10, 14)))
                .point(FunnelPlot.Point.of("High", 40000, 25).signal())
                .point(FunnelPlot.Point.of("Low", 40000, 3).better())
                .point(FunnelPlot.Point.of("Usual", 3000, 15).muted());
        FunnelPlot plot = b.build();
        assertFalse(plot.isSignal(FunnelPlot.Point.of("Low", 40000, 3).better()), "the better side is not an alarm");
        Document doc = SvgChecks.check(plot::toSvg);
        assertEquals(1, circles(doc, Palette.SIGNAL).size());
        List<Element> better = circles(doc, Palette.BETTER);
        assertEquals(1, better.size());
        assertTrue(better.get(0).getTextContent().startsWith("Low: "), better.get(0).getTextContent());
        List<String> texts = SvgChecks.texts(doc);
        assertTrue(texts.containsAll(List.of("High", "Low", "district-wide rate", "above 99.8%", "below 99.8%")),
                texts.toString());
        assertFalse(texts.contains("Usual"), "muted points are not labelled");

        Document onlyHigh = SvgChecks.check(FunnelPlot.builder()
                .legend("district-wide rate", "95% limits", "99.8% limits", "above 99.8%", "below 99.8%").target(12)
                .point(FunnelPlot.Point.of("High", 40000, 25).signal()).build()::toSvg);
        assertTrue(SvgChecks.texts(onlyHigh).contains("above 99.8%"));
        assertFalse(SvgChecks.texts(onlyHigh).contains("below 99.8%"), "a legend entry shows only when drawn");
    }

    @Test
    void toSvg_rates_linearXAndEnglishLegend() {
        FunnelPlot plot = FunnelPlot.builder().title("Incidents per 10,000 residents")
                .xLabel("Residents").yLabel("Rate per 10,000")
                .legend("overall", "95% limits", "99.8% limits", "outside 99.8%")
                .target(12)
                .limits998(List.of(FunnelPlot.LimitSample.of(1000, 2, 30), FunnelPlot.LimitSample.of(50000, 10, 14)))
                .point(FunnelPlot.Point.of("North <\"A\"> & co", 40000, 25))
                .point(FunnelPlot.Point.of("South", 3000, 15))
                .build();
        Document doc = SvgChecks.check(plot::toSvg);
        List<String> texts = SvgChecks.texts(doc);
        assertTrue(texts.containsAll(List.of("North <\"A\"> & co", "overall", "99.8% limits", "outside 99.8%")), texts.toString());
        assertFalse(texts.contains("95% limits"), "no 95% limits given, none in the legend");
        assertTrue(plot.toSvg().contains("North &lt;&quot;A&quot;&gt; &amp; co"));
    }

    @Test
    void toSvg_noPoints_axesAndNoDataNote() {
        FunnelPlot plot = FunnelPlot.builder().limits95(limits(1.96)).target(0.95).proportion().build();
        assertTrue(SvgChecks.texts(SvgChecks.check(plot::toSvg)).contains("无数据"));
        FunnelPlot log = FunnelPlot.builder().logX(true).noDataNote("no data").build();
        assertTrue(SvgChecks.texts(SvgChecks.check(log::toSvg)).contains("no data"));
    }

    @Test
    void toSvg_singlePointAllZero_andNegative_doNotCrash() {
        SvgChecks.check(FunnelPlot.builder().point(FunnelPlot.Point.of("甲", 0, 0)).build()::toSvg);
        SvgChecks.check(FunnelPlot.builder().target(0).point(FunnelPlot.Point.of("甲", 10, 0))
                .point(FunnelPlot.Point.of("乙", 20, 0)).proportion().build()::toSvg);
        SvgChecks.check(FunnelPlot.builder().target(-1).point(FunnelPlot.Point.of("甲", -5, -3))
                .limits998(List.of(FunnelPlot.LimitSample.of(-10, -9, 9), FunnelPlot.LimitSample.of(10, -2, 2)))
                .build()::toSvg);
    }

    @Test
    void toSvg_limitSamplesAtZeroOnLogAxis_skipped() {
        FunnelPlot plot = FunnelPlot.builder().logX(true)
                .limits998(List.of(FunnelPlot.LimitSample.of(0, 0, 1), FunnelPlot.LimitSample.of(10, 0.2, 0.8),
                        FunnelPlot.LimitSample.of(100, 0.4, 0.6)))
                .point(FunnelPlot.Point.of("甲", 50, 0.5)).build();
        SvgChecks.check(plot::toSvg);
    }

    @Test
    void build_logXWithZeroDenominator_namesThePoint() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FunnelPlot.builder().logX(true).point(FunnelPlot.Point.of("白兴区", 0, 0.5)).build());
        assertEquals("a log x axis needs positive denominators, got 0.0 for \"白兴区\"", e.getMessage());
    }

    @Test
    void limitSample_lowerAboveUpper_rejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> FunnelPlot.LimitSample.of(10, 0.9, 0.1));
        assertEquals("a limit sample must be finite with lower <= upper, got (x 10.0, lower 0.9, upper 0.1)", e.getMessage());
    }
}
