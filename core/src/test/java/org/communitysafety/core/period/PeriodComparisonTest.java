package org.communitysafety.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitysafety.core.period.PeriodTexts.d;
import static org.communitysafety.core.period.PeriodTexts.p;


import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 同比 ({@code yearEarlier}), 环比 ({@code previous}) and {@code next}, including leap days and week 53. */
class PeriodComparisonTest {

    // ---------------------------------------------------------------- 同比

    @ParameterizedTest
    @CsvSource({
        "2024,                   2023",
        "2024-Q3,                2023-Q3",
        "2024-Q1,                2023-Q1",
        "2024-07,                2023-07",
        "2024-02,                2023-02",
        "2024-W05,               2023-W05",
        "2021-W01,               2020-W01",
        "2021-W52,               2020-W52",
        "2020-W53,               2019-W52",
        "2024-01-01..2024-09-30, 2023-01-01..2023-09-30",
        "2024-02-29..2024-02-29, 2023-02-28..2023-02-28",
        "2024-02-29..2024-03-31, 2023-02-28..2023-03-31",
        "2023-12-25..2024-01-07, 2022-12-25..2023-01-07",
    })
    void yearEarlier_eachKind_samePeriodOneYearBack(String period, String expected) {
        assertThat(p(period).yearEarlier()).hasToString(expected);
        assertThat(p(period).yearEarlier()).isEqualTo(p(expected));
    }

    @Test
    void parse_2027W53_rejectedAsJavaTimeSays() {
        // 2027-01-01 is a Friday and 2027 is not a leap year, so it has 52 weeks
        assertThatThrownBy(() -> p("2027-W53")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"2027-W53\" is not a period: 2027 has no ISO week 53: it has 52 weeks");
    }

    @Test
    void yearEarlier_leapYearMonth_lengthFollowsCalendar() {
        Period february = Period.ofMonth(2024, 2);
        assertThat(february.lengthInDays()).isEqualTo(29);
        assertThat(february.yearEarlier().lengthInDays()).isEqualTo(28);
        assertThat(Period.ofYear(2024).yearEarlier().lengthInDays()).isEqualTo(365);
        assertThat(Period.ofQuarter(2024, 1).yearEarlier().lengthInDays()).isEqualTo(90);
    }

    @Test
    void yearEarlier_yearToDateOnLeapDay_endsOn28February() {
        Period ytd = Period.yearToDate(d("2024-02-29"));
        assertThat(ytd.lengthInDays()).isEqualTo(60);
        Period earlier = ytd.yearEarlier();
        assertThat(earlier).hasToString("2023-01-01..2023-02-28");
        assertThat(earlier.lengthInDays()).isEqualTo(59);
        assertThat(earlier.isYearToDate()).isTrue();
    }

    @Test
    void yearEarlier_yearToDate28FebruaryIntoLeapYear_keepsLiteralDate() {
        Period earlier = Period.yearToDate(d("2025-02-28")).yearEarlier();
        assertThat(earlier).hasToString("2024-01-01..2024-02-28");
        assertThat(earlier.lengthInDays()).isEqualTo(59);
        assertThat(earlier.contains(d("2024-02-29"))).isFalse();
    }

    @Test
    void yearEarlier_yearToDateAcrossLeapDay_isOneDayShorter() {
        Period ytd = Period.yearToDate(d("2024-03-01"));
        assertThat(ytd.lengthInDays()).isEqualTo(61);
        Period earlier = ytd.yearEarlier();
        assertThat(earlier).isEqualTo(Period.ofRange(d("2023-01-01"), d("2023-03-01")));
        assertThat(earlier.lengthInDays()).isEqualTo(60);
    }

    @Test
    void yearEarlier_yearToDateIntoLeapYear_isOneDayLonger() {
        Period ytd = Period.yearToDate(d("2025-03-01"));
        assertThat(ytd.lengthInDays()).isEqualTo(60);
        assertThat(ytd.yearEarlier()).hasToString("2024-01-01..2024-03-01");
        assertThat(ytd.yearEarlier().lengthInDays()).isEqualTo(61);
    }

    @Test
    void yearEarlier_rangeThatIsACalendarYear_staysRange() {
        Period range = p("2024-01-01..2024-12-31");
        Period earlier = range.yearEarlier();
        assertThat(earlier.kind()).isEqualTo(PeriodKind.RANGE);
        assertThat(earlier).hasToString("2023-01-01..2023-12-31");
        assertThat(earlier).isNotEqualTo(Period.ofYear(2023));
        assertThat(p("2024-02-01..2024-02-29").yearEarlier()).hasToString("2023-02-01..2023-02-28");
        assertThat(p("2024-02-01..2024-02-29").yearEarlier().kind()).isEqualTo(PeriodKind.RANGE);
    }

    @Test
    void yearEarlier_week53IntoYearOf52Weeks_twoWeeksMapToWeek52() {
        assertThat(p("2020-W53").yearEarlier()).isEqualTo(p("2019-W52"));
        assertThat(p("2020-W52").yearEarlier()).isEqualTo(p("2019-W52"));
        assertThat(p("2026-W53").yearEarlier()).isEqualTo(p("2025-W52"));
    }

    @Test
    void yearsEarlier_week53IntoYearOf53Weeks_staysWeek53() {
        assertThat(p("2026-W53").yearsEarlier(6)).isEqualTo(p("2020-W53"));
        assertThat(p("2020-W53").yearsEarlier(5)).isEqualTo(p("2015-W53"));
        assertThat(p("2020-W53").yearsEarlier(2)).isEqualTo(p("2018-W52"));
    }

    @Test
    void yearsEarlier_leapDay_survivesIntoEarlierLeapYear() {
        Period february = p("2024-02-01..2024-02-29");
        assertThat(february.yearsEarlier(4)).hasToString("2020-02-01..2020-02-29");
        Period stepwise = february.yearEarlier().yearEarlier().yearEarlier().yearEarlier();
        assertThat(stepwise).hasToString("2020-02-01..2020-02-28");
    }

    @Test
    void yearsEarlier_zero_isSamePeriod() {
        Period q = Period.ofQuarter(2024, 3);
        assertThat(q.yearsEarlier(0)).isSameAs(q);
    }

    @Test
    void yearsEarlier_general_matchesLabels() {
        assertThat(p("2024").yearsEarlier(10)).isEqualTo(p("2014"));
        assertThat(p("2024-Q2").yearsEarlier(3)).isEqualTo(p("2021-Q2"));
        assertThat(p("2024-11").yearsEarlier(24)).isEqualTo(p("2000-11"));
        assertThat(p("2024-W05").yearsEarlier(2023)).isEqualTo(p("0001-W05"));
    }

    @Test
    void yearsEarlier_negative_throws() {
        assertThatThrownBy(() -> Period.ofYear(2024).yearsEarlier(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must not be negative, got -1");
    }

    @Test
    void yearsEarlier_beforeYear1_throws() {
        assertThatThrownBy(() -> Period.ofYear(2024).yearsEarlier(2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2024 has no period 2024 years earlier: periods must lie within"
                        + " 0001-01-01..9999-12-31");
        assertThatThrownBy(() -> p("2024-01-01..2024-02-01").yearsEarlier(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2024-01-01..2024-02-01 has no period 2147483647 years earlier:"
                        + " periods must lie within 0001-01-01..9999-12-31");
        // the week-based year counts for a week: 2020-W01 starts in 2019 but is in 2020
        assertThat(p("2020-W01").yearsEarlier(2019)).isEqualTo(p("0001-W01"));
    }

    // ---------------------------------------------------------------- 环比

    /**
     * Each row is two adjacent periods of a kind: the later one's previous is the earlier, the
     * earlier one's next is the later, and there is no gap between them.
     */
    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({
        "2023,                    2024",
        "2023-Q4,                 2024-Q1",
        "2024-Q2,                 2024-Q3",
        "2023-12,                 2024-01",
        "2024-02,                 2024-03",
        "2024-W09,                2024-W10",
        "2020-W53,                2021-W01",
        "2023-W52,                2024-W01",
        "2019-W52,                2020-W01",
        "2024-01-30..2024-02-29,  2024-03-01..2024-03-31",
        "2023-01-29..2023-02-28,  2023-03-01..2023-03-31",
        "2023-04-02..2023-12-31,  2024-01-01..2024-09-30",
        "2024-02-28..2024-02-28,  2024-02-29..2024-02-29",
        "2025-02-28..2025-02-28,  2025-03-01..2025-03-01",
        "2020-W52,                2020-W53",
    })
    void previousAndNext_adjacentPeriods_areEachOthersNeighbour(String earlierText, String laterText) {
        Period earlier = p(earlierText);
        Period later = p(laterText);
        assertThat(later.previous()).hasToString(earlierText);
        assertThat(earlier.next()).hasToString(laterText);
        assertThat(earlier.endExclusive()).isEqualTo(later.start());
        assertThat(later.previous().next()).isEqualTo(later);
        assertThat(earlier.next().previous()).isEqualTo(earlier);
    }

    @Test
    void previous_march_comparesWithShorterFebruary() {
        Period march = Period.ofMonth(2024, 3);
        assertThat(march.lengthInDays()).isEqualTo(31);
        assertThat(march.previous().lengthInDays()).isEqualTo(29);
        assertThat(Period.ofMonth(2023, 3).previous().lengthInDays()).isEqualTo(28);
    }

    @Test
    void previous_rangeAcrossLeapDay_sameLength() {
        Period march = p("2024-03-01..2024-03-31");
        assertThat(march.previous().lengthInDays()).isEqualTo(31);
        assertThat(march.previous().contains(d("2024-02-29"))).isTrue();
    }

    /** A neighbour that would start before 0001-01-01 or end after 9999-12-31 does not exist. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "0001,                   previous",
        "0001-W01,               previous",
        "0001-01-05..0001-01-10, previous",
        "9999-12,                next",
        "9999-W51,               next",
        "9999-12-20..9999-12-26, next",
    })
    void neighbour_beyondSupportedDays_throws(String period, String neighbour) {
        Period p = p(period);
        ThrowingCallable step = neighbour.equals("next") ? p::next : p::previous;
        assertThatThrownBy(step)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(period + " has no " + neighbour + " period: periods must lie within 0001-01-01..9999-12-31");
    }

    @Test
    void neighbour_atSupportedEdges_exists() {
        assertThat(p("0001-01-05..0001-01-08").previous()).hasToString("0001-01-01..0001-01-04");
        assertThat(p("0001-Q2").previous()).isEqualTo(p("0001-Q1"));
        assertThat(p("9999-12-22..9999-12-26").next()).hasToString("9999-12-27..9999-12-31");
        assertThat(p("9998-W53").next()).isEqualTo(p("9999-W01"));
    }
}
