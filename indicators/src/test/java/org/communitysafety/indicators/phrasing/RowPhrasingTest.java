package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.Change;
import org.communitysafety.indicators.Flag;
import org.communitysafety.indicators.Group;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.IndicatorRow;
import org.junit.jupiter.api.Test;

/** Phrases of {@link IndicatorRow}s: the comparison, the exact figures and the significance come from the row. */
final class RowPhrasingTest {

    private static final Phrasing ZH = Phrasing.zh();
    private static final Phrasing EN = Phrasing.en();
    private static final Period Q3 = Period.parse("2024-Q3");

    static IndicatorRow row(Indicator indicator, Period period, Group group, OptionalDouble value, OptionalLong num,
            OptionalLong den, Optional<Change> change, Flag... flags) {
        return new IndicatorRow(indicator, "C", "全市", Level.CITY, period, group, value, num, den, Optional.empty(),
                change, Set.of(flags));
    }

    static IndicatorRow count(Indicator indicator, Period period, long current, Period baselinePeriod, long baseline,
            OptionalDouble p, boolean significant) {
        double percent = baseline == 0 ? Double.NaN : (current - baseline) * 100.0 / baseline;
        Change change = new Change(baselinePeriod, OptionalDouble.of(baseline), OptionalLong.of(baseline),
                OptionalLong.empty(), OptionalDouble.of(current - baseline),
                baseline == 0 ? OptionalDouble.empty() : OptionalDouble.of(percent), OptionalDouble.empty(), p,
                significant);
        return row(indicator, period, Group.group("theft"), OptionalDouble.of(current), OptionalLong.of(current),
                OptionalLong.empty(), Optional.of(change));
    }

    @Test
    void change_countRow_yearOnYear() {
        // domain.md: 农村地区盗窃类刑事案件发案数同比下降39.3% (150 → 91)
        IndicatorRow r = count(Indicator.INCIDENTS_COUNT, Q3, 91, Q3.yearEarlier(), 150, OptionalDouble.of(1e-4), true);
        assertThat(ZH.change(r)).contains("同比下降39.3%");
        assertThat(EN.change(r)).contains("down 39.3% on the same period last year");
        assertThat(ZH.withSignificance(SignificanceStyle.MARK).change(r)).contains("同比显著下降39.3%");
    }

    @Test
    void change_countRow_comparisonFromThePeriods() {
        assertThat(ZH.change(count(Indicator.INCIDENTS_COUNT, Q3, 112, Q3.previous(), 100, OptionalDouble.of(0.4),
                false))).contains("环比上升12.0%");
        assertThat(EN.change(count(Indicator.INCIDENTS_COUNT, Q3, 112, Q3.previous(), 100, OptionalDouble.of(0.4),
                false))).contains("up 12.0% on the previous quarter");
        assertThat(ZH.change(count(Indicator.INCIDENTS_COUNT, Q3, 112, Period.parse("2023-Q2"), 100,
                OptionalDouble.of(0.4), false))).contains("与2023年第二季度相比上升12.0%");
    }

    @Test
    void change_countRow_notSignificant_neverClaimed() {
        IndicatorRow r = count(Indicator.INCIDENTS_COUNT, Q3, 2, Q3.yearEarlier(), 4, OptionalDouble.of(0.69), false);
        assertThat(ZH.withSignificance(SignificanceStyle.MARK).change(r)).contains("同比下降50.0%（变化不显著）");
        assertThat(EN.withSignificance(SignificanceStyle.NOTE_IF_NOT_SIGNIFICANT).change(r))
                .contains("down 50.0% on the same period last year (not a significant change)");
        // a test without a p-value (no events, withheld) cannot vouch for the change either
        IndicatorRow noP = count(Indicator.INCIDENTS_COUNT, Q3, 2, Q3.yearEarlier(), 4, OptionalDouble.empty(), false);
        assertThat(ZH.withSignificance(SignificanceStyle.NOTE_IF_NOT_SIGNIFICANT).change(noP))
                .contains("同比下降50.0%（变化不显著）");
        // an indicator without a test (the backlog) is untested: no note
        IndicatorRow backlog = count(Indicator.DISPUTES_OLD_BACKLOG, Q3, 272, Q3.previous(), 1_000,
                OptionalDouble.empty(), false);
        assertThat(ZH.withSignificance(SignificanceStyle.NOTE_IF_NOT_SIGNIFICANT).change(backlog))
                .contains("环比下降72.8%"); // domain.md: 陈年纠纷存量环比下降72.8%
    }

    @Test
    void change_countRow_zeroBaseline_isNewWithTheMeasure() {
        IndicatorRow r = count(Indicator.INCIDENTS_COUNT, Q3, 3, Q3.yearEarlier(), 0, OptionalDouble.of(0.25), false);
        assertThat(ZH.change(r)).contains("同比新增3起");
        assertThat(EN.change(r)).contains("3 incidents, up from none in the same period last year");
        IndicatorRow disputes = count(Indicator.DISPUTES_COUNT, Q3, 0, Q3.yearEarlier(), 0, OptionalDouble.empty(), false);
        assertThat(ZH.change(disputes)).contains("与去年同期持平");
    }

    @Test
    void change_ratioRow_usesTheExactCounts() {
        // incidents per 10,000: 91 of 25,000 residents against 150 of 24,000 — (91·24000 − 150·25000)/(150·25000)
        // = −41.76%; the values alone (36.4 and 62.5 per 10,000) would give −41.76% too, but the counts decide
        Change c = new Change(Q3.yearEarlier(), OptionalDouble.of(62.5), OptionalLong.of(150), OptionalLong.of(24_000),
                OptionalDouble.of(-26.1), OptionalDouble.of(-41.76), OptionalDouble.empty(), OptionalDouble.of(0.001), true);
        IndicatorRow r = row(Indicator.INCIDENTS_RATE_PER_10K, Q3, Group.ALL, OptionalDouble.of(36.4),
                OptionalLong.of(91), OptionalLong.of(25_000), Optional.of(c));
        assertThat(ZH.change(r)).contains("同比下降41.8%");
        assertThatThrownBy(() -> ZH.pointsChange(r))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a change in percentage points needs a proportion; incidents.rate_per_10k is in PER_10K");
    }

    @Test
    void pointsChange_proportionRow() {
        // issue brief: 上升0.6个百分点 — the conclusion rate 18,085 of 18,342 (98.599%) against 980 of 1,000 (98.0%)
        Change c = new Change(Q3.yearEarlier(), OptionalDouble.of(0.98), OptionalLong.of(980), OptionalLong.of(1_000),
                OptionalDouble.of(0.006), OptionalDouble.of(0.61), OptionalDouble.of(0.599), OptionalDouble.of(0.2), false);
        IndicatorRow r = row(Indicator.DISPUTES_CONCLUSION_RATE, Q3, Group.ALL, OptionalDouble.of(18_085 / 18_342.0),
                OptionalLong.of(18_085), OptionalLong.of(18_342), Optional.of(c));
        assertThat(ZH.pointsChange(r)).contains("同比上升0.6个百分点");
        assertThat(EN.pointsChange(r)).contains("up 0.6 percentage points on the same period last year");
        // a report states a rate's change in points: change(row) does, relativeChange(row) is there for the rest
        assertThat(ZH.change(r)).isEqualTo(ZH.pointsChange(r));
        assertThat(EN.change(r)).isEqualTo(EN.pointsChange(r));
        assertThat(ZH.relativeChange(r)).contains("同比上升0.6%");
    }

    @Test
    void change_yuanRow_usesTheDecimalValues() {
        // amounts have no numerator; 100.50 yuan → 120.60 yuan is exactly +20.0%
        Change c = new Change(Q3.yearEarlier(), OptionalDouble.of(100.5), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.of(20.1), OptionalDouble.of(20.0), OptionalDouble.empty(), OptionalDouble.empty(), false);
        IndicatorRow r = row(Indicator.INCIDENTS_LOSS, Q3, Group.ALL, OptionalDouble.of(120.6), OptionalLong.empty(),
                OptionalLong.empty(), Optional.of(c));
        assertThat(ZH.withSignificance(SignificanceStyle.NOTE_IF_NOT_SIGNIFICANT).change(r)).contains("同比上升20.0%");
    }

    /** Issue 14: a duration's change in days, never a percentage (from a median of 0 it would be infinite). */
    @Test
    void change_daysRow_isTheDifferenceInDays() {
        Change fromZero = new Change(Q3.yearEarlier(), OptionalDouble.of(0.0), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.of(1.0), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), false);
        IndicatorRow up = row(Indicator.INCIDENTS_MEDIAN_DAYS_TO_CLEAR, Q3, Group.ALL, OptionalDouble.of(1.0),
                OptionalLong.empty(), OptionalLong.empty(), Optional.of(fromZero));
        assertThat(ZH.change(up)).hasValue("同比上升1.0天");
        assertThat(EN.change(up)).hasValue("up 1.0 days on the same period last year");
        Change longer = new Change(Q3.yearEarlier(), OptionalDouble.of(3.5), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.of(-2.5), OptionalDouble.of(-71.4), OptionalDouble.empty(), OptionalDouble.empty(), false);
        IndicatorRow down = row(Indicator.DISPUTES_MEDIAN_DAYS_TO_CLOSE, Q3, Group.ALL, OptionalDouble.of(1.0),
                OptionalLong.empty(), OptionalLong.empty(), Optional.of(longer));
        assertThat(ZH.change(down)).hasValue("同比下降2.5天");
        Change same = new Change(Q3.yearEarlier(), OptionalDouble.of(2.0), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.of(0.0), OptionalDouble.of(0.0), OptionalDouble.empty(), OptionalDouble.empty(), false);
        IndicatorRow flat = row(Indicator.INCIDENTS_MEDIAN_DAYS_TO_CLEAR, Q3, Group.ALL, OptionalDouble.of(2.0),
                OptionalLong.empty(), OptionalLong.empty(), Optional.of(same));
        assertThat(ZH.change(flat)).hasValue("与去年同期持平");
    }

    @Test
    void change_withoutChangeOrWithheld_isEmpty() {
        IndicatorRow none = row(Indicator.INCIDENTS_COUNT, Q3, Group.ALL, OptionalDouble.of(5), OptionalLong.of(5),
                OptionalLong.empty(), Optional.empty());
        assertThat(ZH.change(none)).isEmpty();
        IndicatorRow r = count(Indicator.INCIDENTS_COUNT, Q3, 3, Q3.yearEarlier(), 5, OptionalDouble.of(0.7), false);
        IndicatorRow suppressed = new IndicatorRow(r.indicator(), r.unit(), r.unitName(), r.level(), r.period(),
                r.group(), r.value(), r.numerator(), r.denominator(), r.interval(), r.change(), Set.of(Flag.SUPPRESSED));
        assertThat(ZH.change(suppressed)).isEmpty();
        Change undefined = new Change(Q3.yearEarlier(), OptionalDouble.empty(), OptionalLong.of(0), OptionalLong.of(0),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), false);
        IndicatorRow rate = row(Indicator.DISPUTES_RESOLUTION_RATE, Q3, Group.ALL, OptionalDouble.of(0.5),
                OptionalLong.of(1), OptionalLong.of(2), Optional.of(undefined), Flag.BASELINE_UNDEFINED);
        assertThat(ZH.change(rate)).isEmpty();
    }

    @Test
    void zeroIncidentShare_fromARow() {
        // domain.md: 全市79.5%的社区、村居实现刑事案件"零发案"; 62 of 78 villages = 79.49%
        IndicatorRow r = row(Indicator.UNITS_ZERO_INCIDENT_SHARE, Period.ofYear(2024), Group.group("criminal"),
                OptionalDouble.of(62 / 78.0), OptionalLong.of(62), OptionalLong.of(78), Optional.empty());
        assertThat(ZH.withPunctuation(Punctuation.ASCII).zeroIncidentShare(r)).contains("全市79.5%的村(社区)实现刑事案件零发案");
        IndicatorRow other = row(Indicator.UNITS_ZERO_INCIDENT_SHARE, Period.ofYear(2024), Group.ALL,
                OptionalDouble.of(0.5), OptionalLong.of(1), OptionalLong.of(2), Optional.empty());
        assertThatThrownBy(() -> ZH.zeroIncidentShare(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the zero-incident sentence speaks of criminal cases; the row is of the group all");

        // a village's own row (a share of 1 village: itself) has no villages below it to speak of
        IndicatorRow village = new IndicatorRow(r.indicator(), "330102001001", "庆晖社区",
                org.communitysafety.core.jurisdiction.Level.VILLAGE, r.period(), r.group(), OptionalDouble.of(1),
                OptionalLong.of(1), OptionalLong.of(1), r.interval(), r.change(), r.flags());
        assertThat(ZH.zeroIncidentShare(village)).isEmpty();
        assertThat(EN.zeroIncidentShare(village)).isEmpty();
        assertThat(ZH.scope(org.communitysafety.core.jurisdiction.Level.DISTRICT, "永州县")).isEqualTo("县");
        assertThat(EN.scope(org.communitysafety.core.jurisdiction.Level.DISTRICT, "白兴区")).isEqualTo("district");
    }

    static IndicatorRow plain(Indicator indicator, double value, OptionalLong num, OptionalLong den, Flag... flags) {
        return row(indicator, Q3, Group.ALL, OptionalDouble.of(value), num, den, Optional.empty(), flags);
    }

    @Test
    void value_byUnit() {
        // domain.md: 受理矛盾纠纷45225宗 / 4.5万余; 调解成功率98.0%; 避免群众财产损失40余万元
        assertThat(ZH.value(plain(Indicator.DISPUTES_COUNT, 45_225, OptionalLong.of(45_225), OptionalLong.empty())))
                .contains("4.5万余宗");
        assertThat(ZH.withCounts(CountStyle.EXACT).value(plain(Indicator.DISPUTES_COUNT, 45_225,
                OptionalLong.of(45_225), OptionalLong.empty()))).contains("45225宗");
        assertThat(EN.value(plain(Indicator.OUTREACH_AUDIENCE, 503_210, OptionalLong.of(503_210), OptionalLong.empty())))
                .contains("over 500,000 person-times");
        assertThat(ZH.value(plain(Indicator.DISPUTES_RESOLUTION_RATE, 44_319 / 45_225.0, OptionalLong.of(44_319),
                OptionalLong.of(45_225)))).contains("98.0%");
        // without the counts the proportion is read as written
        assertThat(ZH.value(plain(Indicator.DISPUTES_RESOLUTION_RATE, 0.98, OptionalLong.empty(), OptionalLong.empty())))
                .contains("98.0%");
        assertThat(ZH.value(plain(Indicator.INCIDENTS_RATE_PER_10K, 36.4, OptionalLong.of(91), OptionalLong.of(25_000))))
                .contains("每万人36.4起");
        assertThat(EN.value(plain(Indicator.INCIDENTS_RATE_PER_10K, 36.4, OptionalLong.of(91), OptionalLong.of(25_000))))
                .contains("36.4 per 10,000 residents");
        assertThat(ZH.value(plain(Indicator.OUTREACH_AUDIENCE_PER_CAPITA, 1.25, OptionalLong.of(5), OptionalLong.of(4))))
                .contains("人均1.3人次");
        assertThat(ZH.value(plain(Indicator.DISPUTES_MEDIAN_DAYS_TO_CLOSE, 12.5, OptionalLong.empty(), OptionalLong.empty())))
                .contains("12.5天");
        assertThat(EN.value(plain(Indicator.INCIDENTS_MEDIAN_DAYS_TO_CLEAR, 1.0, OptionalLong.empty(), OptionalLong.empty())))
                .contains("1 day");
        assertThat(ZH.value(plain(Indicator.OUTREACH_LOSS_AVOIDED, 406_500.5, OptionalLong.empty(), OptionalLong.empty())))
                .contains("40余万元");
        Phrasing exact = ZH.withCounts(CountStyle.EXACT);
        assertThat(exact.value(plain(Indicator.INCIDENTS_LOSS, 100.5, OptionalLong.empty(), OptionalLong.empty())))
                .contains("100.50元");
        assertThat(exact.value(plain(Indicator.INCIDENTS_LOSS, 406_500, OptionalLong.empty(), OptionalLong.empty())))
                .contains("406500元");
        assertThat(EN.withCounts(CountStyle.EXACT).value(plain(Indicator.INCIDENTS_LOSS, 406_500.5, OptionalLong.empty(),
                OptionalLong.empty()))).contains("406,500.50 yuan");
        assertThat(ZH.value(plain(Indicator.INCIDENTS_COUNT, 3, OptionalLong.of(3), OptionalLong.empty(), Flag.SUPPRESSED)))
                .isEmpty();
        assertThat(ZH.value(row(Indicator.DISPUTES_RESOLUTION_RATE, Q3, Group.ALL, OptionalDouble.empty(),
                OptionalLong.of(0), OptionalLong.of(0), Optional.empty(), Flag.ZERO_DENOMINATOR))).isEmpty();
    }

    @Test
    void measure_withZh_andBlankWords() {
        assertThat(Measure.DISPUTES.withZh("起").zh()).isEqualTo("起");
        assertThat(Measure.DISPUTES.withZh("起").enPlural()).isEqualTo("disputes");
        assertThatThrownBy(() -> Measure.of(" ", "x", "xs"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("zh must not be blank");
    }

    @Test
    void measure_everyIndicatorMapped() {
        assertThat(Measure.of(Indicator.INCIDENTS_COUNT)).contains(Measure.INCIDENTS);
        assertThat(Measure.of(Indicator.DISPUTES_COUNT)).contains(Measure.DISPUTES);
        assertThat(Measure.of(Indicator.OUTREACH_SESSIONS)).contains(Measure.SESSIONS);
        assertThat(Measure.of(Indicator.OUTREACH_AUDIENCE)).contains(Measure.PERSON_TIMES);
        assertThat(Measure.of(Indicator.OUTREACH_HOUSEHOLDS)).contains(Measure.HOUSEHOLDS);
        assertThat(Measure.of(Indicator.OUTREACH_LOSS_AVOIDED)).contains(Measure.YUAN);
        assertThat(Measure.of(Indicator.DISPUTES_RESOLUTION_RATE)).isEmpty();
        for (Indicator i : Indicator.values()) {
            assertThat(Measure.of(i).isPresent()).as(i.id()).isEqualTo(!i.isRatio());
        }
    }
}
