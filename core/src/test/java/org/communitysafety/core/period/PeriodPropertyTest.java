package org.communitysafety.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Properties checked over many random periods drawn with a fixed seed, so failures reproduce. */
class PeriodPropertyTest {

    private static final long SEED = 20240229L;
    private static final int ROUNDS = 20_000;

    /** A random period of {@code kind} between 1900 and 2100. */
    private static Period randomPeriod(Random random, PeriodKind kind) {
        int year = 1900 + random.nextInt(201);
        switch (kind) {
            case YEAR:
                return Period.ofYear(year);
            case QUARTER:
                return Period.ofQuarter(year, 1 + random.nextInt(4));
            case MONTH:
                return Period.ofMonth(year, 1 + random.nextInt(12));
            case WEEK: {
                int weeks = (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR
                        .rangeRefinedBy(LocalDate.of(year, 1, 4)).getMaximum();
                return Period.ofIsoWeek(year, 1 + random.nextInt(weeks));
            }
            case RANGE: {
                LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(366));
                int length = random.nextInt(4) == 0 ? 1 + random.nextInt(800) : 1 + random.nextInt(40);
                return Period.ofRange(start, start.plusDays(length - 1L));
            }
            default:
                throw new AssertionError(kind);
        }
    }

    private static Period randomPeriod(Random random) {
        PeriodKind[] kinds = PeriodKind.values();
        return randomPeriod(random, kinds[random.nextInt(kinds.length)]);
    }

    @Test
    void nextOfPrevious_everyKind_isIdentity() {
        Random random = new Random(SEED);
        for (int i = 0; i < ROUNDS; i++) {
            Period p = randomPeriod(random);
            assertThat(p.previous().next()).as("%s", p).isEqualTo(p);
            assertThat(p.next().previous()).as("%s", p).isEqualTo(p);
        }
    }

    @Test
    void previous_everyKind_isAdjacentAndSameKind() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < ROUNDS; i++) {
            Period p = randomPeriod(random);
            Period previous = p.previous();
            assertThat(previous.kind()).as("%s", p).isEqualTo(p.kind());
            assertThat(previous.endEpochDay() + 1).as("%s", p).isEqualTo(p.startEpochDay());
            assertThat(previous.overlaps(p)).as("%s", p).isFalse();
        }
    }

    @Test
    void previous_range_hasSameLength() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < ROUNDS; i++) {
            Period p = randomPeriod(random, PeriodKind.RANGE);
            assertThat(p.previous().lengthInDays()).as("%s", p).isEqualTo(p.lengthInDays());
            assertThat(p.next().lengthInDays()).as("%s", p).isEqualTo(p.lengthInDays());
        }
    }

    @Test
    void previous_weekAndFixedUnits_areSevenDaysOrCalendarUnitsBack() {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < ROUNDS; i++) {
            Period week = randomPeriod(random, PeriodKind.WEEK);
            assertThat(week.previous().start()).as("%s", week).isEqualTo(week.start().minusWeeks(1));
            Period month = randomPeriod(random, PeriodKind.MONTH);
            assertThat(month.previous().start()).as("%s", month).isEqualTo(month.start().minusMonths(1));
            Period quarter = randomPeriod(random, PeriodKind.QUARTER);
            assertThat(quarter.previous().start()).as("%s", quarter).isEqualTo(quarter.start().minusMonths(3));
        }
    }

    @Test
    void yearEarlier_rangeNotTouchingFebruary_hasSameLength() {
        Random random = new Random(SEED + 4);
        int checked = 0;
        for (int i = 0; i < ROUNDS; i++) {
            Period p = randomPeriod(random, PeriodKind.RANGE);
            Period earlier = p.yearEarlier();
            assertThat(earlier.kind()).isEqualTo(PeriodKind.RANGE);
            assertThat(earlier.start()).isEqualTo(p.start().minusYears(1));
            assertThat(earlier.end()).isEqualTo(p.end().minusYears(1));
            boolean touchesFebruary = p.days().anyMatch(day -> day.getMonth() == Month.FEBRUARY);
            if (!touchesFebruary) {
                checked++;
                assertThat(earlier.lengthInDays()).as("%s", p).isEqualTo(p.lengthInDays());
            } else {
                assertThat(Math.abs(earlier.lengthInDays() - p.lengthInDays())).as("%s", p).isLessThanOrEqualTo(1);
            }
        }
        assertThat(checked).isGreaterThan(ROUNDS / 2);
    }

    @Test
    void yearEarlier_nonRangeKinds_keepLabelAndKind() {
        Random random = new Random(SEED + 5);
        for (int i = 0; i < ROUNDS; i++) {
            Period p = randomPeriod(random);
            if (p.kind() == PeriodKind.RANGE) {
                continue;
            }
            Period earlier = p.yearEarlier();
            assertThat(earlier.kind()).isEqualTo(p.kind());
            String text = p.toString();
            int year = Integer.parseInt(text.substring(0, 4));
            String expected = String.format("%04d", year - 1) + text.substring(4);
            if (text.endsWith("-W53") && !earlier.toString().endsWith("-W53")) {
                expected = String.format("%04d-W52", year - 1);
            }
            assertThat(earlier).as("%s", p).hasToString(expected);
        }
    }

    @Test
    void parse_toString_roundTripsForRandomPeriods() {
        Random random = new Random(SEED + 6);
        for (int i = 0; i < ROUNDS; i++) {
            Period p = randomPeriod(random);
            assertThat(Period.parse(p.toString())).isEqualTo(p);
            assertThat(Period.parse(p.toString().toLowerCase(java.util.Locale.ROOT))).isEqualTo(p);
        }
    }

    @Test
    void months_randomPeriods_tileTheDaysExactly() {
        Random random = new Random(SEED + 7);
        for (int i = 0; i < 2_000; i++) {
            Period p = randomPeriod(random);
            List<Period> months = p.months();
            assertThat(months.get(0).start()).isEqualTo(p.start());
            assertThat(months.get(months.size() - 1).end()).isEqualTo(p.end());
            long total = 0;
            for (int m = 0; m < months.size(); m++) {
                Period month = months.get(m);
                assertThat(p.contains(month)).isTrue();
                assertThat(month.start().getMonth()).isEqualTo(month.end().getMonth());
                if (m > 0) {
                    assertThat(months.get(m - 1).endExclusive()).isEqualTo(month.start());
                }
                total += month.lengthInDays();
            }
            assertThat(total).as("%s", p).isEqualTo(p.lengthInDays());
        }
    }

    @Test
    void compareTo_randomPairs_consistentWithEqualsAndAntisymmetric() {
        Random random = new Random(SEED + 8);
        for (int i = 0; i < ROUNDS; i++) {
            Period a = randomPeriod(random);
            Period b = random.nextBoolean() ? randomPeriod(random) : Period.parse(a.toString());
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
        }
    }

    @Test
    void weeks_randomPeriods_matchJavaTime() {
        Random random = new Random(SEED + 9);
        for (int i = 0; i < ROUNDS; i++) {
            Period week = randomPeriod(random, PeriodKind.WEEK);
            LocalDate thursday = week.start().plusDays(3);
            assertThat(week.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(String.format("%04d-W%02d", thursday.get(IsoFields.WEEK_BASED_YEAR),
                    thursday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))).isEqualTo(week.toString());
        }
    }
}
