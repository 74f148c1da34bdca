package org.communitysafety.indicators.phrasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.phrasing.MonthlySeries.Basis;
import org.communitysafety.indicators.phrasing.MonthlySeries.Direction;
import org.communitysafety.indicators.phrasing.MonthlySeries.Turn;
import org.junit.jupiter.api.Test;

/** Streaks and milestones (issue 5: "连续6个月同比下降", "由升转降", the lowest figure in the series). */
final class MonthlySeriesTest {

    private static final Phrasing ZH = Phrasing.zh();
    private static final Phrasing EN = Phrasing.en();
    private static final Period JAN_2022 = Period.parse("2022-01");

    /** Three years: 2022 flat at 40; 2023 at 40 but for its last six months; 2024 down on 2023 for its last six. */
    static MonthlySeries threeYears() {
        return MonthlySeries.of(JAN_2022,
                40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
                41, 42, 43, 44, 45, 46, 30, 31, 32, 33, 34, 35,
                45, 46, 47, 48, 49, 50, 29, 28, 27, 26, 25, 20);
    }

    @Test
    void streak_sixMonthsDownOnTheYearBefore() {
        MonthlySeries s = threeYears();
        // July–December 2024: 29 < 30, 28 < 31, 27 < 32, 26 < 33, 25 < 34, 20 < 35; June 2024 (50) is up on 46
        assertThat(s.streak(Basis.YEAR_ON_YEAR, Direction.DOWN)).isEqualTo(6);
        assertThat(s.streak(Basis.YEAR_ON_YEAR, Direction.UP)).isZero();
        assertThat(ZH.streak(s, Basis.YEAR_ON_YEAR, Direction.DOWN)).contains("连续6个月同比下降");
        assertThat(EN.streak(s, Basis.YEAR_ON_YEAR, Direction.DOWN)).contains("down on the year before for 6 months in a row");
        // month on month: 50 → 29 → 28 → … → 20, six falls
        assertThat(ZH.streak(s, Basis.MONTH_ON_MONTH, Direction.DOWN)).contains("连续6个月环比下降");
        assertThat(ZH.streak(s, Basis.YEAR_ON_YEAR, Direction.UP)).isEmpty();
    }

    @Test
    void streak_ofOneMonth_isNotPhrased() {
        MonthlySeries s = MonthlySeries.of(JAN_2022, new long[] {5, 8, 4}, new long[] {3, 7, 5});
        assertThat(s.streak(Basis.YEAR_ON_YEAR, Direction.DOWN)).isEqualTo(1);
        assertThat(ZH.streak(s, Basis.YEAR_ON_YEAR, Direction.DOWN)).isEmpty();
    }

    @Test
    void streak_stopsAtAFlatOrUnknownMonth() {
        MonthlySeries flat = MonthlySeries.of(JAN_2022, new long[] {1, 5, 4, 3}, new long[] {9, 5, 9, 9});
        assertThat(flat.streak(Basis.YEAR_ON_YEAR, Direction.DOWN)).isEqualTo(2);
        // without year-earlier values a 12-month series has none: no year-on-year streak at all
        MonthlySeries year = MonthlySeries.of(JAN_2022, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(year.streak(Basis.YEAR_ON_YEAR, Direction.DOWN)).isZero();
        assertThat(year.streak(Basis.MONTH_ON_MONTH, Direction.DOWN)).isEqualTo(11);
    }

    @Test
    void turn_riseToFall_andFallToRise() {
        // month on month: 10 → 12 (up) → 11 (down): 由升转降
        MonthlySeries s = MonthlySeries.of(JAN_2022, 10, 12, 11);
        assertThat(s.turn(Basis.MONTH_ON_MONTH)).contains(Turn.RISE_TO_FALL);
        assertThat(ZH.turn(s, Basis.MONTH_ON_MONTH)).contains("环比由升转降");
        assertThat(EN.turn(s, Basis.MONTH_ON_MONTH)).contains("turned from rising to falling on the previous month");
        // year on year: Nov up (6 > 5), Dec down (4 < 7): 同比由升转降; then the reverse
        MonthlySeries yoy = MonthlySeries.of(JAN_2022, new long[] {6, 4}, new long[] {5, 7});
        assertThat(ZH.turn(yoy, Basis.YEAR_ON_YEAR)).contains("同比由升转降");
        MonthlySeries back = MonthlySeries.of(JAN_2022, new long[] {4, 8}, new long[] {5, 7});
        assertThat(ZH.turn(back, Basis.YEAR_ON_YEAR)).contains("同比由降转升");
        assertThat(EN.turn(back, Basis.YEAR_ON_YEAR)).contains("turned from falling to rising on the year before");
        // a flat month in between is no direction
        assertThat(MonthlySeries.of(JAN_2022, 10, 12, 12, 11).turn(Basis.MONTH_ON_MONTH)).isEmpty();
        assertThat(MonthlySeries.of(JAN_2022, 10).turn(Basis.MONTH_ON_MONTH)).isEmpty();
    }

    @Test
    void record_lowestInThreeYears() {
        MonthlySeries s = threeYears();
        assertThat(s.lastIsLowest()).isTrue();
        assertThat(s.lowest()).isEqualTo(s.last());
        assertThat(ZH.record(s)).contains("为近三年最低");
        assertThat(EN.record(s)).contains("the lowest in three years");
        assertThat(ZH.highlights(s)).containsExactly("连续6个月同比下降", "连续6个月环比下降", "为近三年最低");
    }

    @Test
    void record_spansAndTies() {
        assertThat(ZH.record(MonthlySeries.of(JAN_2022, new long[24]))).isEmpty(); // all tied: no record
        long[] two = new long[24];
        two[23] = 9;
        assertThat(ZH.record(MonthlySeries.of(JAN_2022, two))).contains("为近两年最高");
        long[] eighteen = new long[18];
        java.util.Arrays.fill(eighteen, 5);
        eighteen[17] = 1;
        assertThat(ZH.record(MonthlySeries.of(JAN_2022, eighteen))).contains("为近18个月最低");
        assertThat(EN.record(MonthlySeries.of(JAN_2022, eighteen))).contains("the lowest in 18 months");
        assertThat(ZH.record(MonthlySeries.of(JAN_2022, 3, 5, 4))).isEmpty();
        assertThat(MonthlySeries.of(JAN_2022, 3, 1, 5, 1).lowest().month()).isEqualTo(Period.parse("2022-02"));
        assertThat(MonthlySeries.of(JAN_2022, 3, 7, 5, 7).highest().month()).isEqualTo(Period.parse("2022-02"));
    }

    @Test
    void of_fillsYearEarlierFromTheSeries_unlessGiven() {
        MonthlySeries s = threeYears();
        assertThat(s.months().get(11).yearEarlier()).isEmpty();
        assertThat(s.months().get(12).yearEarlier()).hasValue(40);
        assertThat(s.last().yearEarlier()).hasValue(35);
        MonthlySeries given = MonthlySeries.of(List.of(MonthValue.of(Period.parse("2024-12"), 20, 99)));
        assertThat(given.last().yearEarlier()).hasValue(99);
        assertThat(s.toString()).isEqualTo("MonthlySeries[2022-01..2024-12, 36 months, last 2024-12 = 20 (2023-12: 35)]");
    }

    @Test
    void of_rejectsGapsAndMisalignment() {
        assertThatThrownBy(() -> MonthlySeries.of(List.of(MonthValue.of(Period.parse("2024-01"), 1),
                MonthValue.of(Period.parse("2024-03"), 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months must be consecutive: 2024-03 follows 2024-01, expected 2024-02");
        assertThatThrownBy(() -> MonthlySeries.of(JAN_2022, new long[] {1, 2}, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values (2 months) and yearEarlierValues (1 months) must be aligned");
        assertThatThrownBy(() -> MonthlySeries.of(Period.parse("2024-Q1"), 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a monthly series needs months, got 2024-Q1");
        assertThatThrownBy(() -> MonthlySeries.of(JAN_2022))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a monthly series needs at least one month");
        assertThatThrownBy(() -> MonthValue.of(JAN_2022, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the count of 2022-01 must not be negative, got -1");
    }
}
