package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dispute and outreach aggregation of realistic data: the standard sample against the naive
 * reference, its plausibility, and a larger sample on several threads.
 */
final class RecordAggregationTest {
    /** A report's periods: 2024, its months, a year to date ending on the leap day, and 2023. */
    private static final PeriodIndex REPORT = report();
    private static Dataset standard;
    private static RecordStore<DisputeMeasure> disputes;
    private static RecordStore<OutreachMeasure> outreach;

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
        disputes = RecordStore.disputesOf(standard);
        outreach = RecordStore.outreachOf(standard);
    }

    @Test
    void aggregate_standardDisputes_equalNaiveStreamsAfterRollUp() {
        Cube<DisputeMeasure> rolled = RecordAggregation.aggregate(disputes, REPORT, 4).rollUp(standard.tree());
        int city = standard.tree().roots()[0];

        for (int p = 0; p < REPORT.size(); p++) {
            Period period = REPORT.period(p);
            for (DisputeMeasure m : DisputeMeasure.values()) {
                assertThat(rolled.total(m, city, p)).as("%s in %s", m, period)
                        .isEqualTo(KindCases.naiveSum(m, standard.disputes(), period));
            }
            assertThat(KindCases.expand(rolled.distribution(city, p)))
                    .isEqualTo(KindCases.naiveDays(standard.disputes(), period));
        }
    }

    @Test
    void aggregate_standardOutreach_equalsNaiveStreamsAfterRollUp() {
        Cube<OutreachMeasure> rolled = RecordAggregation.aggregate(outreach, REPORT, 4).rollUp(standard.tree());
        int city = standard.tree().roots()[0];

        for (int p = 0; p < REPORT.size(); p++) {
            for (OutreachMeasure m : OutreachMeasure.values()) {
                assertThat(rolled.total(m, city, p)).as("%s in %s", m, REPORT.period(p))
                        .isEqualTo(KindCases.naiveSum(m, standard.outreach(), REPORT.period(p)));
            }
        }
        assertThat(rolled.total(OutreachMeasure.SESSIONS, city, REPORT.indexOf(Period.ofYear(2024))))
                .isBetween(1_500L, 2_000L);
    }

    @Test
    void aggregate_standardDisputes_areRealistic() {
        Cube<DisputeMeasure> rolled = RecordAggregation.aggregate(disputes, REPORT, 1).rollUp(standard.tree());
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
        assertThat(rolled.distribution(city, year).median().orElseThrow()).isBetween(3.0, 10.0);
    }

    /** The standard sample's store of each kind and a larger one, which runs on several threads. */
    static Stream<RecordStore<?>> stores() {
        Dataset larger = SampleGenerator.of(SampleSpec.standard().withIncidents(0).withDisputes(65_000)
                .withOutreach(45_000)).dataset();
        return Stream.of(disputes, outreach, RecordStore.disputesOf(larger), RecordStore.outreachOf(larger));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aggregate_onSeveralThreads_equalsOneThreadAndOneAccumulator(RecordStore<?> store) {
        severalThreads(store);
    }

    private static <M extends Enum<M>> void severalThreads(RecordStore<M> store) {
        Cube<M> one = RecordAggregation.aggregate(store, REPORT, 1);
        for (int threads : new int[] {2, 3, 4, 8}) {
            assertThat(RecordAggregation.aggregate(store, REPORT, threads)).as("%s on %d threads", store, threads)
                    .isEqualTo(one);
        }
        assertThat(one).isEqualTo(RecordAccumulator.create(store.kind(), store.unitCount(), REPORT).add(store)
                .snapshot());
        Cube<M> rolled = one.rollUp(standard.tree());
        for (int threads : new int[] {1, 2, 3, 8}) {
            assertThat(one.rollUp(standard.tree(), threads)).as("%s rolled up on %d threads", store, threads)
                    .isEqualTo(rolled);
        }
    }

    @Test
    void aggregate_standardDisputes_keepTheLedgerIdentityInEveryCell() {
        Cube<DisputeMeasure> cube = RecordAggregation.aggregate(disputes, PeriodIndex.monthsOf(2022, 2024), 2);

        for (Cube<DisputeMeasure> c : List.of(cube, cube.rollUp(standard.tree()))) {
            for (int u = 0; u < c.units(); u++) {
                for (int p = 0; p < c.periods().size(); p++) {
                    for (int t = 0; t < c.width(); t++) {
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
        assertEquals("threads must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> RecordAggregation.aggregate(disputes, REPORT, 0)).getMessage());
        assertEquals("threads must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> RecordAggregation.aggregate(outreach, REPORT, 0)).getMessage());
    }

    @Test
    void aggregate_disputesOutsideEveryPeriod_giveAnEmptyCube() {
        PeriodIndex later = PeriodIndex.of(Period.ofYear(2030));
        RecordStore<DisputeMeasure> closedEarly = RecordStore.disputeBuilder(standard.tree()).add(standard.disputes()
                .stream().filter(d -> d.closedOn().isPresent()).findFirst().orElseThrow()).build();

        assertThat(RecordAggregation.aggregate(closedEarly, later, 1))
                .isEqualTo(Cube.empty(RecordKind.DISPUTES, standard.tree().size(), later, 10));
    }
}
