package org.communitysafety.core.aggregate;

import java.util.Objects;
import java.util.Set;
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

    /** Counts only over {@code periods}, on {@code threads} threads. */
    public static Cube<IncidentMeasure> counts(IncidentStore store, PeriodIndex periods, int threads) {
        return run(store, periods, IncidentAccumulator.COUNT_ONLY, threads);
    }

    private static Cube<IncidentMeasure> run(IncidentStore store, PeriodIndex periods, int mask, int threads) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(periods, "periods");
        Check.argument(threads >= 1, "threads must be at least 1, got %d", threads);
        IncidentAccumulator acc = IncidentAccumulator.of(store.unitCount(), store.categoryCount(), periods,
                RecordKind.INCIDENTS.setOf(mask));
        int chunks = Math.max(1, Math.min(threads, store.size() / Chunks.MIN_CHUNK));
        if (chunks == 1) {
            acc.add(store);
        } else {
            acc.addParallel(store, chunks);
        }
        return acc.cube(true);
    }
}
