package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Series agree with the catalogue period by period, and cut their spans as documented. */
class SeriesTest {

    static final ColumnarDataset DATA = ColumnarDataset.of(AgainstRecordsTest.DATA);
    static final String TOWN = AgainstRecordsTest.TREE.unit(AgainstRecordsTest.TREE.children(
            AgainstRecordsTest.TREE.roots()[0])[0]).code();

    /** Each point is the catalogue's row of its period, year on year, funnel flags aside. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Indicator.class, names = {"INCIDENTS_COUNT", "INCIDENTS_RATE_PER_10K",
        "INCIDENTS_CLEARANCE_RATE", "INCIDENTS_MEDIAN_DAYS_TO_CLEAR", "UNITS_ZERO_INCIDENT_SHARE",
        "UNITS_EXPECTED_ZERO_SHARE", "DISPUTES_COUNT", "DISPUTES_RESOLUTION_RATE", "OUTREACH_AUDIENCE"})
    void series_eachPoint_isTheCataloguesRowOfItsPeriod(Indicator indicator) {
        Group group = indicator.source() == Indicator.Source.INCIDENTS && !indicator.isUngrouped()
                || indicator.source() == Indicator.Source.UNITS ? Group.criminal() : Group.ALL;
        Indicators base = Indicators.of(DATA).funnelFlags(false);
        Series series = base.series(indicator, TOWN, group, Period.parse("2023"), Granularity.MONTH);
        assertThat(series.size()).isEqualTo(12);
        for (Series.Point point : series.points()) {
            IndicatorRow row = base.period(point.period()).compareYearOnYear().unit(TOWN).groups(group)
                    .compute(indicator).get(indicator, TOWN, group);
            assertThat(point).isEqualTo(Series.Point.of(row));
            assertThat(point.baselinePeriod()).isEqualTo(point.period().yearEarlier());
        }
    }

    @Test
    void seriesByUnit_givesEveryUnitInScope_inTheCataloguesOrder() {
        Indicators town = Indicators.of(DATA).unit(TOWN);
        List<Series> all = town.seriesByUnit(Indicator.INCIDENTS_COUNT, Group.ALL, Period.parse("2022-01-01..2023-12-31"),
                Granularity.YEAR);
        List<String> units = town.period("2023").compute(Indicator.INCIDENTS_COUNT).group(Group.ALL).stream()
                .map(IndicatorRow::unit).toList();
        assertThat(all).extracting(Series::unit).containsExactlyElementsOf(units);
        for (Series s : all) {
            assertThat(s.periods()).containsExactly(Period.ofYear(2022), Period.ofYear(2023));
            assertThat(s.get(Period.ofYear(2023)).baselineValueOr(-1)).isEqualTo(s.get(Period.ofYear(2022)).valueOr(-2));
        }
    }

    @Test
    void values_areInOrder_withTheMissingValueWhereEmpty() {
        Series s = Indicators.of(DATA).series(Indicator.INCIDENTS_COUNT, TOWN, Group.ALL, Period.parse("2023-Q1"),
                Granularity.MONTH);
        double[] values = s.values(-1);
        assertThat(values).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(values[i]).isEqualTo(s.points().get(i).value().getAsDouble());
        }
        assertThat(s.first().period()).isEqualTo(Period.parse("2023-01"));
        assertThat(s.last().period()).isEqualTo(Period.parse("2023-03"));
        assertThat(s.baselineValues(-1)[0]).isEqualTo(s.first().baselineValue().getAsDouble());
    }

    @Test
    void periodsOf_cutsTheSpanAsDocumented() {
        assertThat(Granularity.MONTH.periodsOf(Period.parse("2024-01-15..2024-04-30")).toString())
                .isEqualTo("[2024-02, 2024-03, 2024-04]");
        assertThat(Granularity.QUARTER.periodsOf(Period.parse("2024"))).hasSize(4);
        List<Period> weeks = Granularity.WEEK.periodsOf(Period.parse("2020"));
        assertThat(weeks).hasSize(53);
        assertThat(weeks.get(0).toString()).isEqualTo("2020-W01");
        assertThat(weeks.get(52).toString()).isEqualTo("2020-W53");
        assertThat(Granularity.WEEK.periodsOf(Period.parse("2025")).get(0).start().toString()).isEqualTo("2024-12-30");
        assertThat(Granularity.YEAR.periodsOf(Period.parse("2022-01-01..2024-06-30")).toString())
                .isEqualTo("[2022, 2023]");
    }

    @Test
    void weeklySeries_comparesWeek53WithWeek52() {
        Series s = Indicators.of(DATA).series(Indicator.INCIDENTS_COUNT, TOWN, Group.ALL, Period.parse("2023-Q4"),
                Granularity.WEEK);
        assertThat(s.first().period().toString()).isEqualTo("2023-W40");
        assertThat(s.last().baselinePeriod().toString()).isEqualTo("2022-W52");
    }

    @Test
    void misuse_isRefusedWithAClearMessage() {
        Indicators i = Indicators.of(DATA);
        assertThatThrownBy(() -> i.series(Indicator.INCIDENTS_COUNT, TOWN, Group.ALL, Period.parse("2024-07"),
                Granularity.QUARTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the span 2024-07 holds no whole quarter");
        assertThatThrownBy(() -> i.series(Indicator.INCIDENTS_COUNT, TOWN, Group.parse("crimnal"),
                Period.parse("2024"), Granularity.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("indicator incidents.count has no group 'crimnal'; did you mean criminal?");
        assertThatThrownBy(() -> i.series(Indicator.INCIDENTS_MEDIAN_DAYS_TO_CLEAR, TOWN, Group.criminal(),
                Period.parse("2024"), Granularity.MONTH))
                .hasMessage("indicator incidents.median_days_to_clear has no group 'criminal' (its groups: all)");
        assertThatThrownBy(() -> i.series(Indicator.INCIDENTS_COUNT, "nowhere", Group.ALL, Period.parse("2024"),
                Granularity.MONTH))
                .hasMessage("unknown unit 'nowhere'");
        Series s = i.series(Indicator.INCIDENTS_COUNT, TOWN, Group.ALL, Period.parse("2024"), Granularity.MONTH);
        assertThatThrownBy(() -> s.get(Period.parse("2023-12")))
                .hasMessage("the series has no point for 2023-12: it runs from 2024-01 to 2024-12");
    }

    @Test
    void toString_isBounded_andNamesTheSeries() {
        Series s = Indicators.of(DATA).series(Indicator.INCIDENTS_COUNT, TOWN, Group.ALL,
                Period.parse("2021-01-01..2023-12-31"), Granularity.MONTH);
        String text = s.toString();
        assertThat(text).startsWith("Series of incidents.count " + TOWN + " ");
        assertThat(text).contains(", 36 months in 2021-01-01..2023-12-31\n");
        assertThat(text).endsWith("… 12 more points\n");
        assertThat(text.lines().count()).isEqualTo(1 + 2 + 24 + 1);
    }
}
