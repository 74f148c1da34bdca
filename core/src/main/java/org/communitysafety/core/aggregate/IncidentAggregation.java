package org.communitysafety.core.aggregate;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;

/**
 * Aggregates an {@link IncidentStore} on several threads. The store's rows are grouped by unit,
 * and a cube's cells are unit-major, so the units are split into contiguous groups of about
 * equal rows, four a thread, which the threads take in turn, each filling its groups' blocks of
 * one shared set of arrays: nothing is merged afterwards and the cube is handed over without a
 * copy. The result does not depend on
 * the number of threads (tested with 1, 2, 3 and 8). Fewer than 10,000 rows a thread are not
 * worth one.
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentAggregation {
    private IncidentAggregation() {}

    /** Every measure over {@code periods}, on {@code threads} threads (1 = this thread). */
    public static Cube<IncidentMeasure> aggregate(IncidentStore store, PeriodIndex periods, int threads) {
        return run(store, periods, IncidentAccumulator.ALL, threads);
    }

    /**
     * The given measures only (which must include {@code COUNT}) over {@code periods}, on
     * {@code threads} threads; the days-to-clear distributions only with {@code CLEARANCES}. The
     * cube throws {@link IllegalStateException} for any other measure. For example the
     * year-on-year table of counts and cohort clearance:
     * <pre>{@code
     * Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(store, PeriodIndex.of(year, year.yearEarlier()),
     *         EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED), threads).rollUp(tree);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code measures} does not include {@code COUNT}
     */
    public static Cube<IncidentMeasure> aggregate(IncidentStore store, PeriodIndex periods, Set<IncidentMeasure> measures,
            int threads) {
        return run(store, periods, RecordKind.INCIDENTS.maskOf(measures), threads);
    }

    /**
     * Every measure over {@code periods}, rolled up {@code tree}, on {@code threads} threads: the
     * cube of {@code aggregate(store, periods, threads).rollUp(tree, threads)}, made in one go:
     * the tree is cut into pieces of whole subtrees, which the threads add and roll up in turn,
     * each rolling up blocks it has just written; the few units above the pieces are rolled up by
     * the thread that finishes their last child ({@code IncidentRollUp}). Nothing is copied and
     * the distributions before the roll-up are never made: for a year and its baseline at 10M
     * incidents, about 2 ms less on two threads (of 21) and 1 ms on one (of 33). For example the
     * partials of a report:
     * <pre>{@code
     * Cube<IncidentMeasure> cube = IncidentAggregation.aggregateRolledUp(store, PeriodIndex.of(year,
     *         year.yearEarlier()), tree, threads);
     * }</pre>
     *
     * @throws IllegalArgumentException if the tree's units are not the store's
     */
    public static Cube<IncidentMeasure> aggregateRolledUp(IncidentStore store, PeriodIndex periods,
            JurisdictionTree tree, int threads) {
        return rolledUp(store, periods, IncidentAccumulator.ALL, tree, threads);
    }

    /**
     * The given measures only (which must include {@code COUNT}), rolled up {@code tree}: {@link
     * #aggregate(IncidentStore, PeriodIndex, Set, int)} then {@link Cube#rollUp(JurisdictionTree,
     * int)} in one go ({@link #aggregateRolledUp(IncidentStore, PeriodIndex, JurisdictionTree,
     * int)}).
     *
     * @throws IllegalArgumentException if {@code measures} does not include {@code COUNT}, or the
     *     tree's units are not the store's
     */
    public static Cube<IncidentMeasure> aggregateRolledUp(IncidentStore store, PeriodIndex periods,
            Set<IncidentMeasure> measures, JurisdictionTree tree, int threads) {
        return rolledUp(store, periods, RecordKind.INCIDENTS.maskOf(measures), tree, threads);
    }

    private static Cube<IncidentMeasure> rolledUp(IncidentStore store, PeriodIndex periods, int mask,
            JurisdictionTree tree, int threads) {
        Objects.requireNonNull(tree, "tree");
        Check.argument(tree.size() == Objects.requireNonNull(store, "store").unitCount(),
                "the tree has %d units; the store %d", tree.size(), store.unitCount());
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        int chunks = Chunks.worth(store.size(), threads);
        return rolledUp(store, periods, mask, tree, chunks, IncidentRollUp.pieceRows(store.size(), chunks));
    }

    /**
     * {@link #aggregateRolledUp} in pieces of whole subtrees of at most {@code pieceRows} rows
     * ({@link IncidentRollUp}; the tests cut small ones).
     */
    static Cube<IncidentMeasure> rolledUp(IncidentStore store, PeriodIndex periods, int mask, JurisdictionTree tree,
            int threads, long pieceRows) {
        return IncidentRollUp.run(store, tree, periods, mask, threads, pieceRows,
                () -> IncidentAccumulator.withMask(store.unitCount(), store.categoryCount(), periods, mask));
    }

    /**
     * Units a range of {@link #aggregateSparse} holds: its arrays hold at most this many cells
     * (units × periods × categories) a measure, 512 KB, below G1's humongous size for any heap.
     */
    static final int RANGE_CELLS = 1 << 16;

    /**
     * The cube of {@link #aggregate(IncidentStore, PeriodIndex, Set, int)}, {@linkplain
     * Cube#sparse() sparse}, made without its dense arrays: for a large tree. The units are
     * taken in ranges of at most {@value #RANGE_CELLS} cells a measure (3,640 units for one
     * period of 18 categories), which the threads take in turn; a range's rows (the store's rows
     * are grouped by unit) are added into a small dense accumulator of its own units, whose
     * cells are then kept sparsely and the arrays zeroed for the next range. The ranges' cells
     * and days-to-clear runs are joined in unit order. Same figures, same distributions and
     * same sparse cells as the dense pass made sparse, whatever the threads; the memory is the
     * sparse cube's, about 26 bytes a non-zero cell of three measures, where the dense arrays of
     * a million villages' year are 150 MB a measure (G1's humongous regions).
     *
     * @throws IllegalArgumentException if {@code measures} does not include {@code COUNT}
     */
    public static Cube<IncidentMeasure> aggregateSparse(IncidentStore store, PeriodIndex periods,
            Set<IncidentMeasure> measures, int threads) {
        return sparse(store, periods, RecordKind.INCIDENTS.maskOf(measures), threads, RANGE_CELLS);
    }

    /** {@link #aggregateSparse} with ranges of at most {@code rangeCells} cells (the tests set a few). */
    static Cube<IncidentMeasure> sparse(IncidentStore store, PeriodIndex periods, int mask, int threads,
            int rangeCells) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        int units = store.unitCount();
        int categories = store.categoryCount();
        int held = Math.max(1, rangeCells / Math.max(1, periods.size() * categories));
        int ranges = (units + held - 1) / held;
        SparseCells[] parts = new SparseCells[ranges];
        ClearanceRuns[] runs = new ClearanceRuns[ranges];
        int chunks = Chunks.worth(store.size(), Math.min(threads, ranges));
        AtomicInteger next = new AtomicInteger();
        Chunks.each(chunks, t -> {
            IncidentAccumulator acc = IncidentAccumulator.ranged(units, categories, periods, mask, held);
            IncidentPass pass = new IncidentPass(acc, null);
            for (int g = next.getAndIncrement(); g < ranges; g = next.getAndIncrement()) {
                int first = g * held;
                int count = Math.min(held, units - first);
                int from = store.rowsFrom(first);
                int to = store.rowsFrom(first + count);
                runs[g] = new ClearanceRuns();
                if (from < to) {
                    pass.firstUnit = first;
                    pass.addRows(store, from, to, runs[g]);
                }
                parts[g] = acc.drain(count);
            }
        });
        ClearanceRuns all = new ClearanceRuns();
        all.appendAll(runs);
        return IncidentAccumulator.cube(units, categories, periods, mask, null, SparseCells.concat(parts), all);
    }

    /** Counts only over {@code periods}, on {@code threads} threads. */
    public static Cube<IncidentMeasure> counts(IncidentStore store, PeriodIndex periods, int threads) {
        return run(store, periods, IncidentAccumulator.COUNT_ONLY, threads);
    }

    private static Cube<IncidentMeasure> run(IncidentStore store, PeriodIndex periods, int mask, int threads) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        int chunks = Chunks.worth(store.size(), threads);
        IncidentAccumulator acc;
        if (chunks == 1) {
            acc = IncidentAccumulator.withMask(store.unitCount(), store.categoryCount(), periods, mask);
            acc.add(store);
        } else {
            acc = IncidentAccumulator.addedInParallel(store, periods, mask, chunks);
        }
        return acc.cube(true);
    }
}
