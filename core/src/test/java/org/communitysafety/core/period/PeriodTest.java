package org.communitysafety.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitysafety.core.period.PeriodTexts.d;
import static org.communitysafety.core.period.PeriodTexts.p;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    // ---------------------------------------------------------------- factories

    @Test
    void ofYear_leapYear_coversAllDays() {
        Period year = Period.ofYear(2024);
        assertThat(year.kind()).isEqualTo(PeriodKind.YEAR);
        assertThat(year.start()).isEqualTo(d("2024-01-01"));
        assertThat(year.end()).isEqualTo(d("2024-12-31"));
        assertThat(year.endExclusive()).isEqualTo(d("2025-01-01"));
        assertThat(year.lengthInDays()).isEqualTo(366);
        assertThat(year.year()).isEqualTo(2024);
        assertThat(year).hasToString("2024");
    }

    @Test
    void ofYear_commonYear_has365Days() {
        assertThat(Period.ofYear(2023).lengthInDays()).isEqualTo(365);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 2024-01-01, 2024-03-31, 91",
        "2, 2024-04-01, 2024-06-30, 91",
        "3, 2024-07-01, 2024-09-30, 92",
        "4, 2024-10-01, 2024-12-31, 92",
    })
    void ofQuarter_eachQuarter_hasCalendarBoundaries(int quarter, String start, String end, long days) {
        Period period = Period.ofQuarter(2024, quarter);
        assertThat(period.kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(period.start()).isEqualTo(d(start));
        assertThat(period.end()).isEqualTo(d(end));
        assertThat(period.lengthInDays()).isEqualTo(days);
        assertThat(period).hasToString("2024-Q" + quarter);
    }

    @Test
    void ofQuarter_firstQuarterOfCommonYear_has90Days() {
        assertThat(Period.ofQuarter(2023, 1).lengthInDays()).isEqualTo(90);
    }

    @Test
    void ofMonth_februaryOfLeapYear_endsOn29th() {
        Period february = Period.ofMonth(2024, 2);
        assertThat(february.kind()).isEqualTo(PeriodKind.MONTH);
        assertThat(february.start()).isEqualTo(d("2024-02-01"));
        assertThat(february.end()).isEqualTo(d("2024-02-29"));
        assertThat(february.lengthInDays()).isEqualTo(29);
        assertThat(february).hasToString("2024-02");
        assertThat(Period.ofMonth(2023, 2).end()).isEqualTo(d("2023-02-28"));
    }

    @Test
    void ofMonth_yearMonth_equalsIntFactory() {
        assertThat(Period.ofMonth(YearMonth.of(2024, 7))).isEqualTo(Period.ofMonth(2024, 7));
    }

    /**
     * 2024-W01 starts on the first of January; 2020-W01 in the previous calendar year (so its
     * {@code year()} is 2019); 2020-W53 ends in the next one.
     */
    @ParameterizedTest(name = "{0}-W{1} -> {2}..{3}")
    @CsvSource({
        "2024,  1, 2024-01-01, 2024-01-07, 2024-W01",
        "2020,  1, 2019-12-30, 2020-01-05, 2020-W01",
        "2020, 53, 2020-12-28, 2021-01-03, 2020-W53",
    })
    void ofIsoWeek_handWorkedWeeks(int weekBasedYear, int number, String start, String end, String text) {
        Period week = Period.ofIsoWeek(weekBasedYear, number);
        assertThat(week.kind()).isEqualTo(PeriodKind.WEEK);
        assertThat(week.start()).isEqualTo(d(start));
        assertThat(week.end()).isEqualTo(d(end));
        assertThat(week.lengthInDays()).isEqualTo(7);
        assertThat(week.year()).isEqualTo(d(start).getYear());
        assertThat(week).hasToString(text);
    }

    @Test
    void ofIsoWeek_2026W53_existsAsJavaTimeSays() {
        // java.time: 2026-12-31 is a Thursday, so the week-based year 2026 has 53 weeks
        LocalDate thursday = d("2026-12-31");
        assertThat(thursday.get(IsoFields.WEEK_BASED_YEAR)).isEqualTo(2026);
        assertThat(thursday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
        Period week = Period.ofIsoWeek(2026, 53);
        assertThat(week.start()).isEqualTo(d("2026-12-28"));
        assertThat(week.end()).isEqualTo(d("2027-01-03"));
    }

    /** Week 53 of a 52-week year, week 0, week 54 of a 53-week year: the message gives the week count. */
    @ParameterizedTest(name = "{0}-W{1}")
    @CsvSource(delimiter = '|', value = {
        "2021 | 53 | 2021 has no ISO week 53: it has 52 weeks",
        "2024 |  0 | 2024 has no ISO week 0: it has 52 weeks",
        "2020 | 54 | 2020 has no ISO week 54: it has 53 weeks",
    })
    void ofIsoWeek_noSuchWeek_throwsWithWeekCount(int weekBasedYear, int number, String message) {
        assertThatThrownBy(() -> Period.ofIsoWeek(weekBasedYear, number))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void ofIsoWeek_lastWeekOf9999_throwsBecauseItEndsIn10000() {
        assertThat(Period.ofIsoWeek(9999, 51).end()).isEqualTo(d("9999-12-26"));
        assertThatThrownBy(() -> Period.ofIsoWeek(9999, 52))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("9999-W52 ends on +10000-01-02, after 9999-12-31");
    }

    @Test
    void ofIsoWeek_firstWeekOfYear1_startsOnMinimumDate() {
        assertThat(Period.ofIsoWeek(1, 1).start()).isEqualTo(d("0001-01-01"));
    }

    @Test
    void ofYear_outOfRange_throwsWithValue() {
        assertThatThrownBy(() -> Period.ofYear(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be 1..9999, got 0");
        assertThatThrownBy(() -> Period.ofYear(10000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be 1..9999, got 10000");
    }

    @Test
    void ofQuarter_quarter5_throwsWithValue() {
        assertThatThrownBy(() -> Period.ofQuarter(2024, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter must be 1..4, got 5");
    }

    @Test
    void ofMonth_month13_throwsWithValue() {
        assertThatThrownBy(() -> Period.ofMonth(2024, 13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("month must be 1..12, got 13");
        assertThatThrownBy(() -> Period.ofMonth(2024, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("month must be 1..12, got 0");
    }

    @Test
    void ofRange_leapDayInside_countsIt() {
        Period range = Period.ofRange(d("2024-02-28"), d("2024-03-01"));
        assertThat(range.kind()).isEqualTo(PeriodKind.RANGE);
        assertThat(range.lengthInDays()).isEqualTo(3);
        assertThat(range.contains(d("2024-02-29"))).isTrue();
        assertThat(range).hasToString("2024-02-28..2024-03-01");
    }

    @Test
    void ofRange_singleDay_hasLengthOne() {
        Period day = Period.ofRange(d("2024-02-29"), d("2024-02-29"));
        assertThat(day.lengthInDays()).isEqualTo(1);
        assertThat(day.endExclusive()).isEqualTo(d("2024-03-01"));
    }

    @Test
    void ofRange_endBeforeStart_throwsNamingBoth() {
        assertThatThrownBy(() -> Period.ofRange(d("2024-03-01"), d("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end (2024-01-01) must not be before start (2024-03-01)");
    }

    @Test
    void ofRange_dateAfter9999_throws() {
        assertThatThrownBy(() -> Period.ofRange(d("9999-12-01"), LocalDate.of(10000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endInclusive (+10000-01-01) must be within 0001-01-01..9999-12-31");
        assertThatThrownBy(() -> Period.ofRange(LocalDate.of(0, 12, 31), d("0001-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start (0000-12-31) must be within 0001-01-01..9999-12-31");
    }

    @Test
    void factories_nullArguments_throwNamedNullPointerException() {
        assertThatThrownBy(() -> Period.ofMonth(null))
                .isInstanceOf(NullPointerException.class).hasMessage("yearMonth");
        assertThatThrownBy(() -> Period.ofRange(null, d("2024-01-01")))
                .isInstanceOf(NullPointerException.class).hasMessage("start");
        assertThatThrownBy(() -> Period.ofRange(d("2024-01-01"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("endInclusive");
        assertThatThrownBy(() -> Period.yearToDate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> Period.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void queries_nullArguments_throwNamedNullPointerException() {
        Period year = Period.ofYear(2024);
        assertThatThrownBy(() -> year.contains((LocalDate) null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> year.contains((Period) null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> year.overlaps(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> year.compareTo(null))
                .isInstanceOf(NullPointerException.class);
    }

    // ---------------------------------------------------------------- year to date

    @Test
    void yearToDate_firstOfMarchInLeapYear_has61Days() {
        Period ytd = Period.yearToDate(d("2024-03-01"));
        assertThat(ytd).isEqualTo(Period.ofRange(d("2024-01-01"), d("2024-03-01")));
        assertThat(ytd.lengthInDays()).isEqualTo(61);
        assertThat(ytd.isYearToDate()).isTrue();
    }

    @Test
    void yearToDate_firstOfJanuary_isSingleDay() {
        Period ytd = Period.yearToDate(d("2024-01-01"));
        assertThat(ytd).hasToString("2024-01-01..2024-01-01");
        assertThat(ytd.lengthInDays()).isEqualTo(1);
        assertThat(ytd.isYearToDate()).isTrue();
    }

    @Test
    void isYearToDate_otherPeriods_areFalse() {
        assertThat(Period.ofYear(2024).isYearToDate()).isFalse();
        assertThat(Period.ofMonth(2024, 1).isYearToDate()).isFalse();
        assertThat(p("2024-01-02..2024-03-01").isYearToDate()).isFalse();
        assertThat(p("2024-01-01..2025-03-01").isYearToDate()).isFalse();
        assertThat(p("2024-01-01..2024-12-31").isYearToDate()).isTrue();
    }

    // ---------------------------------------------------------------- epoch days

    @Test
    void epochDays_year1970_startAtZero() {
        Period year = Period.ofYear(1970);
        assertThat(year.startEpochDay()).isEqualTo(0);
        assertThat(year.endEpochDay()).isEqualTo(364);
        assertThat(Period.ofMonth(2024, 2).startEpochDay()).isEqualTo(d("2024-02-01").toEpochDay());
        assertThat(Period.ofMonth(2024, 2).endEpochDay()).isEqualTo(19782);
    }

    // ---------------------------------------------------------------- contains / overlaps

    @Test
    void containsDate_endsIncluded_neighboursExcluded() {
        Period q3 = Period.ofQuarter(2024, 3);
        assertThat(q3.contains(d("2024-07-01"))).isTrue();
        assertThat(q3.contains(d("2024-09-30"))).isTrue();
        assertThat(q3.contains(d("2024-06-30"))).isFalse();
        assertThat(q3.contains(d("2024-10-01"))).isFalse();
    }

    @Test
    void containsPeriod_fullyInside_true_partlyOutside_false() {
        Period year = Period.ofYear(2024);
        assertThat(year.contains(Period.ofQuarter(2024, 4))).isTrue();
        assertThat(year.contains(year)).isTrue();
        assertThat(year.contains(p("2024-01-01..2024-12-31"))).isTrue();
        assertThat(year.contains(Period.ofIsoWeek(2024, 1))).isTrue();
        assertThat(year.contains(Period.ofIsoWeek(2025, 1))).isFalse(); // 2024-12-30..2025-01-05
        assertThat(Period.ofQuarter(2024, 4).contains(year)).isFalse();
    }

    @Test
    void overlaps_sharedDay_true_adjacent_false() {
        Period q1 = Period.ofQuarter(2024, 1);
        assertThat(q1.overlaps(p("2024-03-31..2024-04-10"))).isTrue();
        assertThat(q1.overlaps(Period.ofQuarter(2024, 2))).isFalse();
        assertThat(q1.overlaps(Period.ofIsoWeek(2024, 1))).isTrue();
        assertThat(Period.ofIsoWeek(2020, 1).overlaps(Period.ofYear(2019))).isTrue();
        assertThat(Period.ofYear(2019).overlaps(Period.ofIsoWeek(2020, 1))).isTrue();
        assertThat(q1.overlaps(q1)).isTrue();
        assertThat(Period.ofYear(2023).overlaps(Period.ofYear(2024))).isFalse();
    }

    // ---------------------------------------------------------------- months / days

    @Test
    void months_year_twelveMonthPeriods() {
        List<Period> months = Period.ofYear(2024).months();
        assertThat(months).hasSize(12);
        for (int m = 1; m <= 12; m++) {
            assertThat(months.get(m - 1)).isEqualTo(Period.ofMonth(2024, m));
        }
        assertThat(months.stream().mapToLong(Period::lengthInDays).sum()).isEqualTo(366);
    }

    @Test
    void months_partialRange_clipsEdgesAsRanges() {
        List<Period> months = p("2024-01-15..2024-03-10").months();
        assertThat(months).extracting(Period::toString)
                .containsExactly("2024-01-15..2024-01-31", "2024-02", "2024-03-01..2024-03-10");
        assertThat(months).extracting(Period::kind)
                .containsExactly(PeriodKind.RANGE, PeriodKind.MONTH, PeriodKind.RANGE);
    }

    @Test
    void months_rangeWithinOneMonth_isItself() {
        assertThat(p("2024-02-10..2024-02-29").months()).containsExactly(p("2024-02-10..2024-02-29"));
    }

    @Test
    void months_rangeThatIsExactlyAMonth_givesMonthPeriod() {
        assertThat(p("2024-02-01..2024-02-29").months()).containsExactly(Period.ofMonth(2024, 2));
    }

    @Test
    void months_weekAcrossYearEnd_givesTwoRanges() {
        assertThat(Period.ofIsoWeek(2020, 53).months()).extracting(Period::toString)
                .containsExactly("2020-12-28..2020-12-31", "2021-01-01..2021-01-03");
    }

    @Test
    void months_quarter_threeMonths() {
        assertThat(Period.ofQuarter(2024, 3).months())
                .containsExactly(Period.ofMonth(2024, 7), Period.ofMonth(2024, 8), Period.ofMonth(2024, 9));
    }

    @Test
    void months_result_isUnmodifiable() {
        List<Period> months = Period.ofYear(2024).months();
        assertThatThrownBy(() -> months.add(Period.ofYear(2025)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void days_rangeAcrossLeapDay_listsEveryDay() {
        assertThat(p("2024-02-28..2024-03-01").days().map(LocalDate::toString).collect(Collectors.toList()))
                .containsExactly("2024-02-28", "2024-02-29", "2024-03-01");
        assertThat(Period.ofYear(2024).days().count()).isEqualTo(366);
    }

    // ---------------------------------------------------------------- equality and order

    @Test
    void equals_sameDaysDifferentKind_notEqual() {
        Period year = Period.ofYear(2024);
        Period range = p("2024-01-01..2024-12-31");
        assertThat(year).isNotEqualTo(range);
        assertThat(year.contains(range)).isTrue();
        assertThat(range.contains(year)).isTrue();
    }

    @Test
    void equals_sameValue_equalAndSameHash() {
        Period a = Period.ofIsoWeek(2020, 53);
        Period b = p("2020-w53");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(null).isNotEqualTo("2020-W53");
        assertThat(Period.ofMonth(2024, 1)).isNotEqualTo(Period.ofMonth(2024, 2));
    }

    @Test
    void compareTo_startThenEndThenKind() {
        List<Period> expected = List.of(
                Period.ofIsoWeek(2024, 1),                  // 2024-01-01..2024-01-07
                Period.ofMonth(2024, 1),                    // 2024-01-01..2024-01-31
                Period.ofQuarter(2024, 1),                  // 2024-01-01..2024-03-31
                Period.ofYear(2024),                        // 2024-01-01..2024-12-31 YEAR
                p("2024-01-01..2024-12-31"),                // same days, RANGE
                Period.ofIsoWeek(2024, 2),                  // 2024-01-08..
                Period.ofMonth(2024, 2),                    // 2024-02-01..
                Period.ofQuarter(2024, 2));                 // 2024-04-01..
        List<Period> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(7));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void compareTo_consistentWithEquals() {
        Period a = Period.ofQuarter(2024, 1);
        assertThat(a.compareTo(p("2024-Q1"))).isZero();
        assertThat(a.compareTo(p("2024-01-01..2024-03-31"))).isNegative();
        assertThat(p("2024-01-01..2024-03-31").compareTo(a)).isPositive();
        assertThat(Period.ofYear(2023).compareTo(Period.ofYear(2024))).isNegative();
    }
}
