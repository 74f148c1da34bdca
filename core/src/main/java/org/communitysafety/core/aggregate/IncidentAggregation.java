package org.communitysafety.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
        int n = store.size();
        int chunks = Math.max(1, Math.min(threads, n / 10_000));
        if (chunks == 1) {
            return accumulator(store, periods, detail).add(store, 0, n).snapshot();
        }
        // chunks 1.. go to the common pool; chunk 0 runs here, since on 2 cores the pool has
        // a single worker and would otherwise run the chunks one after the other
        List<CompletableFuture<IncidentAccumulator>> parts = new ArrayList<>();
        for (int k = 1; k < chunks; k++) {
            int from = (int) ((long) n * k / chunks);
            int to = (int) ((long) n * (k + 1) / chunks);
            parts.add(CompletableFuture.supplyAsync(() -> accumulator(store, periods, detail).add(store, from, to)));
        }
        try {
            IncidentAccumulator total = accumulator(store, periods, detail).add(store, 0, n / chunks);
            for (CompletableFuture<IncidentAccumulator> part : parts) {
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

    private static IncidentAccumulator accumulator(IncidentStore store, PeriodIndex periods, boolean detail) {
        return detail ? IncidentAccumulator.create(store.unitCount(), store.categoryCount(), periods)
                : IncidentAccumulator.countsOnly(store.unitCount(), store.categoryCount(), periods);
    }
}
