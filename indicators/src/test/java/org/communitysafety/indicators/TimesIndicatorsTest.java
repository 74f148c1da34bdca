package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalDouble;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.junit.jupiter.api.Test;

/**
 * The crime clock and the median reporting delay (issue 12 item 6), and grids in the roll-up
 * (item 7), on incidents few enough to count by hand. 2024-03-04 was a Monday (2024-03-07, a
 * Thursday, less three days).
 */
class TimesIndicatorsTest {
    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static LocalTime t(String s) {
        return LocalTime.parse(s);
    }

    /** City C → town T → villages V1 (grids G1, G2), V2, V3. */
    static final Dataset DATA = Dataset.of(JurisdictionTree.of(
                    Jurisdiction.root("C", "City", Level.CITY),
                    Jurisdiction.of("T", "Town", Level.TOWN, "C"),
                    Jurisdiction.of("V1", "Village 1", Level.VILLAGE, "T").withPopulation(1000),
                    Jurisdiction.of("G1", "Grid 1", Level.GRID, "V1"),
                    Jurisdiction.of("G2", "Grid 2", Level.GRID, "V1"),
                    Jurisdiction.of("V2", "Village 2", Level.VILLAGE, "T").withPopulation(1000),
                    Jurisdiction.of("V3", "Village 3", Level.VILLAGE, "T").withPopulation(1000)),
            List.of(
                    // Monday 08:15, reported 30 minutes later
                    Incident.of("a1", "G1", "theft", d("2024-03-04"), true).withOccurredTime(t("08:15"))
                            .withReported(d("2024-03-04"), t("08:45")),
                    // Monday 08:59:59 (hour 8), reported 10:59 the same day: 120 minutes (seconds dropped)
                    Incident.of("a2", "G2", "theft", d("2024-03-04"), true).withOccurredTime(t("08:59:59"))
                            .withReported(d("2024-03-04"), t("10:59")),
                    // Sunday 23:30, reported 00:10 the next day: 40 minutes
                    Incident.of("a3", "V1", "fraud", d("2024-03-10"), true).withOccurredTime(t("23:30"))
                            .withReported(d("2024-03-11"), t("00:10")),
                    // a day without a time, reported a day later: no time, no delay in minutes
                    Incident.of("a4", "V1", "theft", d("2024-03-07"), true).withReportedOn(d("2024-03-08")),
                    // Thursday 14:00 in V2, reported at 14:05: 5 minutes
                    Incident.of("a5", "V2", "theft", d("2024-03-07"), true).withOccurredTime(t("14:00"))
                            .withReported(d("2024-03-07"), t("14:05")),
                    // Tuesday 12:00, never reported separately
                    Incident.of("a6", "G1", "theft", d("2024-03-05"), true).withOccurredTime(t("12:00")),
                    // 2023: outside the period
                    Incident.of("a7", "G1", "theft", d("2023-03-06"), true).withOccurredTime(t("09:00"))
                            .withReported(d("2023-03-06"), t("09:10")),
                    // Friday 07:00, reported 54 days later: 77,760 minutes, beyond the store's 65,533
                    Incident.of("a8", "V1", "theft", d("2024-03-08"), true).withOccurredTime(t("07:00"))
                            .withReported(d("2024-05-01"), t("07:00"))),
            List.of(), List.of());

    static final Indicators I = Indicators.of(DATA);
    static final Period Y2024 = Period.parse("2024");

    @Test
    void crimeClock_village_countsItsGridsByWeekdayAndHour_andTheIncidentsWithoutATime() {
        CrimeClock c = I.crimeClock("V1", Group.ALL, Y2024);

        assertThat(c.count(DayOfWeek.MONDAY, 8)).isEqualTo(2);      // a1, a2
        assertThat(c.count(DayOfWeek.TUESDAY, 12)).isEqualTo(1);    // a6
        assertThat(c.count(DayOfWeek.FRIDAY, 7)).isEqualTo(1);      // a8
        assertThat(c.count(DayOfWeek.SUNDAY, 23)).isEqualTo(1);     // a3
        assertThat(c.count(DayOfWeek.THURSDAY, 14)).as("a5 is in V2").isZero();
        assertThat(c.withTime()).isEqualTo(5);
        assertThat(c.withoutTime()).as("a4 has a day only").isEqualTo(1);
        assertThat(c.total()).isEqualTo(6);
        assertThat(c.byHour()[8]).isEqualTo(2);
        assertThat(c.byDay()).containsExactly(2, 1, 0, 0, 1, 0, 1);
        assertThat(c.share(DayOfWeek.MONDAY, 8)).isEqualTo(OptionalDouble.of(0.4));
        assertThat(c.unit()).isEqualTo("V1");
    }

    @Test
    void crimeClock_cityGroupAndGrid_selectTheirIncidents() {
        CrimeClock city = I.crimeClock("City", Group.ALL, Y2024);
        CrimeClock fraud = I.crimeClock("V1", Group.category("fraud"), Y2024);
        CrimeClock grid = I.crimeClock("G1", Group.criminal(), Y2024);
        CrimeClock y2023 = I.crimeClock("C", Group.ALL, Period.parse("2023"));

        assertThat(city.withTime()).isEqualTo(6);
        assertThat(city.count(DayOfWeek.THURSDAY, 14)).isEqualTo(1);
        assertThat(fraud.withTime()).isEqualTo(1);
        assertThat(fraud.count(DayOfWeek.SUNDAY, 23)).isEqualTo(1);
        assertThat(grid.withTime()).isEqualTo(2);                    // a1, a6
        assertThat(y2023.count(DayOfWeek.MONDAY, 9)).isEqualTo(1);   // a7: 2023-03-06 was a Monday
        assertThat(y2023.total()).isEqualTo(1);
        assertThat(I.crimeClock("V3", Group.ALL, Y2024).share(DayOfWeek.MONDAY, 0)).isEmpty();
    }

    @Test
    void medianReportingDelay_evenCount_isTheMeanOfTheTwoMiddleDelays() {
        // V1, 2024: a1 30, a3 40, a2 120, a8 saturated → (40 + 120) / 2; a4 and a6 have no delay
        ReportingDelay v1 = I.medianReportingDelay("V1", Group.ALL, Y2024);

        assertThat(v1.medianMinutes()).isEqualTo(OptionalDouble.of(80.0));
        assertThat(v1.medianIsLowerBound()).isFalse();
        assertThat(v1.withDelay()).isEqualTo(4);
        assertThat(v1.withoutDelay()).isEqualTo(2);
        assertThat(v1).hasToString("ReportingDelay[V1, all, 2024: median 80.0 minutes of 4 incidents,"
                + " 2 without a delay]");
    }

    @Test
    void medianReportingDelay_oddCountSaturatedAndNone() {
        // the city adds a5 (5): 5, 30, 40, 120, S → 40
        assertThat(I.medianReportingDelay("C", Group.ALL, Y2024).medianMinutes()).isEqualTo(OptionalDouble.of(40));
        // theft in V1: 30, 120, S → 120
        assertThat(I.medianReportingDelay("V1", Group.category("theft"), Y2024).medianMinutes())
                .isEqualTo(OptionalDouble.of(120));
        ReportingDelay late = I.medianReportingDelay("V1", Group.ALL, Period.parse("2024-03-08..2024-03-08"));
        assertThat(late.medianMinutes()).isEqualTo(OptionalDouble.of(IncidentStore.DELAY_SATURATED));
        assertThat(late.medianIsLowerBound()).isTrue();
        ReportingDelay none = I.medianReportingDelay("V3", Group.ALL, Y2024);
        assertThat(none.medianMinutes()).isEmpty();
        assertThat(none.total()).isZero();
        ReportingDelay daysOnly = I.medianReportingDelay("V1", Group.ALL, Period.parse("2024-03-07..2024-03-07"));
        assertThat(daysOnly.medianMinutes()).as("a4 has days, not minutes").isEmpty();
        assertThat(daysOnly.withoutDelay()).isEqualTo(1);
    }

    @Test
    void crimeClockAndDelay_unknownUnitOrADisputeType_sayWhy() {
        var unit = assertThrows(IllegalArgumentException.class, () -> I.crimeClock("V9", Group.ALL, Y2024));
        var type = assertThrows(IllegalArgumentException.class,
                () -> I.medianReportingDelay("V1", Group.type("family"), Y2024));

        assertThat(unit.getMessage()).contains("V9");
        assertThat(type.getMessage()).startsWith("indicator incidents.count has no group 'type:family'");
    }

    @Test
    void grids_rollUpIntoTheirVillage_andDoNotCountAsVillagesForZeroShares() {
        Results r = I.period("2024").compute(Indicator.INCIDENTS_COUNT, Indicator.UNITS_ZERO_INCIDENT_SHARE);

        assertThat(r.get("incidents.count", "G1", "all").value()).isEqualTo(OptionalDouble.of(2));
        assertThat(r.get("incidents.count", "V1", "all").value()).as("G1 2 + G2 1 + its own 3")
                .isEqualTo(OptionalDouble.of(6));
        assertThat(r.get("incidents.count", "C", "all").value()).isEqualTo(OptionalDouble.of(7));
        // villages V1 (with its grids), V2 and V3: only V3 has none → 1 of 3, not 1 of 4 leaves
        IndicatorRow zero = r.get("units.zero_incident_share", "T", "all");
        assertEquals(1, zero.numerator().orElseThrow());
        assertEquals(3, zero.denominator().orElseThrow());
    }

    /** Law: for every unit, group and period, the clock's total and the delay's total are the incident count. */
    @Test
    void crimeClockAndDelayTotals_everyUnitGroupAndPeriod_equalTheIncidentCount() {
        for (String period : List.of("2023", "2024", "2024-03", "2024-03-04..2024-03-07")) {
            Results r = I.period(period).compute(Indicator.INCIDENTS_COUNT);
            for (String unit : List.of("C", "T", "V1", "G1", "G2", "V2", "V3")) {
                for (Group g : List.of(Group.ALL, Group.criminal(), Group.category("theft"), Group.category("fraud"))) {
                    double count = r.get("incidents.count", unit, g.toString()).value().orElseThrow();
                    Period p = Period.parse(period);
                    assertThat((double) I.crimeClock(unit, g, p).total()).as("%s %s %s", unit, g, period)
                            .isEqualTo(count);
                    assertThat((double) I.medianReportingDelay(unit, g, p).total()).as("%s %s %s", unit, g, period)
                            .isEqualTo(count);
                }
            }
        }
    }
}
