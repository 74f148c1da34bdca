package org.communitysafety.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.communitysafety.core.io.FileSummary;
import org.communitysafety.core.io.Problem;
import org.communitysafety.core.io.ReadReport;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.phrasing.Language;
import org.junit.jupiter.api.Test;

/**
 * What makes the report a bulletin: its head (issuer, document number, date of issue), the
 * methods appendix from the catalogue's metadata, and the data quality in words.
 */
class ReportBulletinTest {

    static final Report HEADED = Report.builder(Indicators.of(ReportTest.DATA)).period("2024")
            .issuer(" 后阴市公安局 ").documentNumber("后公〔2025〕3号").issuedOn(LocalDate.of(2025, 1, 15)).build();

    @Test
    void masthead_aboveTheTitle_dateBelowTheSubtitle_inEveryFormat() {
        Report.Masthead head = HEADED.masthead();
        assertThat(head.issuer()).contains("后阴市公安局");
        assertThat(head.issuedOn(Language.ZH)).contains("2025年1月15日");
        assertThat(head.issuedOn(Language.EN)).contains("15 January 2025");

        String md = HEADED.toMarkdown();
        assertThat(md).startsWith("**后阴市公安局**\n\n后公〔2025〕3号\n\n---\n\n# ");
        assertThat(md.indexOf("2025年1月15日")).isGreaterThan(md.indexOf(HEADED.subtitle()));
        String html = HEADED.toHtml();
        assertThat(html).contains("<header class=\"masthead\">\n<p class=\"issuer\">后阴市公安局</p>\n"
                + "<p class=\"docno\">后公〔2025〕3号</p>\n</header>\n<h1>");
        assertThat(html).contains("<p class=\"issued\">2025年1月15日</p>");
        assertThat(HEADED.toJson()).contains("\"issuer\" : \"后阴市公安局\"").contains("\"issuedOn\" : \"2025-01-15\"");

        Report plain = ReportTest.ZH;
        assertThat(plain.masthead().isEmpty()).isTrue();
        assertThat(plain.toHtml()).doesNotContain("masthead\">").doesNotContain("class=\"issued\"");
        assertThat(plain.toMarkdown()).startsWith("# ");
        assertThat(plain.toJson()).doesNotContain("\"issuer\"");
    }

    @Test
    void masthead_blankOrNull_refusedByName() {
        Report.Builder b = Report.builder(Indicators.of(ReportTest.DATA));
        assertThatThrownBy(() -> b.issuer(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the issuer must not be blank");
        assertThatThrownBy(() -> b.documentNumber(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("documentNumber");
        assertThatThrownBy(() -> b.issuedOn(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    @Test
    void methodsAppendix_everyIndicatorDefined_levelsAsComputed() {
        Report.Section zh = ReportTest.ZH.section("methods").orElseThrow();
        assertThat(ReportTest.ZH.sections().get(ReportTest.ZH.sections().size() - 1).id()).isEqualTo("methods");
        Report.Table definitions = zh.tables().get(0);
        assertThat(definitions.rows()).hasSize(Indicator.values().length);
        assertThat(definitions.rows().get(2)).containsExactly("破案率", Indicator.INCIDENTS_CLEARANCE_RATE.definitionZh(),
                "Wilson区间；变化用两比例检验，以百分点表示");
        assertThat(definitions.rows()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("损失金额（万元）"));
        // sentences align left, figures right
        assertThat(definitions.isProse()).isTrue();
        assertThat(ReportTest.ZH.section("incidents").orElseThrow().tables().get(0).isProse()).isFalse();
        assertThat(ReportTest.ZH.toHtml()).containsOnlyOnce("<table class=\"prose\">");
        assertThat(ReportTest.ZH.toMarkdown()).contains("| 指标 | 定义 | 置信区间与变化检验 |\n| --- | --- | --- |");
        assertThat(zh.paragraphs()).anySatisfy(p -> assertThat(p).startsWith("置信区间为95%"))
                .anySatisfy(p -> assertThat(p).contains("p < 0.05"))
                .anySatisfy(p -> assertThat(p).contains("PHEindicatormethods").contains("1.6"))
                .anySatisfy(p -> assertThat(p).endsWith("本报告未隐藏小数字。"));

        Report en = Report.builder(Indicators.of(ReportTest.DATA).confidence(0.9).alpha(0.01).suppressBelow(5))
                .period("2024").language(Language.EN).build();
        Report.Section methods = en.section("methods").orElseThrow();
        assertThat(methods.tables().get(0).rows().get(0).get(1)).isEqualTo(Indicator.INCIDENTS_COUNT.definitionEn());
        assertThat(methods.paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Intervals are 90% confidence"))
                .anySatisfy(p -> assertThat(p).contains("p < 0.01"))
                .anySatisfy(p -> assertThat(p).contains("counts from 1 to below 5"));
        assertThat(en.section("quality").orElseThrow().paragraphs())
                .anySatisfy(p -> assertThat(p).startsWith("Intervals are 90% confidence"));
        assertThat(en.section("incidents").orElseThrow().tables().get(0).notes())
                .anySatisfy(n -> assertThat(n).contains("(p < 0.01;"));
    }

    @Test
    void dataQuality_inWords_rejectionsByFile_villageFiguresOnSmallNumbers() {
        ReadReport read = new ReadReport(List.of(new FileSummary("incidents.csv", true, 1_000, 997, 3, 0),
                new FileSummary("disputes.csv", true, 200, 200, 0, 0)),
                List.of(Problem.error("incidents.csv", 12, "occurred_on", "9024-03-18", "a date after 2027-12-06")),
                List.of());
        Report zh = Report.builder(Indicators.of(ReportTest.DATA)).period("2024").readReport(read).build();
        List<String> quality = zh.section("quality").orElseThrow().paragraphs();
        assertThat(quality.get(0)).isEqualTo("读取数据1,200行，接受1,197行，拒收3行。");
        assertThat(quality.get(1)).isEqualTo("拒收的行：incidents.csv拒收3行（共1,000行）；逐行原因见 csi validate 的输出或拒收文件。");
        assertThat(quality).anySatisfy(p -> assertThat(p).matches(
                "村（社区）一级的[\\d,]+项指标值中，[\\d,]+项（\\d+\\.\\d%）基于不足10起（宗）的记录：.*"));

        ReadReport clean = new ReadReport(List.of(new FileSummary("incidents.csv", true, 10, 10, 0, 0)), List.of(),
                List.of());
        Report en = Report.builder(Indicators.of(ReportTest.DATA)).period("2024").readReport(clean)
                .language(Language.EN).build();
        assertThat(en.section("quality").orElseThrow().paragraphs().get(1))
                .isEqualTo("Every row passed validation: none was rejected.");
    }
}
