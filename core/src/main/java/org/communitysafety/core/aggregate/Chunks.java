package org.communitysafety.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BinaryOperator;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Futures;

/**
 * Runs a pass over rows {@code 0 .. n} in contiguous chunks on several threads and merges the
 * chunks' accumulators — the parallel scheme of every {@link RecordAggregation}. Chunk 0 runs on the
 * calling thread and the others in the common pool: on 2 cores the pool has a single worker
 * and would otherwise run the chunks one after the other. Package-private.
 */
final class Chunks {
    /** Fewer rows than this a chunk are not worth a thread. */
    static final int MIN_CHUNK = 10_000;

    /** Accumulates rows {@code from} (inclusive) to {@code to} (exclusive) into a new accumulator. */
    interface Pass<A> {
        A run(int from, int to);
    }

    private Chunks() {}

    /**
     * The merged accumulator of rows {@code 0 .. n} on at most {@code threads} threads, each
     * chunk at least {@link #MIN_CHUNK} rows; {@code merge} adds its second argument into its
     * first and returns it.
     */
    static <A> A run(int n, int threads, Pass<A> pass, BinaryOperator<A> merge) {
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        int chunks = Math.max(1, Math.min(threads, n / MIN_CHUNK));
        if (chunks == 1) {
            return pass.run(0, n);
        }
        List<CompletableFuture<A>> parts = new ArrayList<>();
        for (int k = 1; k < chunks; k++) {
            int from = (int) ((long) n * k / chunks);
            int to = (int) ((long) n * (k + 1) / chunks);
            parts.add(CompletableFuture.supplyAsync(() -> pass.run(from, to)));
        }
        A total = pass.run(0, n / chunks);
        for (CompletableFuture<A> part : parts) {
            total = merge.apply(total, Futures.join(part));
        }
        return total;
    }
}
