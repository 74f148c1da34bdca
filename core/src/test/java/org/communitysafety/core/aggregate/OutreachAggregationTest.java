package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Outreach aggregation of realistic data: the standard sample and a larger one that runs on several threads. */
final class OutreachAggregationTest {
    private static final PeriodIndex REPORT = report();
    private static Dataset standard;
    private static RecordStore<OutreachMeasure> standardStore;

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
        standardStore = RecordStore.outreachOf(standard);
    }

    @Test
    void aggregate_standardSample_equalsNaiveStreamsAfterRollUp() {
        Cube<OutreachMeasure> rolled = RecordAggregation.aggregate(standardStore, REPORT, 4).rollUp(standard.tree());
        int city = standard.tree().roots()[0];

        for (int p = 0; p < REPORT.size(); p++) {
            for (OutreachMeasure m : OutreachMeasure.values()) {
                assertThat(rolled.total(m, city, p)).as("%s in %s", m, REPORT.period(p))
                        .isEqualTo(OutreachCubePropertyTest.naiveSum(m, standard.outreach(), REPORT.period(p)));
            }
        }
        assertThat(rolled.total(OutreachMeasure.SESSIONS, city, REPORT.indexOf(Period.ofYear(2024))))
                .isBetween(1_500L, 2_000L);
    }

    @Test
    void aggregate_onSeveralThreads_equalsOneThreadOnTheStandardSampleAndALargerOne() {
        RecordStore<OutreachMeasure> larger = RecordStore.outreachOf(SampleGenerator.of(SampleSpec.standard().withIncidents(0)
                .withDisputes(0).withOutreach(45_000)).dataset());

        for (RecordStore<OutreachMeasure> store : List.of(standardStore, larger)) {
            Cube<OutreachMeasure> one = RecordAggregation.aggregate(store, REPORT, 1);
            for (int threads : new int[] {2, 3, 4, 8}) {
                assertThat(RecordAggregation.aggregate(store, REPORT, threads)).as("%s on %d threads", store,
                        threads).isEqualTo(one);
            }
            assertThat(one).isEqualTo(RecordAccumulator.create(RecordKind.OUTREACH, store.unitCount(), REPORT)
                    .add(store).snapshot());
        }
    }

    @Test
    void aggregate_noThreads_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RecordAggregation.aggregate(standardStore, REPORT, 0));

        assertEquals("threads must be at least 1, got 0", e.getMessage());
    }
}
