package org.communitysafety.core.aggregate;

import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * Aggregates a {@link RecordStore} of any kind on several threads: the rows are split into
 * contiguous chunks, each chunk is accumulated on its own thread into its own {@link
 * RecordAccumulator}, and the accumulators are merged ({@link Cube#plus} is associative and
 * commutative, so the result does not depend on the split). Incidents have {@link
 * IncidentAggregation}, which splits by unit instead and merges nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordAggregation {
    private RecordAggregation() {}

    /**
     * Every measure of the store's kind (and its distribution of days, if it has one) over
     * {@code periods}, on {@code threads} threads (1 = this thread). A chunk has at least 10,000
     * records, so below 20,000 it runs on this thread.
     */
    public static <M extends Enum<M>> Cube<M> aggregate(RecordStore<M> store, PeriodIndex periods, int threads) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        return Chunks.run(store.size(), threads,
                (from, to) -> RecordAccumulator.create(store.kind(), store.unitCount(), periods).add(store, from, to),
                RecordAccumulator::merge).snapshot();
    }
}
