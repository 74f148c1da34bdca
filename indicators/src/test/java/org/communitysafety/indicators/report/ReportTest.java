package org.communitysafety.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Ranking;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.phrasing.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The report: its sections and sentences agree with the indicators; its HTML is well-formed and self-contained. */
class ReportTest {

    static final ColumnarDataset DATA = ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard().withVillages(80)
            .withIncidents(12_000).withDisputes(4_000).withOutreach(1_000)).dataset());
    static final Report ZH = Report.builder(Indicators.of(DATA)).period("2024").build();
    static final Report EN = Report.builder(Indicators.of(DATA)).period("2024").language(Language.EN).build();

    @Test
    void hasEverySectionAndHeadlinesForTheRootUnit() {
        for (Report r : List.of(ZH, EN)) {
            assertThat(r.sections().stream().map(Report.Section::id))
                    .containsExactly("incidents", "disputes", "outreach", "children", "zero", "trends", "quality",
                            "methods");
            assertThat(r.headlines()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(r.unitCode()).isEqualTo(DATA.tree().unit(DATA.tree().roots()[0]).code());
            assertThat(r.section("trends").orElseThrow().figures()).hasSize(2);
            assertThat(r.section("children").orElseThrow().figures()).hasSize(2);
        }
        assertThat(ZH.title()).endsWith("2024年社区治安形势报告");
        assertThat(EN.title()).startsWith("Community safety in ").endsWith(", 2024");
    }

    /** Issue 14: every zero-incident village is listed, the ones past the list limit in an appendix. */
    @Test
    void zeroIncidentVillages_pastTheListLimit_areAllInAnAppendixAtTheEnd() {
        Report full = Report.builder(Indicators.of(DATA)).period("2024").build();
        Report.Table all = full.section("zero").orElseThrow().tables().get(0);
        assertThat(all.rows()).hasSizeGreaterThan(5);
        assertThat(full.section("zero-all")).isEmpty();   // all fit under the default limit
        Report cut = Report.builder(Indicators.of(DATA)).period("2024").listLimit(5).build();
        Report.Table listed = cut.section("zero").orElseThrow().tables().get(0);
        assertThat(listed.rows()).isEqualTo(all.rows().subList(0, 5));
        assertThat(listed.notes()).containsExactly("另有" + (all.rows().size() - 5) + "个，全部名单见附录。");
        // the appendices after the report proper: the villages, then the definitions and methods
        Report.Section appendix = cut.sections().get(cut.sections().size() - 2);
        assertThat(appendix.id()).isEqualTo("zero-all");
        assertThat(cut.sections().get(cut.sections().size() - 1).id()).isEqualTo("methods");
        assertThat(appendix.title()).isEqualTo("附录：刑事案件零发案村（社区）全部名单");
        assertThat(appendix.tables().get(0).rows()).isEqualTo(all.rows());
        assertThat(appendix.tables().get(0).notes()).isEmpty();
    }

    /** A city of a million villages: the appendix stops at its limit and says how to get the rest. */
    @Test
    void zeroIncidentAppendix_pastItsLimit_saysHowManyAreLeftOutAndWhereToFindThem() {
        Report.Table all = ZH.section("zero").orElseThrow().tables().get(0);
        int n = all.rows().size();
        Report cut = Report.builder(Indicators.of(DATA)).period("2024").listLimit(2).appendixLimit(4).build();
        Report.Table appendix = cut.section("zero-all").orElseThrow().tables().get(0);
        assertThat(appendix.rows()).isEqualTo(all.rows().subList(0, 4));
        assertThat(appendix.notes()).containsExactly("以上为前4个；另有" + (n - 4) + "个未列出，以免文件过长。全部名单可由明细行得到"
                + "（村级刑事案件发案数为0者）：csi report --format csv --level village --indicators incidents.count "
                + "--groups criminal。");
        assertThat(cut.section("zero").orElseThrow().tables().get(0).notes())
                .containsExactly("另有" + (n - 2) + "个，全部名单见附录。");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Report.builder(Indicators.of(DATA)).appendixLimit(-1))
                .hasMessage("the appendix limit must not be negative, got -1");
    }

    @Test
    void headlineFiguresAreTheIndicatorsFigures() {
        Results r = Indicators.of(DATA).period("2024").compareYearOnYear().groups("all", "criminal")
                .compute("disputes.count", "disputes.resolution_rate", "units.zero_incident_share");
        String root = ZH.unitCode();
        long received = (long) r.get("disputes.count", root, "all").value().orElseThrow();
        long resolved = r.get("disputes.resolution_rate", root, "all").numerator().orElseThrow();
        String rate = String.format(java.util.Locale.ROOT, "%.1f%%",
                new java.math.BigDecimal(resolved * 100).divide(new java.math.BigDecimal(received), 1,
                        java.math.RoundingMode.HALF_UP));
        assertThat(ZH.headlines()).anyMatch(h -> h.startsWith("受理矛盾纠纷") && h.contains("成功调解")
                && h.endsWith("调解成功率" + rate));
        var zero = r.get("units.zero_incident_share", root, "criminal");
        String share = new java.math.BigDecimal(zero.numerator().orElseThrow() * 100)
                .divide(new java.math.BigDecimal(zero.denominator().orElseThrow()), 1, java.math.RoundingMode.HALF_UP)
                + "%";
        assertThat(ZH.headlines()).anyMatch(h -> h.startsWith("全市" + share + "的村（社区）实现刑事案件零发案"));
    }

    @Test
    void theOutliersNamedAreTheRankingsOutliers() {
        Results r = Indicators.of(DATA).period("2024").compareYearOnYear().groups("criminal")
                .compute("incidents.rate_per_10k");
        Ranking ranking = Ranking.children(r, "incidents.rate_per_10k", ZH.unitCode(), "criminal", DATA.tree());
        String text = String.join("\n", ZH.section("children").orElseThrow().paragraphs());
        for (Ranking.Entry e : ranking.entries()) {
            boolean high = e.position() == Ranking.Position.ABOVE_998;
            assertThat(text.contains("明显偏高") && text.contains(e.row().unitName() + " (")).isEqualTo(
                    high || e.position() == Ranking.Position.BELOW_998);
        }
        assertThat(ZH.section("children").orElseThrow().tables().get(0).rows()).hasSize(ranking.entries().size());
    }

    @Test
    void htmlIsWellFormedAndSelfContained() throws Exception {
        for (Report r : List.of(ZH, EN)) {
            String html = r.toHtml();
            assertThat(html).startsWith("<!DOCTYPE html>\n");
            Document doc = parse(html.substring("<!DOCTYPE html>\n".length()));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
            assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(4);
            assertThat(doc.getElementsByTagName("table").getLength()).isGreaterThanOrEqualTo(6);
            // nothing fetched at view time: no script but the one inline sorter (no attributes, no
            // URL), no links, images, imports or remote URLs
            assertThat(html).doesNotContain("<script ", "<link", "<img", "@import", "src=", "href=", "@font-face");
            assertThat(html.split("<script>", -1).length - 1).isLessThanOrEqualTo(1);
            Matcher urls = Pattern.compile("https?://[^\"'\\s)]+").matcher(html);
            while (urls.find()) {
                assertThat(urls.group()).isEqualTo("http://www.w3.org/2000/svg");
            }
            Matcher css = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
            while (css.find()) {
                assertThat(css.group(1)).startsWith("#");
            }
        }
        assertThat(ZH.toHtml()).contains("lang=\"zh-CN\"").contains("Noto Sans CJK SC");
        assertThat(EN.toHtml()).contains("lang=\"en\"");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void markdownAndJsonCarryTheSameContent() throws Exception {
        String md = ZH.toMarkdown();
        assertThat(md).startsWith("# " + ZH.title());
        for (Report.Section s : ZH.sections()) {
            assertThat(md).contains("## " + s.title());
        }
        assertThat(md).contains("](data:image/svg+xml;base64,");
        // every table row has as many cells as its header
        for (String line : md.lines().filter(l -> l.startsWith("|")).toList()) {
            assertThat(line).endsWith("|");
        }
        JsonNode json = new ObjectMapper().readTree(ZH.toJson());
        assertThat(json.get("title").asText()).isEqualTo(ZH.title());
        assertThat(json.get("period").asText()).isEqualTo("2024");
        assertThat(json.get("headlines").size()).isEqualTo(ZH.headlines().size());
        assertThat(json.get("sections").size()).isEqualTo(ZH.sections().size());
        assertThat(json.get("sections").get(0).get("tables").get(0).get("rows").size()).isPositive();
    }

    @Test
    void aQuarterAddsPeriodOnPeriodColumnsAndASubunitReportRanksItsChildren() {
        String district = DATA.tree().unit(DATA.tree().children(DATA.tree().roots()[0])[0]).code();
        Report q = Report.builder(Indicators.of(DATA)).period("2024-Q3").unit(district).build();
        Report.Table key = q.section("incidents").orElseThrow().tables().get(0);
        assertThat(key.header()).containsExactly("指标", "2024年第三季度", "2023年第三季度", "同比", "2024年第二季度", "环比");
        assertThat(q.unitCode()).isEqualTo(district);
        assertThat(q.section("children").orElseThrow().tables().get(0).rows())
                .hasSize(DATA.tree().childCount(DATA.tree().indexOf(district)));
    }

    @Test
    void misuseIsRefused() {
        assertThatThrownBy(() -> Report.builder(Indicators.of(DATA)).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no period set");
        assertThatThrownBy(() -> Report.builder(Indicators.of(DATA)).unit("nowhere")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown unit 'nowhere'");
        assertThatThrownBy(() -> ReportFormat.parse("pdf")).hasMessageContaining("use html, md or json");
    }
}
