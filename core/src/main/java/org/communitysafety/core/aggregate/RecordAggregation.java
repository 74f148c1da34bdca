package org.communitysafety.core.aggregate;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitysafety.core.lang.Check;

/**
 * Aggregates a {@link RecordStore} of any kind on several threads. A store small against its
 * tree is split into contiguous chunks of rows, each chunk accumulated on its own thread into
 * its own {@link RecordAccumulator}, and the accumulators are merged ({@link Cube#plus} is
 * associative and commutative, so the result does not depend on the split). A large tree's
 * store — one whose dense sums would pass {@link RecordAccumulator#DENSE_SUMS}, so that an
 * accumulator would hash its cells — is aggregated by ranges of units instead, as {@link
 * IncidentAggregation#aggregateSparse} does the incidents (package-private {@code byUnitRanges}).
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordAggregation {
    private RecordAggregation() {}

    /**
     * Cells (units × periods × types) a range of {@link #byUnitRanges} holds: a thread's dense
     * sums of them are 4.7 MB for the nine dispute measures, made once a thread.
     */
    static final int RANGE_CELLS = 1 << 16;

    /**
     * Every measure of the store's kind (and its distribution of days, if it has one) over
     * {@code periods}, on {@code threads} threads (1 = this thread). A chunk or a thread has at
     * least 10,000 records, so below 20,000 it runs on this thread. The same figures whichever
     * way it is aggregated.
     */
    public static <M extends Enum<M>> Cube<M> aggregate(RecordStore<M> store, PeriodIndex periods, int threads) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        long cells = (long) store.unitCount() * periods.size() * store.kind().fixedWidth();
        if (cells * store.kind().measureCount() > RecordAccumulator.DENSE_SUMS && 32L * store.size() >= cells) {
            return byUnitRanges(store, periods, threads, RANGE_CELLS);
        }
        return chunked(store, periods, threads);
    }

    /**
     * The rows split into contiguous chunks, one accumulator a chunk (dense, or hashed above
     * {@link RecordAccumulator#DENSE_SUMS}), merged: the path of every store but a large
     * tree's well-filled one.
     */
    static <M extends Enum<M>> Cube<M> chunked(RecordStore<M> store, PeriodIndex periods, int threads) {
        return Chunks.run(store.size(), threads,
                (from, to) -> RecordAccumulator.create(store.kind(), store.unitCount(), periods).add(store, from, to),
                RecordAccumulator::merge).snapshot();
    }

    /**
     * The cube of {@link #chunked}, {@linkplain Cube#sparse() sparse}, made by ranges of units:
     * the store's rows are first grouped by ranges of units of at most {@code rangeCells} cells
     * ({@link RecordStore#groupedInRanges}: one pass, a copy of the columns), then the threads
     * take the ranges in turn, each adding a range's rows into its own small dense accumulator
     * of a range's units, keeping its cells sparsely ({@link RecordAccumulator#drain}) and its
     * days, and zeroing it for the next range; the ranges' cells are joined in unit order and
     * their days grouped as a snapshot groups them. No hashing and no merge: a million villages'
     * 3 million disputes made some 0.9 GB of hashed sums, tables, merged copies and snapshot
     * arrays, where this makes the copy of the store (54 MB), the ranges' cells and their join.
     * Nothing is done for a range with no rows, but a range with rows zeroes and scans all its
     * cells (8 bytes × measures a cell), so {@link #aggregate} takes this path only with at
     * least one record for 32 cells.
     */
    static <M extends Enum<M>> Cube<M> byUnitRanges(RecordStore<M> store, PeriodIndex periods, int threads,
            int rangeCells) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        RecordKind<M> kind = store.kind();
        int units = store.unitCount();
        int p = periods.size();
        int held = Math.max(1, Math.min(units, rangeCells / Math.max(1, p * kind.fixedWidth())));
        int ranges = (units + held - 1) / held;
        int[] rangeStart = new int[ranges + 1];
        RecordStore<M> grouped = store.groupedInRanges(held, rangeStart);
        SparseCells[] parts = new SparseCells[ranges];
        long[][] days = new long[ranges][];
        int chunks = Chunks.worth(store.size(), Math.min(threads, ranges));
        AtomicInteger next = new AtomicInteger();
        Chunks.each(chunks, t -> {
            RecordAccumulator<M> acc = RecordAccumulator.create(kind, held, periods, false);
            for (int g = next.getAndIncrement(); g < ranges; g = next.getAndIncrement()) {
                int count = Math.min(held, units - g * held);
                int from = rangeStart[g];
                int to = rangeStart[g + 1];
                if (from == to) {
                    parts[g] = new SparseCells(new int[count * p + 1], new short[0], new long[kind.measureCount()][0]);
                    days[g] = new long[0];
                } else {
                    acc.add(grouped, from, to);
                    parts[g] = acc.drain(count);
                    days[g] = acc.takeDays(g * held * p);
                }
            }
        });
        int dayCount = 0;
        for (long[] d : days) {
            dayCount = Math.addExact(dayCount, d.length);
        }
        long[] allDays = new long[dayCount];
        int at = 0;
        for (long[] d : days) {
            System.arraycopy(d, 0, allDays, at, d.length);
            at += d.length;
        }
        return RecordAccumulator.cube(kind, units, periods, null, SparseCells.concat(parts), allDays, dayCount);
    }
}
