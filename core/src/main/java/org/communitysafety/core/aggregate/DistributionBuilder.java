package org.communitysafety.core.aggregate;

import java.util.Arrays;

/**
 * Builds the compressed sparse rows of a cube's day distributions key by key — one key per
 * (unit, period), {@code days/counts[offsets[k] .. offsets[k + 1])} — for every kind's
 * accumulator, {@link Cube#plus} and {@link Cube#rollUp}. Not thread-safe; package-private.
 */
final class DistributionBuilder {
    final int[] offsets;
    private int[] days;
    private long[] counts;
    private int n;
    private int key;

    DistributionBuilder(int keys, int capacity) {
        offsets = new int[keys + 1];
        days = new int[capacity];
        counts = new long[days.length];
    }

    private void ensure(int more) {
        if (n + more > days.length) {
            int cap = Math.max(Math.max(16, n + more), days.length * 2);
            days = Arrays.copyOf(days, cap);
            counts = Arrays.copyOf(counts, cap);
        }
    }

    /** Appends one value with a count to the current key; values must not decrease. */
    void add(int day, long count) {
        if (n > offsets[key] && days[n - 1] == day) {
            counts[n - 1] += count;
            return;
        }
        ensure(1);
        days[n] = day;
        counts[n++] = count;
    }

    /**
     * Appends entries {@code from .. to} of {@code days}/{@code counts} to the current key, which
     * must be empty: a key's distinct days, increasing (a leaf's distribution in a roll-up).
     */
    void addSorted(int[] srcDays, long[] srcCounts, int from, int to) {
        ensure(to - from);
        System.arraycopy(srcDays, from, days, n, to - from);
        System.arraycopy(srcCounts, from, counts, n, to - from);
        n += to - from;
    }

    /**
     * Appends days-to-clear runs {@code from .. to} ({@code value & 0xFFFF} the day, with its
     * count) to the current key: distinct days, increasing, after the key's days so far.
     */
    void addRuns(long[] values, long[] srcCounts, int from, int to) {
        ensure(to - from);
        for (int i = from, at = n; i < to; i++, at++) {
            days[at] = (int) (values[i] & 0xFFFF);
        }
        System.arraycopy(srcCounts, from, counts, n, to - from);
        n += to - from;
    }

    /** Closes the current key and moves to the next. */
    void endKey() {
        offsets[++key] = n;
    }

    void mergeKey(int[] aDays, long[] aCounts, int aFrom, int aTo, int[] bDays, long[] bCounts, int bFrom,
            int bTo) {
        int i = aFrom;
        int j = bFrom;
        while (i < aTo || j < bTo) {
            if (j == bTo || (i < aTo && aDays[i] <= bDays[j])) {
                add(aDays[i], aCounts[i]);
                i++;
            } else {
                add(bDays[j], bCounts[j]);
                j++;
            }
        }
        endKey();
    }

    /**
     * The values written, for the cube being built: the builder's own array when it is exactly
     * full (an accumulator sizes it so), which spares a copy of megabytes on the serial path of a
     * parallel aggregation; the builder is not used afterwards.
     */
    int[] days() {
        return n == days.length ? days : Arrays.copyOf(days, n);
    }

    /** Copies the entries written so far to {@code days} and {@code counts} from index {@code at}. */
    void copyTo(int[] toDays, long[] toCounts, int at) {
        System.arraycopy(days, 0, toDays, at, n);
        System.arraycopy(counts, 0, toCounts, at, n);
    }

    /** The value of entry {@code i} written so far. */
    int day(int i) {
        return days[i];
    }

    /** The count of entry {@code i} written so far. */
    long count(int i) {
        return counts[i];
    }

    /** The counts written, as {@link #days()}: the builder's own array when exactly full. */
    long[] counts() {
        return n == counts.length ? counts : Arrays.copyOf(counts, n);
    }
}
