package org.communitysafety.core.aggregate;

/**
 * The order of a column store's rows by (unit, day), ties in the order the rows were added: a
 * stable counting sort by day, then a stable counting sort of that order by unit, each on
 * several threads. Every thread counts a contiguous slice of the rows; the buckets' places are
 * then laid out bucket by bucket and, within a bucket, slice by slice, so that each thread
 * scatters its slice to places of its own and a bucket keeps the rows in the order they came —
 * the same order one thread gives. At 10 million incidents the two scatters are random writes
 * over 40 MB arrays, memory-bound, so a second core halves them. Stateless; package-private.
 */
final class StableOrder {
    /** Fewer rows than this a slice are not worth a thread. */
    private static final int MIN_SLICE = 250_000;

    private StableOrder() {}

    /**
     * Where each row goes: {@code where[r]} is row r's place in the order of
     * ({@code unit[r]}, {@code day[r]}), ties in row order; {@code unitStart} (of length
     * {@code units + 1}) receives where each unit's rows start, and its last entry {@code n}.
     *
     * @param firstDay the smallest {@code day[r]}; the days span {@code span} values from it
     */
    static int[] where(int[] unit, int units, int[] day, int firstDay, int span, int n, int threads,
            int[] unitStart) {
        return where(unit, units, day, firstDay, span, n, threads, unitStart, MIN_SLICE);
    }

    /** {@link #where}, with slices of at least {@code minSlice} rows (for tests of several slices on small inputs). */
    static int[] where(int[] unit, int units, int[] day, int firstDay, int span, int n, int threads,
            int[] unitStart, int minSlice) {
        int slices = Math.max(1, Math.min(threads, n / minSlice));
        int[] bounds = new int[slices + 1];
        for (int s = 0; s <= slices; s++) {
            bounds[s] = (int) ((long) n * s / slices);
        }
        // by day: byDay[i] is the i-th row in day order
        int[][] dayCounts = new int[slices][];
        Chunks.each(slices, s -> {
            int[] c = new int[span];
            for (int r = bounds[s]; r < bounds[s + 1]; r++) {
                c[day[r] - firstDay]++;
            }
            dayCounts[s] = c;
        });
        layOut(dayCounts, span, null);
        int[] byDay = new int[n];
        Chunks.each(slices, s -> {
            int[] next = dayCounts[s];
            for (int r = bounds[s]; r < bounds[s + 1]; r++) {
                byDay[next[day[r] - firstDay]++] = r;
            }
        });
        // by unit, over the day order
        int[][] unitCounts = new int[slices][];
        Chunks.each(slices, s -> {
            int[] c = new int[units];
            for (int i = bounds[s]; i < bounds[s + 1]; i++) {
                c[unit[byDay[i]]]++;
            }
            unitCounts[s] = c;
        });
        layOut(unitCounts, units, unitStart);
        int[] where = new int[n];
        Chunks.each(slices, s -> {
            int[] next = unitCounts[s];
            for (int i = bounds[s]; i < bounds[s + 1]; i++) {
                int r = byDay[i];
                where[r] = next[unit[r]]++;
            }
        });
        return where;
    }

    /**
     * Turns each slice's counts into the place its first row of each bucket goes: buckets in
     * order, slices in order within a bucket; {@code starts} (when not null) receives each
     * bucket's first place and, last, the total.
     */
    private static void layOut(int[][] counts, int buckets, int[] starts) {
        int place = 0;
        for (int b = 0; b < buckets; b++) {
            if (starts != null) {
                starts[b] = place;
            }
            for (int[] c : counts) {
                int k = c[b];
                c[b] = place;
                place += k;
            }
        }
        if (starts != null) {
            starts[buckets] = place;
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
    interface Rows {
        void run(int from, int to);
    }

    /**
     * Runs {@code rows} over {@code 0 .. n} in contiguous slices on up to {@code threads}
     * threads: for passes whose rows write to places of their own, such as moving rows to
     * {@link #where}.
     */
    static void inSlices(int n, int threads, Rows rows) {
        int slices = Math.max(1, Math.min(threads, n / MIN_SLICE));
        Chunks.each(slices, s -> rows.run((int) ((long) n * s / slices), (int) ((long) n * (s + 1) / slices)));
    }
}
