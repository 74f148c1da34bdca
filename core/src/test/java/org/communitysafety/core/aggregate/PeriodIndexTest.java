package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked look-ups of {@link PeriodIndex}, disjoint and overlapping, and one property over random sets. */
final class PeriodIndexTest {
    private static final Period Y2024 = Period.ofYear(2024);
    private static final Period Y2023 = Period.ofYear(2023);
    private static final Period FEB_2024 = Period.ofMonth(2024, 2);
    private static final Period YTD_LEAP_DAY = Period.yearToDate(LocalDate.of(2024, 2, 29));

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    // ---- disjoint -----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2024-01-01, 0", "2024-02-29, 0", "2024-12-31, 0",
        "2023-01-01, 1", "2023-12-31, 1",
        "2022-12-31, -1", "2025-01-01, -1", "1970-01-01, -1", "9999-12-31, -1"})
    void periodOf_yearAndBaseline_findsTheYearOrNone(String day, int expected) {
        PeriodIndex index = PeriodIndex.of(Y2024, Y2023);

        assertThat(index.isDisjoint()).isTrue();
        assertThat(index.periodOf(day(day))).isEqualTo(expected);
        assertThat(index.periodsOf(day(day))).containsExactly(expected < 0 ? new int[0] : new int[] {expected});
    }

    @Test
    void bounds_yearAndBaseline_spanBothYears() {
        PeriodIndex index = PeriodIndex.of(Y2024, Y2023);

        assertThat(index.firstDay()).isEqualTo(day("2023-01-01"));
        assertThat(index.lastDay()).isEqualTo(day("2024-12-31"));
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.periods()).containsExactly(Y2024, Y2023);
        assertThat(index.period(1)).isEqualTo(Y2023);
        assertThat(index.indexOf(Y2023)).isEqualTo(1);
    }

    @Test
    void periodOf_dayInTheGapBetweenDisjointPeriods_isNone() {
        PeriodIndex index = PeriodIndex.of(Period.ofMonth(2024, 1), Period.ofMonth(2024, 3));

        assertThat(index.isDisjoint()).isTrue();
        assertThat(index.periodOf(day("2024-01-31"))).isEqualTo(0);
        assertThat(index.periodOf(day("2024-02-15"))).isEqualTo(-1);
        assertThat(index.periodOf(day("2024-02-29"))).isEqualTo(-1);
        assertThat(index.periodOf(day("2024-03-01"))).isEqualTo(1);
        assertThat(index.slotEnd(day("2024-02-15")) - index.slotStart(day("2024-02-15"))).isZero();
        assertThat(index.periodsOf(day("2024-02-15"))).isEmpty();
    }

    @Test
    void monthsOf_threeYears_are36DisjointMonthsInOrder() {
        PeriodIndex index = PeriodIndex.monthsOf(2022, 2024);

        assertThat(index.size()).isEqualTo(36);
        assertThat(index.isDisjoint()).isTrue();
        assertThat(index.period(0)).isEqualTo(Period.ofMonth(2022, 1));
        assertThat(index.period(35)).isEqualTo(Period.ofMonth(2024, 12));
        assertThat(index.indexOf(Period.ofMonth(2023, 5))).isEqualTo(16);
        assertThat(index.periodOf(day("2024-02-29"))).isEqualTo(25);
        assertThat(index.periodOf(day("2024-03-01"))).isEqualTo(26);
    }

    // ---- overlapping --------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "2024-01-01; 0 2",   // the year and the year to date
        "2024-01-31; 0 2",
        "2024-02-01; 0 1 2", // all three
        "2024-02-29; 0 1 2", // the leap day is the last day of the month and of the year to date
        "2024-03-01; 0",     // only the year
        "2024-12-31; 0",
        "2023-12-31; ",
        "2025-01-01; "})
    void periodsOf_yearMonthAndYearToDate_listsEveryContainingPeriodInIndexOrder(String day, String expected) {
        PeriodIndex index = PeriodIndex.of(Y2024, FEB_2024, YTD_LEAP_DAY);
        int[] periods = expected == null ? new int[0]
                : java.util.Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();

        assertThat(index.isDisjoint()).isFalse();
        assertThat(index.periodsOf(day(day))).containsExactly(periods);
        assertThat(index.periodOf(day(day))).isEqualTo(periods.length == 0 ? -1 : periods[0]);
    }

    @Test
    void periodsOf_periodsGivenInAnotherOrder_followTheIndexOrder() {
        PeriodIndex index = PeriodIndex.of(YTD_LEAP_DAY, FEB_2024, Y2024);

        assertThat(index.periodsOf(day("2024-02-10"))).containsExactly(0, 1, 2);
        assertThat(index.periodsOf(day("2024-01-10"))).containsExactly(0, 2);
        assertThat(index.periodsOf(day("2024-07-10"))).containsExactly(2);
    }

    @Test
    void periodsOf_randomSets_equalTheContainingPeriods() {
        Random r = new Random(20240229L);
        for (int round = 0; round < 500; round++) {
            PeriodIndex index = RandomCases.periods(r, RandomCases.Periods.values()[r.nextInt(5)]);
            for (int k = 0; k < 50; k++) {
                long d = day("2021-12-01") + r.nextInt(3_400);
                LocalDate date = LocalDate.ofEpochDay(d);
                int[] expected = IntStream.range(0, index.size()).filter(i -> index.period(i).contains(date))
                        .toArray();
                assertThat(index.periodsOf(d)).as("%s on %s", index, date).containsExactly(expected);
            }
        }
    }

    // ---- empty, duplicates, errors ------------------------------------------------------

    @Test
    void of_noPeriods_findsNothing() {
        PeriodIndex index = PeriodIndex.of(List.of());

        assertThat(index.size()).isZero();
        assertThat(index.isDisjoint()).isTrue();
        assertThat(index.periodOf(day("2024-02-29"))).isEqualTo(-1);
        assertThat(index.periodsOf(0)).isEmpty();
    }

    @Test
    void of_aRepeatedPeriod_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> PeriodIndex.of(Y2024, Y2023, Y2024));
        assertEquals("period 2024 appears twice in [2024, 2023, 2024]; each must appear once", e.getMessage());
    }

    @Test
    void of_theSameDaysAsYearAndRange_areDistinctPeriods() {
        Period range = Period.ofRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        PeriodIndex index = PeriodIndex.of(Y2024, range);

        assertThat(index.isDisjoint()).isFalse();
        assertThat(index.periodsOf(day("2024-06-01"))).containsExactly(0, 1);
    }

    @Test
    void monthsOf_yearsReversed_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> PeriodIndex.monthsOf(2024, 2023));
        assertEquals("firstYear (2024) must not be after lastYear (2023)", e.getMessage());
    }

    @Test
    void indexOf_aPeriodNotIndexed_namesTheIndexedOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> PeriodIndex.of(Y2024, Y2023).indexOf(FEB_2024));
        assertEquals("period 2024-02 is not among [2024, 2023]", e.getMessage());
    }

    @Test
    void of_periodsTooFarApart_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> PeriodIndex.of(Period.ofYear(1),
                Period.ofYear(9999)));
        assertEquals("the periods span 3652059 days; at most 1,000,000 (2,700 years) are supported", e.getMessage());
    }

    @Test
    void equality_isByPeriodsInOrder() {
        assertThat(PeriodIndex.of(Y2024, Y2023)).isEqualTo(PeriodIndex.of(List.of(Y2024, Y2023)))
                .hasSameHashCodeAs(PeriodIndex.of(List.of(Y2024, Y2023)))
                .isNotEqualTo(PeriodIndex.of(Y2023, Y2024));
    }

    @Test
    void toString_saysWhetherPeriodsOverlap() {
        assertThat(PeriodIndex.of(Y2024, Y2023)).hasToString("PeriodIndex[2024, 2023]");
        assertThat(PeriodIndex.of(Y2024, FEB_2024)).hasToString("PeriodIndex[2024, 2024-02] (overlapping)");
    }

    @Test
    void of_copiesTheCollection() {
        Set<Period> periods = new LinkedHashSet<>(List.of(Y2024));
        PeriodIndex index = PeriodIndex.of(periods);
        periods.add(Y2023);
        List<Period> more = new ArrayList<>(index.periods());

        assertThat(index.size()).isEqualTo(1);
        assertThat(more).containsExactly(Y2024);
    }
}
