package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitysafety.core.aggregate.CubeChecks.assertSameCube;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link IncidentAccumulator#addedInParallel}: while the calling thread allocates the arrays the
 * other threads add their groups into arrays of the groups' own units, copied in afterwards. The
 * tests make the allocation late, so that the other threads take their groups before the arrays
 * are there (all of them, or some), and check the cube against the one-thread pass; and a failed
 * allocation reaches the caller without leaving a thread waiting.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
final class IncidentParallelTest {
    private static final long SEED = 20261207L ^ 7;

    private static Supplier<IncidentAccumulator> late(Case c, int mask, long millis) {
        return () -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return IncidentAccumulator.of(c.tree().size(), c.taxonomy().size(), c.periods(),
                    RecordKind.INCIDENTS.setOf(mask));
        };
    }

    @Test
    void addedInParallel_groupsTakenBeforeTheArrays_makeTheSameCube() {
        Random r = new Random(SEED);
        List<PeriodIndex> periods = List.of(PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023)),
                PeriodIndex.monthsOf(2022, 2024), PeriodIndex.of(Period.ofYear(2024), Period.parse("2024-Q3")));
        for (int t = 0; t < 6; t++) {
            Case c = IncidentRollUpTest.wide(r.nextLong(), 100 + r.nextInt(300), 20_000, periods.get(t % 3));
            IncidentStore store = c.store();
            for (int mask : new int[] {IncidentAccumulator.ALL, IncidentAccumulator.COUNT_ONLY}) {
                Cube<IncidentMeasure> one = IncidentAggregation.aggregate(store, c.periods(),
                        RecordKind.INCIDENTS.setOf(mask), 1);
                for (int threads : new int[] {2, 3}) {
                    for (long millis : new long[] {0, 1, 50}) {
                        Cube<IncidentMeasure> cube = IncidentAccumulator.addedInParallel(store, c.periods(), mask,
                                threads, late(c, mask, millis)).snapshot();
                        assertSameCube(cube, one, "%s: %d threads, arrays after %d ms, measures %s", c, threads,
                                millis, RecordKind.INCIDENTS.setOf(mask));
                    }
                }
            }
        }
    }

    @Test
    void addedInParallel_allocationFails_throwsItWithoutHanging() {
        Case c = IncidentRollUpTest.wide(SEED, 50, 20_000, PeriodIndex.of(Period.ofYear(2024)));
        IncidentStore store = c.store();
        IllegalStateException refused = new IllegalStateException("no memory for the arrays");
        for (long millis : new long[] {0, 50}) {
            assertThatThrownBy(() -> IncidentAccumulator.addedInParallel(store, c.periods(), IncidentAccumulator.ALL,
                    2, () -> {
                        late(c, IncidentAccumulator.ALL, millis).get();
                        throw refused;
                    })).isSameAs(refused);
        }
    }
}
