package org.communitysafety.core.aggregate;

import java.util.Arrays;

/**
 * The amounts of an {@link IncidentPass}'s runs into the cells of {@code LOSS_FEN} and {@code
 * RECOVERED_FEN}: the store's amounts are sparse (29 % of the rows in the standard sample), so
 * they are read by their own index, not in the loop over the rows. Not thread-safe; one per
 * pass; package-private.
 */
final class IncidentAmounts {
    private static final int LOSS = IncidentMeasure.LOSS_FEN.ordinal();
    private static final int RECOVERED = IncidentMeasure.RECOVERED_FEN.ordinal();

    private final int categories;
    /** The accumulator's measures, by ordinal (LOSS and RECOVERED may be null). */
    private final long[][] columns;
    /** {@link #add}'s sums of one run: [category << 2 | lane << 1 | (0 loss, 1 recovered)]. */
    private final long[] amountLanes;
    /** Where {@link #add} stopped: the runs come in row order, so the next usually starts there. */
    private int amountCursor;

    IncidentAmounts(IncidentAccumulator acc) {
        this.categories = acc.categories;
        this.columns = acc.columns;
        this.amountLanes = new long[categories << 2];
    }

    /**
     * The amounts of rows {@code from .. to} (sparse, sorted by row) into the cells from {@code
     * cellBase}: into two lanes a category first (amount k in lane k mod 2, since amounts come
     * mostly in a few categories and consecutive ones would wait on each other's sum), then into
     * the cells.
     */
    void add(IncidentStore store, int cellBase, int from, int to) {
        final long[] loss = columns[LOSS];   // read each time: a ranged accumulator's arrays change
        final long[] recovered = columns[RECOVERED];
        if (loss == null && recovered == null) {
            return;
        }
        final int[] amountRow = store.amountRow;
        final byte[] category = store.category;
        final long[] amount = store.amount;
        // the first amount at or after row from: at or after where the last run's ended, usually
        // there or a few hundred amounts on (the rows between the runs), found by galloping
        int k = amountCursor;
        if (k > amountRow.length || (k > 0 && amountRow[k - 1] >= from)) {
            k = Arrays.binarySearch(amountRow, from);
            if (k < 0) {
                k = -k - 1;
            }
        } else {
            k = firstAtOrAfter(amountRow, k, from);
        }
        final long[] sums = amountLanes;
        int first = k;
        for (; k < amountRow.length && amountRow[k] < to; k++) {
            int at = ((category[amountRow[k]] & 0xFF) << 2) | ((k & 1) << 1);
            long both = amount[k]; // loss << 32 | recovered; 0 for one of the large amounts
            sums[at] += both >>> 32;
            sums[at + 1] += both & 0xFFFF_FFFFL;
        }
        amountCursor = k;
        if (k == first) {
            return;
        }
        if (store.largeAt.length > 0) {
            largeAmounts(store, first, k);
        }
        for (int c = 0; c < categories; c++) {
            int at = c << 2;
            if (loss != null) {
                loss[cellBase + c] += sums[at] + sums[at + 2];
            }
            if (recovered != null) {
                recovered[cellBase + c] += sums[at + 1] + sums[at + 3];
            }
        }
        Arrays.fill(sums, 0, categories << 2, 0);
    }

    /** Adds the amounts of 2^32 fen or more among amounts {@code first .. end} to {@link #amountLanes}. */
    private void largeAmounts(IncidentStore store, int first, int end) {
        final int[] largeAt = store.largeAt;
        int i = Arrays.binarySearch(largeAt, first);
        for (i = i < 0 ? -i - 1 : i; i < largeAt.length && largeAt[i] < end; i++) {
            int at = (store.category[store.amountRow[largeAt[i]]] & 0xFF) << 2;
            amountLanes[at] += store.largeLoss[i];
            amountLanes[at + 1] += store.largeRecovered[i];
        }
    }

    /**
     * The first index from {@code k} of sorted {@code a} whose value is at least {@code v}, or
     * {@code a.length}: galloping from {@code k} (steps of 1, 2, 4, …), then a binary search
     * of the last step — a few reads near {@code k} when the index is near, where a binary
     * search of the whole array reads as many cache lines as it halves the array.
     */
    static int firstAtOrAfter(int[] a, int k, int v) {
        int lo = k;
        int hi = k;
        for (int step = 1; hi < a.length && a[hi] < v; step <<= 1) {
            lo = hi + 1;
            hi = (int) Math.min(a.length, (long) hi + step);
        }
        while (lo < hi) { // a[lo - 1] < v when lo > k; a[hi] >= v or hi == a.length
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
