package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dispute aggregation of realistic data: the standard sample and a larger one that runs on several threads. */
final class DisputeAggregationTest {
    /** A report's periods: 2024, its months, a year to date ending on the leap day, and 2023. */
    private static final PeriodIndex REPORT = report();
    private static Dataset standard;
    private static DisputeStore standardStore;

    private static PeriodIndex report() {
        List<Period> periods = new ArrayList<>(Period.ofYear(2024).months());
        periods.add(Period.ofYear(2024));
        periods.add(Period.yearToDate(LocalDate.of(2024, 2, 29)));
        periods.add(Period.ofYear(2023));
        return PeriodIndex.of(periods);
    }

    @BeforeAll
    static void standardSample() {
        standard = SampleGenerator.of(SampleSpec.standard()).dataset();
        standardStore = DisputeStore.of(standard);
    }

    @Test
    void aggregate_standardSample_equalsNaiveStreamsAfterRollUp() {
        DisputeCube rolled = DisputeAggregation.aggregate(standardStore, REPORT, 4).rollUp(standard.tree());
        int city = standard.tree().roots()[0];

        for (int p = 0; p < REPORT.size(); p++) {
            Period period = REPORT.period(p);
            for (DisputeMeasure m : DisputeMeasure.values()) {
                assertThat(rolled.total(m, city, p)).as("%s in %s", m, period)
                        .isEqualTo(DisputeCubePropertyTest.naiveSum(m, standard.disputes(), period));
            }
            assertThat(DisputeCubePropertyTest.expand(rolled.daysToClose(city, p)))
                    .isEqualTo(DisputeCubePropertyTest.naiveDays(standard.disputes(), period));
        }
    }

    @Test
    void aggregate_standardSample_isRealistic() {
        DisputeCube rolled = DisputeAggregation.aggregate(standardStore, REPORT, 1).rollUp(standard.tree());
        int city = standard.tree().roots()[0];
        int year = REPORT.indexOf(Period.ofYear(2024));

        long received = rolled.total(DisputeMeasure.RECEIVED, city, year);
        long concluded = rolled.total(DisputeMeasure.CONCLUDED_OF_RECEIVED, city, year);
        long resolved = rolled.total(DisputeMeasure.RESOLVED, city, year);

        // about a third of 15,000 disputes in 2022-2024 fall in 2024; reports give 98.0-98.6% concluded
        assertThat(received).isBetween(4_500L, 5_500L);
        assertThat((double) concluded / received).isBetween(0.95, 1.0);
        assertThat((double) resolved / concluded).isBetween(0.95, 1.0);
        assertThat(rolled.total(DisputeMeasure.OLD_BACKLOG, city, year)).isPositive();
        assertThat(rolled.daysToClose(city, year).median().orElseThrow()).isBetween(3.0, 10.0);
    }

    @Test
    void aggregate_onSeveralThreads_equalsOneThreadOnTheStandardSampleAndALargerOne() {
        DisputeStore larger = DisputeStore.of(SampleGenerator.of(SampleSpec.standard().withIncidents(0)
                .withOutreach(0).withDisputes(65_000)).dataset());

        for (DisputeStore store : List.of(standardStore, larger)) {
            DisputeCube one = DisputeAggregation.aggregate(store, REPORT, 1);
            for (int threads : new int[] {2, 3, 4, 8}) {
                assertThat(DisputeAggregation.aggregate(store, REPORT, threads)).as("%s on %d threads", store, threads)
                        .isEqualTo(one);
            }
            assertThat(one).isEqualTo(DisputeAccumulator.create(store.unitCount(), store.typeCount(), REPORT)
                    .add(store).snapshot());
        }
    }

    @Test
    void aggregate_standardSample_keepsTheLedgerIdentityInEveryCell() {
        DisputeCube cube = DisputeAggregation.aggregate(standardStore, PeriodIndex.monthsOf(2022, 2024), 2);

        for (DisputeCube c : List.of(cube, cube.rollUp(standard.tree()))) {
            for (int u = 0; u < c.units(); u++) {
                for (int p = 0; p < c.periods().size(); p++) {
                    for (int t = 0; t < c.types(); t++) {
                        long ledger = c.get(DisputeMeasure.OPENING_BACKLOG, u, p, t)
                                + c.get(DisputeMeasure.RECEIVED, u, p, t) - c.get(DisputeMeasure.CONCLUDED, u, p, t);
                        if (ledger != c.get(DisputeMeasure.CLOSING_BACKLOG, u, p, t)) {
                            assertThat(ledger).as("unit %d, period %d, type %d", u, p, t)
                                    .isEqualTo(c.get(DisputeMeasure.CLOSING_BACKLOG, u, p, t));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aggregate_noThreads_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DisputeAggregation.aggregate(standardStore, REPORT, 0));

        assertEquals("threads must be at least 1, got 0", e.getMessage());
    }

    @Test
    void aggregate_disputesOutsideEveryPeriod_giveAnEmptyCube() {
        PeriodIndex later = PeriodIndex.of(Period.ofYear(2030));
        DisputeStore closedEarly = DisputeStore.builder(standard.tree()).add(standard.disputes().stream()
                .filter(d -> d.closedOn().isPresent()).findFirst().orElseThrow()).build();

        assertThat(DisputeAggregation.aggregate(closedEarly, later, 1))
                .isEqualTo(DisputeCube.empty(standard.tree().size(), later));
    }
}
