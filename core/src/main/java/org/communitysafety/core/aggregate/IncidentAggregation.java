package org.communitysafety.core.aggregate;

import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * Aggregates an {@link IncidentStore} on several threads: the rows are split into contiguous
 * chunks, each chunk is accumulated on its own thread into its own cube, and the cubes are
 * added ({@link IncidentCube#plus} is associative and commutative, so the result does not
 * depend on the split).
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentAggregation {
    private IncidentAggregation() {}

    /** Every measure over {@code periods}, on {@code threads} threads (1 = this thread). */
    public static IncidentCube aggregate(IncidentStore store, PeriodIndex periods, int threads) {
        return run(store, periods, threads, true);
    }

    /** Counts only over {@code periods}, on {@code threads} threads. */
    public static IncidentCube counts(IncidentStore store, PeriodIndex periods, int threads) {
        return run(store, periods, threads, false);
    }

    private static IncidentCube run(IncidentStore store, PeriodIndex periods, int threads, boolean detail) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        return Chunks.run(store.size(), threads,
                (from, to) -> accumulator(store, periods, detail).add(store, from, to), IncidentAccumulator::merge)
                .snapshot();
    }

    private static IncidentAccumulator accumulator(IncidentStore store, PeriodIndex periods, boolean detail) {
        return detail ? IncidentAccumulator.create(store.unitCount(), store.categoryCount(), periods)
                : IncidentAccumulator.countsOnly(store.unitCount(), store.categoryCount(), periods);
    }
}
