package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.Objects;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;

/**
 * Scans of an {@link IncidentStore}'s time columns for one unit (with its subtree), a span of
 * days and a set of categories: the hour-of-day × day-of-week counts and the reporting delays.
 * These are read rarely, for one unit at a time, so they are scans of the unit's rows for the
 * span (a binary search per unit of the subtree finds them) rather than cells of the cube: the
 * cube and its hot loop are untouched. Stateless and thread-safe.
 */
public final class IncidentTimes {
    /** Hours × days of the week in {@link #clock}'s counts; the count without a time follows them. */
    public static final int CELLS = 7 * 24;

    private IncidentTimes() {}

    /**
     * The incidents of {@code unit}'s subtree that occurred from {@code firstEpochDay} to
     * {@code lastEpochDay} (inclusive) in a category of {@code categories} (null: every
     * category), by day of the week and hour: element {@code dow × 24 + hour} counts those with a
     * time, Monday = 0 (ISO), hour 0–23; element {@link #CELLS} counts those without a time.
     */
    public static long[] clock(IncidentStore store, JurisdictionTree tree, int unit, long firstEpochDay,
            long lastEpochDay, boolean[] categories) {
        long[] counts = new long[CELLS + 1];
        forEachRow(store, tree, unit, firstEpochDay, lastEpochDay, categories, r -> {
            int m = store.minute == null ? IncidentStore.NO_TIME : store.minute[r];
            if (m == IncidentStore.NO_TIME) {
                counts[CELLS]++;
            } else {
                int dow = Math.floorMod(store.baseDay + store.day[r] + 3, 7); // 1970-01-01 was a Thursday
                counts[dow * 24 + m / 60]++;
            }
        });
        return counts;
    }

    /**
     * The reporting delays in minutes of the same incidents as {@link #clock}, sorted, with
     * {@link IncidentStore#DELAY_SATURATED} for a delay of that many minutes or more; and, as
     * the last element, the number of incidents without a delay in minutes (not reported, or a
     * time missing at either end).
     */
    public static int[] delays(IncidentStore store, JurisdictionTree tree, int unit, long firstEpochDay,
            long lastEpochDay, boolean[] categories) {
        java.util.stream.IntStream.Builder delays = java.util.stream.IntStream.builder();
        int[] without = {0};
        forEachRow(store, tree, unit, firstEpochDay, lastEpochDay, categories, r -> {
            int d = store.reportDelay == null ? IncidentStore.NO_DELAY : store.reportDelay[r];
            if (d == IncidentStore.NO_DELAY) {
                without[0]++;
            } else {
                delays.add(d);
            }
        });
        int[] sorted = delays.build().sorted().toArray();
        int[] out = Arrays.copyOf(sorted, sorted.length + 1);
        out[sorted.length] = without[0];
        return out;
    }

    /**
     * Calls {@code row} with each row of the store that {@link #clock} and {@link #delays} count:
     * the incidents of {@code unit}'s subtree from the first day to the last, in a category of
     * {@code categories} (null: every one) — one binary search per unit of the subtree, as the
     * store keeps each unit's rows ordered by day.
     */
    private static void forEachRow(IncidentStore store, JurisdictionTree tree, int unit, long firstEpochDay,
            long lastEpochDay, boolean[] categories, java.util.function.IntConsumer row) {
        check(store, tree, unit, categories);
        for (int v = tree.subtreeStart(unit); v <= unit; v++) {
            int lo = store.rowsFrom(v);
            int hi = store.rowsFrom(v + 1);
            int from = store.firstRowOnOrAfter(lo, hi, firstEpochDay);
            int to = store.firstRowOnOrAfter(from, hi, lastEpochDay + 1);
            for (int r = from; r < to; r++) {
                if (categories == null || categories[store.category[r] & 0xFF]) {
                    row.accept(r);
                }
            }
        }
    }

    private static void check(IncidentStore store, JurisdictionTree tree, int unit, boolean[] categories) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(tree, "tree");
        Check.argument(tree.size() == store.unitCount(), "the tree has %d units, the store was built for %d",
                tree.size(), store.unitCount());
        Objects.checkIndex(unit, tree.size());
        Check.argument(categories == null || categories.length == store.categoryCount(),
                "the category mask has %d entries, the store %d categories",
                categories == null ? 0 : categories.length, store.categoryCount());
    }
}
