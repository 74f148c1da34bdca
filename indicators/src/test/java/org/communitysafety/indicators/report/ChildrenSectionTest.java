package org.communitysafety.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.phrasing.Language;
import org.junit.jupiter.api.Test;

/**
 * The children's comparison as a bulletin shows it: p-values to three decimals or {@code <0.001},
 * the centre line named for the unit as a whole (全市 / "city-wide", 全区 / "district-wide"), and the
 * captions naming the colours drawn.
 */
class ChildrenSectionTest {

    @Test
    void pValues_threeDecimals_orBelowOneThousandth() {
        assertThat(ChildrenSection.pValue(0.5)).isEqualTo("0.500");
        assertThat(ChildrenSection.pValue(0.04999)).isEqualTo("0.050");
        assertThat(ChildrenSection.pValue(0.001)).isEqualTo("0.001");
        assertThat(ChildrenSection.pValue(0.000999)).isEqualTo("<0.001");
        assertThat(ChildrenSection.pValue(1e-12)).isEqualTo("<0.001");
        assertThat(ChildrenSection.pValue(1)).isEqualTo("1.000");
    }

    @Test
    void centreLine_namedForTheUnitAsAWhole() {
        Report zh = ReportTest.ZH;
        Report.Section children = zh.sections().stream().filter(s -> s.id().equals("children")).findFirst()
                .orElseThrow();
        var tree = ReportTest.DATA.tree();
        String city = tree.unit(tree.roots()[0]).name();
        assertThat(city).endsWith("市");
        assertThat(children.paragraphs().get(0)).contains("（全市");
        assertThat(children.figures().get(children.figures().size() - 1).caption()).contains("横线：全市发案率");
        assertThat(children.figures().get(children.figures().size() - 1).svg()).contains("全市发案率")
                .doesNotContain("目标值");

        String district = tree.unit(tree.children(tree.roots()[0])[0]).code();
        Report en = Report.builder(Indicators.of(ReportTest.DATA)).period("2024").unit(district)
                .language(Language.EN).build();
        Report.Section c = en.sections().stream().filter(s -> s.id().equals("children")).findFirst().orElseThrow();
        assertThat(c.paragraphs().get(0)).contains("(district-wide ");
        assertThat(c.figures().get(c.figures().size() - 1).caption()).contains("the district-wide rate");
    }

    @Test
    void captions_nameTheColoursDrawn() {
        for (Report r : new Report[] {ReportTest.ZH, ReportTest.EN}) {
            Report.Section children = r.sections().stream().filter(s -> s.id().equals("children")).findFirst()
                    .orElseThrow();
            Report.Figure bars = children.figures().get(0);
            boolean vermilion = bars.svg().contains("#D55E00");
            boolean green = bars.svg().contains("#009E73");
            assertThat(bars.caption().contains("朱红色") || bars.caption().contains("Vermilion")).isEqualTo(vermilion);
            assertThat(bars.caption().contains("蓝绿色") || bars.caption().contains("Bluish green")).isEqualTo(green);
            assertThat(bars.caption()).isNotEmpty();
        }
    }

    @Test
    void signedPercent_minusSignPlusOrNone() {
        assertThat(ChildrenSection.signedPercent(-16.04)).isEqualTo("-16.0%");
        assertThat(ChildrenSection.signedPercent(2.35)).isEqualTo("+2.4%");
        assertThat(ChildrenSection.signedPercent(-0.04)).isEqualTo("0.0%");
        assertThat(ChildrenSection.signedPercent(0)).isEqualTo("0.0%");
    }

    @Test
    void sideBySide_everyChildByCode_sortableInHtmlOnly() {
        var tree = ReportTest.DATA.tree();
        int root = tree.roots()[0];
        Report.Section children = ReportTest.ZH.sections().stream().filter(s -> s.id().equals("children"))
                .findFirst().orElseThrow();
        Report.Table side = children.tables().get(0);
        assertThat(side.sortable()).isTrue();
        assertThat(children.tables().get(1).sortable()).isFalse();
        assertThat(side.header()).containsExactly("单位", "刑事案件", "同比", "刑事案件万人发案率", "刑事案件破案率", "调解成功率",
                "零发案村占比");
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int c : tree.children(root)) {
            codes.add(tree.unit(c).code());
        }
        codes.sort(null);
        codes.forEach(c -> names.add(tree.unit(tree.indexOf(c)).name()));
        assertThat(side.rows().stream().map(r -> r.get(0)).toList()).isEqualTo(names);
        String first = codes.get(0);
        var count = Indicators.of(ReportTest.DATA).period("2024").compareYearOnYear()
                .compute(org.communitysafety.indicators.Indicator.INCIDENTS_COUNT)
                .find("incidents.count", first, "criminal").orElseThrow();
        assertThat(side.rows().get(0).get(1)).isEqualTo(String.format(java.util.Locale.ROOT, "%,d",
                (long) count.value().getAsDouble()));

        String html = ReportTest.ZH.toHtml();
        assertThat(html).containsOnlyOnce("<table class=\"sortable\">").containsOnlyOnce("<script>");
        String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
        assertThat(script).doesNotContain("<").doesNotContain("&").doesNotContain("http");
        assertThat(ReportTest.ZH.toMarkdown()).doesNotContain("<script");

        String village = tree.unit(tree.subtree(root).filter(u -> tree.childCount(u) == 0).findFirst().getAsInt())
                .code();
        Report leaf = Report.builder(Indicators.of(ReportTest.DATA)).period("2024").unit(village).build();
        assertThat(leaf.toHtml()).doesNotContain("<script").doesNotContain("sortable\"");
    }
}
