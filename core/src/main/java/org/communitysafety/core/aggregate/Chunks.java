package org.communitysafety.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.IntConsumer;
import org.communitysafety.core.lang.Check;

/**
 * Runs a pass over rows {@code 0 .. n} in contiguous chunks on several threads and merges the
 * chunks' accumulators — the parallel scheme of every {@link RecordAggregation}. Chunk 0 runs on the
 * calling thread and the others on the {@link Crew}. Package-private.
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
     * The threads worth using for {@code rows} rows: at most {@code threads}, each with at least
     * {@link #MIN_CHUNK} rows, and at least one.
     */
    static int worth(int rows, int threads) {
        return Math.max(1, Math.min(threads, rows / MIN_CHUNK));
    }

    /**
     * The merged accumulator of rows {@code 0 .. n} on at most {@code threads} threads, each
     * chunk at least {@link #MIN_CHUNK} rows; {@code merge} adds its second argument into its
     * first and returns it.
     */
    static <A> A run(int n, int threads, Pass<A> pass, BinaryOperator<A> merge) {
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        int chunks = worth(n, threads);
        if (chunks == 1) {
            return pass.run(0, n);
        }
        List<A> parts = new ArrayList<>(java.util.Collections.nCopies(chunks, null));
        each(chunks, k -> parts.set(k, pass.run((int) ((long) n * k / chunks), (int) ((long) n * (k + 1) / chunks))));
        A total = parts.get(0);
        for (int k = 1; k < chunks; k++) {
            total = merge.apply(total, parts.get(k));
        }
        return total;
    }

    /**
     * Runs {@code chunk} for 0 to {@code chunks - 1}: 0 on the calling thread, the others on the
     * {@link Crew} (and on the calling thread, as it finishes its own), and waits for them all;
     * what one threw is thrown here.
     */
    static void each(int chunks, IntConsumer chunk) {
        Crew.run(chunks, chunk);
    }
}
