package org.communitysafety.core.aggregate;

import java.util.Arrays;
import org.communitysafety.core.lang.Check;

/**
 * The days-to-clear runs of an {@link IncidentAccumulator}: {@code value = (unit × periods +
 * period) << 16 | days} with a count, appended in order by a whole pass (and by the threads of
 * {@link IncidentAggregation}, in unit order); {@link #sorted} sorts them, by a radix sort, only
 * when they are not — after parts added out of order or merged. Not thread-safe; package-private.
 *
 * <p>Held in chunks of {@value #CHUNK} runs or more (the last filled as runs come; the others
 * full, or closed early when a unit's days would not fit), not in one array grown by copying:
 * the 248,000 runs of a year and its baseline at 10M incidents were copied about twice on the
 * way, 1.4 ms of query 4's 35, and the threads' parts once more to be joined. Joined parts are
 * taken by reference ({@link #appendAll}).
 */
final class ClearanceRuns {
    /** Runs a chunk holds at least: 16,384 (256 KB of values and counts, not a humongous object). */
    static final int CHUNK = 1 << 14;

    private long[][] values = new long[4][];
    private long[][] counts = new long[4][];
    private int[] sizes = new int[4];
    /** Chunks in use; the last is {@link #value}, filled up to {@link #fill}. */
    private int chunks;
    private long[] value = new long[0];
    private long[] count = new long[0];
    private int fill;
    /** The runs in all. */
    private int n;
    private long last = Long.MIN_VALUE;
    private boolean inOrder = true;

    /** The number of runs. */
    int size() {
        return n;
    }

    /** The number of chunks; chunk k holds {@link #size(int)} runs, in {@link #values(int)} and {@link #counts(int)}. */
    int chunks() {
        return chunks;
    }

    long[] values(int k) {
        return values[k];
    }

    long[] counts(int k) {
        return counts[k];
    }

    int size(int k) {
        return k == chunks - 1 ? fill : sizes[k];
    }

    /** Whether the runs are in order of value. */
    boolean inOrder() {
        return inOrder;
    }

    /** Makes the last chunk one with room for {@code room} more runs: a new one when it has not. */
    private void room(int room) {
        if (value.length - fill >= room) {
            return;
        }
        Check.state(n <= Integer.MAX_VALUE - room, "more than %d days-to-clear runs", Integer.MAX_VALUE);
        if (chunks > 0) {
            sizes[chunks - 1] = fill;
        }
        if (chunks == values.length) {
            values = Arrays.copyOf(values, chunks * 2);
            counts = Arrays.copyOf(counts, chunks * 2);
            sizes = Arrays.copyOf(sizes, chunks * 2);
        }
        int length = Math.max(CHUNK, room);
        value = new long[length];
        count = new long[length];
        values[chunks] = value;
        counts[chunks] = count;
        chunks++;
        fill = 0;
    }

    void add(long v, long c) {
        room(1);
        if (v < last) {
            inOrder = false;
        }
        value[fill] = v;
        count[fill++] = c;
        last = v;
        n++;
    }

    /**
     * Adds {@code key | d} with count {@code counts[at + d]} for each day {@code d} from {@code
     * fromDay} to {@code toDay} (exclusive) whose count is not zero, in order, and zeroes those
     * counts — without a branch on them (most days of a unit's histogram are empty, in no pattern
     * the processor could predict). The values must come after those added so far.
     */
    void addNonZero(long key, int[] counts, int at, int fromDay, int toDay) {
        room(toDay - fromDay);
        if ((key | fromDay) < last) {
            inOrder = false;
        }
        final long[] v = value;
        final long[] c = count;
        int k = fill;
        for (int d = fromDay; d < toDay; d++) {
            int x = counts[at + d];
            v[k] = key | d;
            c[k] = x;
            k += (-x >>> 31) | (x >>> 31);   // 1 when x != 0
            counts[at + d] = 0;
        }
        if (k > fill) {
            last = v[k - 1];
        }
        n += k - fill;
        fill = k;
    }

    /** Appends a copy of {@code other}'s runs (of those it has now, if it is this). */
    void append(ClearanceRuns other) {
        boolean ordered = other.inOrder;
        int left = other.n;
        for (int k = 0; left > 0; k++) {
            long[] v = other.values[k];
            long[] c = other.counts[k];
            for (int i = 0, size = Math.min(left, other.size(k)); i < size; i++, left--) {
                add(v[i], c[i]);
            }
        }
        inOrder &= ordered;
    }

    /**
     * Appends {@code parts} in order, taking their chunks as they are (by reference): the parts
     * must not be used again.
     */
    void appendAll(ClearanceRuns[] parts) {
        for (ClearanceRuns p : parts) {
            int pc = p.chunks();
            if (pc == 0) {
                continue;
            }
            if (!p.inOrder || (n > 0 && p.values[0][0] < last)) {
                inOrder = false;
            }
            if (chunks > 0) {
                sizes[chunks - 1] = fill;
            }
            for (int k = 0; k < pc; k++) {
                if (chunks == values.length) {
                    values = Arrays.copyOf(values, chunks * 2);
                    counts = Arrays.copyOf(counts, chunks * 2);
                    sizes = Arrays.copyOf(sizes, chunks * 2);
                }
                values[chunks] = p.values[k];
                counts[chunks] = p.counts[k];
                sizes[chunks] = p.size(k);
                chunks++;
            }
            n = Math.addExact(n, p.n);
            last = p.last;
            // appending goes on in the last part's chunk, after its runs
            value = p.value;
            count = p.count;
            fill = p.fill;
        }
    }

    /** These runs in order of value (equal values side by side): itself when already so. */
    ClearanceRuns sorted() {
        if (inOrder) {
            return this;
        }
        long[] v = new long[n];
        long[] c = new long[n];
        for (int k = 0, at = 0; k < chunks; at += size(k), k++) {
            System.arraycopy(values[k], 0, v, at, size(k));
            System.arraycopy(counts[k], 0, c, at, size(k));
        }
        long[] v2 = new long[n];
        long[] c2 = new long[n];
        long max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, v[i]);
        }
        // least-significant-digit radix sort, one stable counting pass per byte that varies
        for (int shift = 0; shift < 64 - Long.numberOfLeadingZeros(max); shift += 8) {
            int[] start = new int[257];
            for (int i = 0; i < n; i++) {
                start[(int) ((v[i] >>> shift) & 0xFF) + 1]++;
            }
            for (int b = 0; b < 256; b++) {
                start[b + 1] += start[b];
            }
            for (int i = 0; i < n; i++) {
                int at = start[(int) ((v[i] >>> shift) & 0xFF)]++;
                v2[at] = v[i];
                c2[at] = c[i];
            }
            long[] t = v;
            v = v2;
            v2 = t;
            t = c;
            c = c2;
            c2 = t;
        }
        ClearanceRuns r = new ClearanceRuns();
        if (n > 0) {
            r.values[0] = v;
            r.counts[0] = c;
            r.chunks = 1;
            r.value = v;
            r.count = c;
            r.fill = n;
            r.n = n;
            r.last = v[n - 1];
        }
        return r;
    }
}
