package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.period.PeriodKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changes from raw counts. The phrases are those of the domain notes ({@code ../shared/domain.md}:
 * 同比下降39.3%, 环比下降36.7%, 环比下降72.8%, 同比下降45%, 同比下降52.4%) and of issue 5 (环比上升12.0%,
 * 与去年同期持平, 同比新增, "down 39.3% on the same period last year", "up 12.0% on the previous
 * quarter", 变化不显著). The counts behind them are made up to give those percentages.
 */
final class ChangePhrasingTest {

    private static final Phrasing ZH = Phrasing.zh();
    private static final Phrasing EN = Phrasing.en();
    private static final Comparison YOY = Comparison.yearOnYear();

    @Test
    void change_domainExamples() {
        // domain.md: 农村地区盗窃类刑事案件发案数同比下降39.3% (150 → 91 is −39.333…%)
        assertThat(ZH.change(91, 150, YOY)).isEqualTo("同比下降39.3%");
        assertThat(EN.change(91, 150, YOY)).isEqualTo("down 39.3% on the same period last year");
        // domain.md: 陈年纠纷存量环比下降72.8% (1,000 → 272)
        assertThat(ZH.change(272, 1_000, Comparison.periodOnPeriod(PeriodKind.MONTH))).isEqualTo("环比下降72.8%");
        // domain.md: 今年1-9月份违法犯罪警情同比下降52.4% (1,000 → 476)
        assertThat(ZH.change(476, 1_000, YOY)).isEqualTo("同比下降52.4%");
        // domain.md: 盗窃电动车和自行车违法犯罪警情同比下降45% (no decimals; 200 → 110)
        assertThat(ZH.withDecimals(0).change(110, 200, YOY)).isEqualTo("同比下降45%");
    }

    @Test
    void change_issueExamples() {
        // issue 5: 环比上升12.0%, "up 12.0% on the previous quarter"
        Comparison quarter = Comparison.periodOnPeriod(PeriodKind.QUARTER);
        assertThat(ZH.change(1_120, 1_000, quarter)).isEqualTo("环比上升12.0%");
        assertThat(EN.change(1_120, 1_000, quarter)).isEqualTo("up 12.0% on the previous quarter");
        // issue 5: 与去年同期持平 for no change
        assertThat(ZH.change(57, 57, YOY)).isEqualTo("与去年同期持平");
        assertThat(EN.change(57, 57, YOY)).isEqualTo("unchanged on the same period last year");
        // issue 5: 同比新增 when the baseline is zero
        assertThat(ZH.change(3, 0, YOY, Measure.INCIDENTS)).isEqualTo("同比新增3起");
        assertThat(ZH.change(3, 0, YOY)).isEqualTo("同比新增3");
        assertThat(EN.change(3, 0, YOY, Measure.INCIDENTS))
                .isEqualTo("3 incidents, up from none in the same period last year");
    }

    @Test
    void change_fromExactCounts_120to73_is39point2() {
        // −39.1666…% rounds to 39.2, not 39.1 (truncation) nor 39.3 (a rounded proportion)
        assertThat(ZH.change(73, 120, YOY)).isEqualTo("同比下降39.2%");
    }

    @ParameterizedTest(name = "{0} -> {1}: half up {2}, half even {3}")
    @CsvSource({
        "1000, 1125, 同比上升13%, 同比上升12%",   // +12.5%
        "1000, 875,  同比下降13%, 同比下降12%",   // −12.5%: half up is away from zero, not Math.round's −12
        "1000, 1135, 同比上升14%, 同比上升14%",   // +13.5%: both even and up give 14
        "1000, 865,  同比下降14%, 同比下降14%",
    })
    void change_halfWay_roundingModes(long baseline, long current, String halfUp, String halfEven) {
        Phrasing zero = ZH.withDecimals(0);
        assertThat(zero.change(current, baseline, YOY)).isEqualTo(halfUp);
        assertThat(zero.withRounding(RoundingMode.HALF_EVEN).change(current, baseline, YOY)).isEqualTo(halfEven);
    }

    @Test
    void change_halfWay_atOneDecimal() {
        // 16 → 17 is +6.25%: 6.3 half up, 6.2 half even
        assertThat(ZH.change(17, 16, YOY)).isEqualTo("同比上升6.3%");
        assertThat(ZH.withRounding(RoundingMode.HALF_EVEN).change(17, 16, YOY)).isEqualTo("同比上升6.2%");
        assertThat(ZH.withRounding(RoundingMode.HALF_EVEN).change(15, 16, YOY)).isEqualTo("同比下降6.2%");
    }

    @Test
    void change_roundsToZero_isRoughlyFlat() {
        // +0.01% is neither "上升0.0%" nor an exact 持平
        assertThat(ZH.change(10_001, 10_000, YOY)).isEqualTo("与去年同期基本持平");
        assertThat(ZH.change(9_999, 10_000, YOY)).isEqualTo("与去年同期基本持平");
        assertThat(EN.change(10_001, 10_000, YOY)).isEqualTo("roughly unchanged on the same period last year");
        // with more decimals it is a change again
        assertThat(ZH.withDecimals(2).change(10_001, 10_000, YOY)).isEqualTo("同比上升0.01%");
    }

    @Test
    void change_bothZero_isFlat_andFallToZero_is100() {
        assertThat(ZH.change(0, 0, YOY)).isEqualTo("与去年同期持平");
        assertThat(ZH.change(0, 2, YOY)).isEqualTo("同比下降100.0%");
        assertThat(ZH.change(6, 2, YOY)).isEqualTo("同比上升200.0%");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
        "MONTH,   环比下降10.0%, 与上月持平,   down 10.0% on the previous month,   unchanged on the previous month",
        "QUARTER, 环比下降10.0%, 与上季度持平, down 10.0% on the previous quarter, unchanged on the previous quarter",
        "YEAR,    环比下降10.0%, 与上年持平,   down 10.0% on the previous year,    unchanged on the previous year",
        "WEEK,    环比下降10.0%, 与上周持平,   down 10.0% on the previous week,    unchanged on the previous week",
        "RANGE,   环比下降10.0%, 与上期持平,   down 10.0% on the previous period,  unchanged on the previous period",
    })
    void change_periodOnPeriod_wordsByKind(PeriodKind kind, String zhDown, String zhFlat, String enDown,
            String enFlat) {
        Comparison c = Comparison.periodOnPeriod(kind);
        assertThat(ZH.change(90, 100, c)).isEqualTo(zhDown);
        assertThat(ZH.change(100, 100, c)).isEqualTo(zhFlat);
        assertThat(EN.change(90, 100, c)).isEqualTo(enDown);
        assertThat(EN.change(100, 100, c)).isEqualTo(enFlat);
    }

    @Test
    void change_againstANamedPeriod() {
        Comparison c = Comparison.against(Period.parse("2023-Q3"));
        assertThat(ZH.change(90, 100, c)).isEqualTo("与2023年第三季度相比下降10.0%");
        assertThat(ZH.change(100, 100, c)).isEqualTo("与2023年第三季度持平");
        assertThat(ZH.change(4, 0, c, Measure.DISPUTES)).isEqualTo("与2023年第三季度相比新增4宗");
        assertThat(EN.change(90, 100, c)).isEqualTo("down 10.0% compared with Q3 2023");
        assertThat(EN.change(4, 0, c, Measure.DISPUTES)).isEqualTo("4 disputes, up from none in Q3 2023");
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} against {4}, {5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # PLAIN never says anything about significance
            ZH | PLAIN                   | FULL_WIDTH | 91 | 150 | SIGNIFICANT     | 同比下降39.3%
            ZH | PLAIN                   | FULL_WIDTH | 91 | 150 | NOT_SIGNIFICANT | 同比下降39.3%
            # issue 5: "a phrasing that says 'not a significant change' (变化不显著) when asked"
            ZH | NOTE_IF_NOT_SIGNIFICANT | FULL_WIDTH | 91 | 150 | NOT_SIGNIFICANT | 同比下降39.3%（变化不显著）
            ZH | NOTE_IF_NOT_SIGNIFICANT | ASCII      | 91 | 150 | NOT_SIGNIFICANT | 同比下降39.3%(变化不显著)
            ZH | NOTE_IF_NOT_SIGNIFICANT | FULL_WIDTH | 91 | 150 | SIGNIFICANT     | 同比下降39.3%
            ZH | NOTE_IF_NOT_SIGNIFICANT | FULL_WIDTH | 91 | 150 | UNTESTED        | 同比下降39.3%
            EN | NOTE_IF_NOT_SIGNIFICANT | FULL_WIDTH | 91 | 150 | NOT_SIGNIFICANT | down 39.3% on the same period last year (not a significant change)
            # MARK says 显著 only when the test found a change
            ZH | MARK                    | FULL_WIDTH | 91 | 150 | SIGNIFICANT     | 同比显著下降39.3%
            ZH | MARK                    | FULL_WIDTH | 91 | 150 | NOT_SIGNIFICANT | 同比下降39.3%（变化不显著）
            ZH | MARK                    | FULL_WIDTH | 91 | 150 | UNTESTED        | 同比下降39.3%
            EN | MARK                    | FULL_WIDTH | 91 | 150 | SIGNIFICANT     | down 39.3% on the same period last year, a significant change
            # a flat change carries no note; a change from zero carries the note but never the mark
            ZH | MARK                    | FULL_WIDTH |  5 |   5 | NOT_SIGNIFICANT | 与去年同期持平
            ZH | MARK                    | FULL_WIDTH |  3 |   0 | NOT_SIGNIFICANT | 同比新增3起（变化不显著）
            ZH | MARK                    | FULL_WIDTH | 30 |   0 | SIGNIFICANT     | 同比新增30起
            """)
    void change_significanceStyles(Language language, SignificanceStyle style, Punctuation punctuation, long current,
            long baseline, Significance significance, String expected) {
        Phrasing p = Phrasing.of(language).withSignificance(style).withPunctuation(punctuation);
        assertThat(p.change(current, baseline, YOY, Measure.INCIDENTS, significance)).isEqualTo(expected);
    }

    @Test
    void significance_fromPValue() {
        assertThat(Significance.of(0.049, 0.05)).isEqualTo(Significance.SIGNIFICANT);
        assertThat(Significance.of(0.05, 0.05)).isEqualTo(Significance.NOT_SIGNIFICANT);
        assertThatThrownBy(() -> Significance.of(1.5, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a p-value must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> Significance.of(0.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("alpha must be in (0, 1), got 0.0");
    }

    @Test
    void ratioChange_domainRepeatCallRate() {
        // domain.md: 县城重复报警率环比下降36.7% — 150 repeats of 1,000 calls → 95 of 1,000 (−36.666…%)
        String change = ZH.ratioChange(95, 1_000, 150, 1_000, Comparison.periodOnPeriod(PeriodKind.MONTH),
                Significance.UNTESTED);
        assertThat(ZH.sentence("县城重复报警率", change)).isEqualTo("县城重复报警率环比下降36.7%");
        // unequal denominators: 95/950 = 10% against 150/1,200 = 12.5%, exactly −20%
        assertThat(ZH.ratioChange(95, 950, 150, 1_200, YOY, Significance.UNTESTED)).isEqualTo("同比下降20.0%");
        assertThat(ZH.ratioChange(5, 100, 0, 90, YOY, Significance.UNTESTED)).isEqualTo("同比由零上升");
        assertThat(EN.ratioChange(5, 100, 0, 90, YOY, Significance.UNTESTED))
                .isEqualTo("up from zero on the same period last year");
        assertThatThrownBy(() -> ZH.ratioChange(5, 0, 1, 2, YOY, Significance.UNTESTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the current denominator must be positive, got 0");
    }

    @Test
    void pointsChange_proportions() {
        // issue brief: 上升0.6个百分点 — 98.0% → 98.6%, which is +0.6 points but +0.61% relative
        assertThat(ZH.pointsChange(986, 1_000, 980, 1_000, YOY, Significance.UNTESTED)).isEqualTo("同比上升0.6个百分点");
        assertThat(EN.pointsChange(986, 1_000, 980, 1_000, YOY, Significance.UNTESTED))
                .isEqualTo("up 0.6 percentage points on the same period last year");
        assertThat(ZH.ratioChange(986, 1_000, 980, 1_000, YOY, Significance.UNTESTED)).isEqualTo("同比上升0.6%");
        assertThat(ZH.pointsChange(77, 100, 70, 100, Comparison.periodOnPeriod(PeriodKind.YEAR), Significance.UNTESTED))
                .isEqualTo("环比上升7.0个百分点");
        assertThat(ZH.pointsChange(1, 2, 2, 4, YOY, Significance.UNTESTED)).isEqualTo("与去年同期持平");
        assertThat(ZH.pointsChange(5_001, 10_000, 1, 2, YOY, Significance.UNTESTED)).isEqualTo("与去年同期基本持平");
        // 1/8 − 0 = 12.5 points at 0 decimals
        assertThat(ZH.withDecimals(0).pointsChange(1, 8, 0, 5, YOY, Significance.UNTESTED)).isEqualTo("同比上升13个百分点");
        assertThat(ZH.withDecimals(0).withRounding(RoundingMode.HALF_EVEN).pointsChange(1, 8, 0, 5, YOY,
                Significance.UNTESTED)).isEqualTo("同比上升12个百分点");
    }

    @Test
    void change_negativeCount_namesIt() {
        assertThatThrownBy(() -> ZH.change(-1, 5, YOY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("current must not be negative, got -1");
    }

    @Test
    void sentence_joinsByLanguage() {
        // domain.md: 农村地区盗窃类刑事案件发案数同比下降39.3%
        assertThat(ZH.sentence("农村地区盗窃类刑事案件发案数", ZH.change(91, 150, YOY)))
                .isEqualTo("农村地区盗窃类刑事案件发案数同比下降39.3%");
        assertThat(EN.sentence("rural theft cases", EN.change(91, 150, YOY)))
                .isEqualTo("rural theft cases down 39.3% on the same period last year");
    }
}
