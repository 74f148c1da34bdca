package org.communitysafety.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    static final int MIN_CHUNK = 10_000;

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
        int n = store.size();
        int chunks = Math.max(1, Math.min(threads, n / MIN_CHUNK));
        if (chunks == 1) {
            return accumulator(store, periods).add(store, 0, n).snapshot();
        }
        // chunks 1.. go to the common pool; chunk 0 runs here, since on 2 cores the pool has
        // a single worker and would otherwise run the chunks one after the other
        List<CompletableFuture<DisputeAccumulator>> parts = new ArrayList<>();
        for (int k = 1; k < chunks; k++) {
            int from = (int) ((long) n * k / chunks);
            int to = (int) ((long) n * (k + 1) / chunks);
            parts.add(CompletableFuture.supplyAsync(() -> accumulator(store, periods).add(store, from, to)));
        }
        try {
            DisputeAccumulator total = accumulator(store, periods).add(store, 0, n / chunks);
            for (CompletableFuture<DisputeAccumulator> part : parts) {
                total.merge(part.join());
            }
            return total.snapshot();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static DisputeAccumulator accumulator(DisputeStore store, PeriodIndex periods) {
        return DisputeAccumulator.create(store.unitCount(), store.typeCount(), periods);
    }
}
