package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitysafety.core.jurisdiction.Level;
import org.junit.jupiter.api.Test;

/**
 * Whole sentences, reproducing the domain notes ({@code ../shared/domain.md}) and issue 5. The
 * counts behind approximate figures are made up within their ranges (640余 from 643, 50余万 from
 * 503,210, 40余万元 from 406,500, 1.8万余 from 18,342 with 18,085 concluded = 98.6%).
 */
final class SentencePhrasingTest {

    private static final Phrasing ZH = Phrasing.zh();
    private static final Phrasing ZH_ASCII = Phrasing.zh().withPunctuation(Punctuation.ASCII);
    private static final Phrasing EN = Phrasing.en();

    @Test
    void disputesResolved_issueAndDomain() {
        // issue 5, verbatim (ASCII commas)
        assertThat(ZH_ASCII.disputesResolved(45_225, 44_319)).isEqualTo("受理矛盾纠纷4.5万余宗,成功调解4.4万余宗,调解成功率98.0%");
        // the default: full-width commas
        assertThat(ZH.disputesResolved(45_225, 44_319)).isEqualTo("受理矛盾纠纷4.5万余宗，成功调解4.4万余宗，调解成功率98.0%");
        // domain.md: 受理矛盾纠纷45225宗,成功调解44319宗 (exact figures)
        assertThat(ZH_ASCII.withCounts(CountStyle.EXACT).disputesResolved(45_225, 44_319))
                .startsWith("受理矛盾纠纷45225宗,成功调解44319宗");
        assertThat(EN.disputesResolved(45_225, 44_319))
                .isEqualTo("received over 45,000 disputes and mediated over 44,000 successfully, a resolution rate of 98.0%");
        assertThat(EN.withCounts(CountStyle.EXACT).disputesResolved(45_225, 44_319))
                .isEqualTo("received 45,225 disputes and mediated 44,319 successfully, a resolution rate of 98.0%");
        assertThat(ZH.disputesResolved(0, 0)).isEqualTo("受理矛盾纠纷0宗");
        assertThat(EN.disputesResolved(0, 0)).isEqualTo("received no disputes");
    }

    @Test
    void disputesResolved_resolvedExceedsReceived_namesBoth() {
        assertThatThrownBy(() -> ZH.disputesResolved(4, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved (5) must not exceed received (4)");
    }

    @Test
    void disputesConcluded_domain() {
        // domain.md: 受理矛盾纠纷1.8万余起,调结率达98.6%
        assertThat(ZH_ASCII.disputesConcluded(18_342, 18_085, Measure.DISPUTES.withZh("起")))
                .isEqualTo("受理矛盾纠纷1.8万余起,调结率达98.6%");
        assertThat(ZH.disputesConcluded(18_342, 18_085)).isEqualTo("受理矛盾纠纷1.8万余宗，调结率达98.6%");
        assertThat(EN.disputesConcluded(18_342, 18_085))
                .isEqualTo("received over 18,000 disputes, with a conclusion rate of 98.6%");
    }

    @Test
    void zeroIncidentShare_domain() {
        // issue 5: 全市79.5%的村(社区)实现刑事案件零发案 (159 of 200 villages and communities)
        assertThat(ZH_ASCII.zeroIncidentShare(Level.CITY, 159, 200)).isEqualTo("全市79.5%的村(社区)实现刑事案件零发案");
        assertThat(ZH.zeroIncidentShare(Level.CITY, 159, 200)).isEqualTo("全市79.5%的村（社区）实现刑事案件零发案");
        assertThat(ZH.zeroIncidentShare(Level.DISTRICT, 1, 3)).isEqualTo("全区33.3%的村（社区）实现刑事案件零发案");
        assertThat(ZH.zeroIncidentShare(Level.TOWN, 3, 3)).isEqualTo("全镇100.0%的村（社区）实现刑事案件零发案");
        assertThat(ZH.zeroIncidentShare("县", 0, 3)).isEqualTo("全县0.0%的村（社区）实现刑事案件零发案");
        assertThat(EN.zeroIncidentShare(Level.CITY, 159, 200))
                .isEqualTo("79.5% of villages (communities) across the city had no criminal case");
        assertThatThrownBy(() -> ZH.zeroIncidentShare(Level.VILLAGE, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a zero-incident share is over the villages and communities below a unit; a village has none");
        assertThatThrownBy(() -> ZH.zeroIncidentShare(Level.CITY, 5, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zero-incident units (5) must be between 0 and the units (4)");
    }

    @Test
    void outreach_domain() {
        // domain.md: 开展巡回宣传活动640余场次,受教育群众达50余万人次
        assertThat(ZH_ASCII.outreach("巡回宣传活动", 643, 503_210)).isEqualTo("开展巡回宣传活动640余场次,受教育群众达50余万人次");
        assertThat(ZH.outreach(643, 503_210)).isEqualTo("开展宣传活动640余场次，受教育群众达50余万人次");
        assertThat(EN.outreach(643, 503_210)).isEqualTo("held over 640 outreach sessions, reaching over 500,000 person-times");
    }

    @Test
    void fraudsStopped_domain() {
        // domain.md: 及时劝阻50余起电信网络诈骗,避免群众财产损失40余万元
        assertThat(ZH_ASCII.fraudsStopped(52, 406_500)).isEqualTo("及时劝阻50余起电信网络诈骗,避免群众财产损失40余万元");
        assertThat(EN.fraudsStopped(52, 406_500))
                .isEqualTo("stopped over 50 telecom frauds in time, avoiding losses of over 400,000 yuan");
        assertThat(EN.fraudsStopped(1, 3_000)).isEqualTo("stopped 1 telecom fraud in time, avoiding losses of 3000 yuan"
                .replace("3000", "3,000"));
    }

    @Test
    void otherDomainFigures() {
        // domain.md: 直接覆盖群众360余万人; 排查整改各类安全隐患820余处; 人口近万人; 辖区群众认知率100%
        assertThat("直接覆盖群众" + ZH.count(3_612_345, Measure.PEOPLE)).isEqualTo("直接覆盖群众360余万人");
        assertThat("排查整改各类安全隐患" + ZH.count(826, Measure.HAZARDS)).isEqualTo("排查整改各类安全隐患820余处");
        assertThat("人口" + ZH.count(9_860, Measure.PEOPLE)).isEqualTo("人口近万人");
        assertThat("辖区群众认知率" + ZH.withDecimals(0).percent(9_860, 9_860)).isEqualTo("辖区群众认知率100%");
        // domain.md: 群众微信群覆盖辖区83%的人口
        assertThat(ZH.withDecimals(0).percent(8_184, 9_860)).isEqualTo("83%");
    }
}
