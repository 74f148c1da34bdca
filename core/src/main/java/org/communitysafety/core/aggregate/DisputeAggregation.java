package org.communitysafety.core.aggregate;

import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * Aggregates a {@link DisputeStore} on several threads: the rows are split into contiguous
 * chunks, each chunk is accumulated on its own thread into its own accumulator, and the
 * accumulators are merged ({@link DisputeCube#plus} is associative and commutative, so the
 * result does not depend on the split).
 *
 * <p>Stateless and thread-safe.
 */
public final class DisputeAggregation {
    /** Fewer rows than this a chunk are not worth a thread. */
    static final int MIN_CHUNK = Chunks.MIN_CHUNK;

    private DisputeAggregation() {}

    /**
     * Every measure and the days-to-close distributions over {@code periods}, on {@code threads}
     * threads (1 = this thread). A chunk has at least 10,000 disputes, so below 20,000 it runs on this
     * thread.
     */
    public static DisputeCube aggregate(DisputeStore store, PeriodIndex periods, int threads) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        return Chunks.run(store.size(), threads, (from, to) -> accumulator(store, periods).add(store, from, to), DisputeAccumulator::merge)
                .snapshot();
    }

    private static DisputeAccumulator accumulator(DisputeStore store, PeriodIndex periods) {
        return DisputeAccumulator.create(store.unitCount(), store.typeCount(), periods);
    }
}
