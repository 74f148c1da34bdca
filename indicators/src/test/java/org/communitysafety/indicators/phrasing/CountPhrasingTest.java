package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts as reports write them. The worked examples come from the domain notes
 * ({@code ../shared/domain.md}: 18,342 → 1.8万余, 360余万, 9,860 → 近万, 640余场次, 50余万人次,
 * 40余万元, 820余处, 近万人) and issue 5 (45,225 → 4.5万余, 3,600,000 → 360万余, and the edge cases
 * 9,999; 10,000; 10,001; 99,999; 1e8).
 */
final class CountPhrasingTest {

    private static final Phrasing ZH = Phrasing.zh();
    private static final Phrasing ZH_AFTER = Phrasing.zh().withYuStyle(YuStyle.AFTER_MAGNITUDE);
    private static final Phrasing EN = Phrasing.en();

    @ParameterizedTest(name = "{0} -> {1} | {2} | {3}")
    @CsvSource(delimiter = '|', value = {
        // n                 | zh (余 before 万)  | zh (余 after 万)   | en
        "0                   | 0                 | 0                 | 0",
        "1                   | 1                 | 1                 | 1",
        "9                   | 9                 | 9                 | 9",
        "10                  | 10                | 10                | 10",
        "11                  | 10余              | 10余              | over 10",
        "52                  | 50余              | 50余              | over 50",
        "99                  | 近百              | 近百              | nearly 100",
        "100                 | 100               | 100               | 100",
        "101                 | 100余             | 100余             | over 100",
        "643                 | 640余             | 640余             | over 640",
        "826                 | 820余             | 820余             | over 820",
        "999                 | 近千              | 近千              | nearly 1,000",
        "1000                | 1000              | 1000              | 1,000",
        "9860                | 近万              | 近万              | nearly 10,000",
        "9999                | 近万              | 近万              | nearly 10,000",
        "10000               | 1万               | 1万               | 10,000",
        "10001               | 1万余             | 1万余             | over 10,000",
        "18342               | 1.8万余           | 1.8万余           | over 18,000",
        "44319               | 4.4万余           | 4.4万余           | over 44,000",
        "45225               | 4.5万余           | 4.5万余           | over 45,000",
        "49800               | 近5万             | 近5万             | nearly 50,000",
        "99999               | 近10万            | 近10万            | nearly 100,000",
        "100000              | 10万              | 10万              | 100,000",
        "406500              | 40余万            | 40万余            | over 400,000",
        "503210              | 50余万            | 50万余            | over 500,000",
        "3600000             | 360万             | 360万             | 3.6 million",
        "3612345             | 360余万           | 360万余           | over 3.6 million",
        "99000000            | 近亿              | 近亿              | nearly 100 million",
        "100000000           | 1亿               | 1亿               | 100 million",
        "100000001           | 1亿余             | 1亿余             | over 100 million",
        "123456789           | 1.2亿余           | 1.2亿余           | over 120 million",
        "1234567890          | 12余亿            | 12亿余            | over 1.2 billion",
        "9223372036854775807 | 92000000000余亿   | 92000000000亿余   | over 9,200,000 trillion",
    })
    void approximate_reportRules(long n, String zh, String zhAfter, String en) {
        assertThat(ZH.approximate(n)).isEqualTo(zh);
        assertThat(ZH.count(n)).isEqualTo(zh);
        assertThat(ZH_AFTER.approximate(n)).isEqualTo(zhAfter);
        assertThat(EN.approximate(n)).isEqualTo(en);
    }

    @Test
    void approximate_issueExample3600000_isAFigureJustOver360万() {
        // issue 5: 3,600,000 → "360万余" (or "360余万", configurable); a figure of exactly 3,600,000 has no 余
        assertThat(ZH_AFTER.approximate(3_612_345)).isEqualTo("360万余");
        assertThat(ZH.approximate(3_612_345)).isEqualTo("360余万");
        assertThat(ZH.approximate(3_600_000)).isEqualTo("360万");
    }

    @Test
    void count_withMeasure_domainExamples() {
        // domain.md
        assertThat(ZH.count(45_225, Measure.DISPUTES)).isEqualTo("4.5万余宗");
        assertThat(ZH.count(643, Measure.SESSIONS)).isEqualTo("640余场次");
        assertThat(ZH.count(503_210, Measure.PERSON_TIMES)).isEqualTo("50余万人次");
        assertThat(ZH.count(406_500, Measure.YUAN)).isEqualTo("40余万元");
        assertThat(ZH.count(826, Measure.HAZARDS)).isEqualTo("820余处");
        assertThat(ZH.count(9_860, Measure.PEOPLE)).isEqualTo("近万人");
        assertThat(ZH.count(3_612_345, Measure.PEOPLE)).isEqualTo("360余万人");
        assertThat(EN.count(45_225, Measure.DISPUTES)).isEqualTo("over 45,000 disputes");
        assertThat(EN.count(1, Measure.DISPUTES)).isEqualTo("1 dispute");
        assertThat(EN.count(0, Measure.INCIDENTS)).isEqualTo("0 incidents");
        assertThat(EN.count(406_500, Measure.YUAN)).isEqualTo("over 400,000 yuan");
    }

    @Test
    void exact_onRequest_everyDigit() {
        // issue 5: exact figures on request ("45225宗")
        Phrasing exact = ZH.withCounts(CountStyle.EXACT);
        assertThat(exact.count(45_225, Measure.DISPUTES)).isEqualTo("45225宗");
        assertThat(exact.count(44_319, Measure.DISPUTES)).isEqualTo("44319宗");
        assertThat(ZH.exact(3_600_000)).isEqualTo("3600000");
        assertThat(EN.withCounts(CountStyle.EXACT).count(45_225, Measure.DISPUTES)).isEqualTo("45,225 disputes");
        assertThat(EN.exact(Long.MAX_VALUE)).isEqualTo("9,223,372,036,854,775,807");
    }

    @Test
    void approximate_moreSignificantDigits_keepsThem() {
        Phrasing three = ZH.withSignificantDigits(3);
        assertThat(three.approximate(18_342)).isEqualTo("1.83万余");
        assertThat(three.approximate(643)).isEqualTo("640余"); // the units are always dropped
        assertThat(three.approximate(52)).isEqualTo("50余");
        assertThat(ZH.withSignificantDigits(1).approximate(18_342)).isEqualTo("1万余");
        assertThat(EN.withSignificantDigits(3).approximate(3_612_345)).isEqualTo("over 3.61 million");
    }

    @Test
    void approximate_nearlyThreshold_isConfigurable() {
        assertThat(ZH.withNearlyWithin(0).approximate(9_860)).isEqualTo("9800余");
        assertThat(ZH.withNearlyWithin(0).approximate(9_999)).isEqualTo("9900余");
        assertThat(ZH.approximate(9_799)).isEqualTo("9700余"); // 2.01% short of 10,000: not 近 by default
        assertThat(ZH.approximate(9_800)).isEqualTo("近万"); // exactly 2% short
        assertThat(ZH.withNearlyWithin(0.05).approximate(9_500)).isEqualTo("近万");
        assertThat(ZH.withNearlyWithin(0.05).approximate(9_499)).isEqualTo("9400余");
        assertThat(ZH.withNearlyWithin(0.2).approximate(97)).isEqualTo("近百");
        assertThat(ZH.withNearlyWithin(0.2).approximate(9)).isEqualTo("9"); // no 近 below 100
        assertThat(ZH.withNearlyWithin(0.2).approximate(290)).isEqualTo("近300");
    }

    @Test
    void approximate_negative_namesTheValue() {
        assertThatThrownBy(() -> ZH.approximate(-5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a count must not be negative, got -5");
        assertThatThrownBy(() -> EN.count(-1, Measure.DISPUTES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a count must not be negative, got -1");
    }

    @Test
    void approximate_neverClaimsMoreThanTheCount() {
        // property: the figure written is ≤ n with 余, = n without, and ≥ n with 近 — over a seeded sweep
        java.util.Random random = new java.util.Random(20241001);
        for (int i = 0; i < 20_000; i++) {
            long n = (long) Math.pow(10, random.nextDouble() * 18);
            Numbers.Approximation a = Numbers.approximate(n, 2, new java.math.BigDecimal("0.02"));
            int c = a.figure().compareTo(java.math.BigInteger.valueOf(n));
            switch (a.kind()) {
                case EXACT -> assertThat(c).as("%d", n).isZero();
                case OVER -> assertThat(c).as("%d", n).isNegative();
                case NEARLY -> assertThat(c).as("%d", n).isPositive();
            }
            assertThat(ZH.approximate(n)).isNotBlank();
        }
    }
}
