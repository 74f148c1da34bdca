package org.communitysafety.core.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;
import org.communitysafety.core.jurisdiction.JurisdictionTree;

/**
 * The work of {@link IncidentAggregation#aggregateRolledUp}: aggregation and roll-up in one go,
 * in pieces of whole subtrees, so that almost all of the roll-up runs on the threads of the pass
 * and reads blocks the pass has just written.
 *
 * <h2>Pieces</h2>
 * The tree's dense indices are in post-order, so a subtree is a range of units ending at its
 * root, and its rows one range of the store. A unit whose subtree holds more than {@code
 * pieceRows} rows is a <em>top</em> (the city and its largest districts, say); the others are cut,
 * between whole subtrees whose parent is a top (or which are roots), into pieces of at most
 * {@code pieceRows} rows. A top is a piece of its own unit. The threads take the pieces in turn,
 * as {@link IncidentAccumulator#addedInParallel} takes its groups, and each piece:
 * <ol>
 *   <li>adds its rows (an {@link IncidentPass} into the accumulator's blocks of its units);
 *   <li>rolls up its measures within itself: every unit's block into its parent's, children
 *       first, where the parent is in the piece;
 *   <li>with {@code CLEARANCES}, rolls up its days-to-clear distributions from its runs, which
 *       come out of the pass sorted (unit by unit, day by day), to a compressed-rows segment of
 *       its keys: a leaf's copied, a parent's summed in order of day ({@link DaySums}).
 * </ol>
 * A top waits for its own rows and for each child (a counter); the thread that finishes the last
 * rolls the top up — its children's blocks into its own, its distributions from its runs and its
 * children's segments — and tells the top's parent. What is left for the calling thread at the
 * end is copying the segments, in order, into the cube's arrays. The distributions before the
 * roll-up, which the separate {@link Cube#rollUp} reads and the accumulator's {@link
 * IncidentAccumulator#snapshot snapshot} builds, are never made.
 *
 * <p>The cube is the same as {@code aggregate(store, periods, measures, 1).rollUp(tree)}
 * whatever the threads and pieces: the same sums, added in another order. One thread makes one
 * piece of the whole tree. Package-private.
 */
final class IncidentRollUp {
    /** Pieces a thread, about: enough that a thread held up leaves the others work to take. */
    static final int PIECES_PER_THREAD = 8;

    private final IncidentStore store;
    private final JurisdictionTree tree;
    private final PeriodIndex periods;
    private final int categories;
    private final int mask;
    private final int[] parent;
    private final int periodCount;
    /** The cells of a unit: periods × categories. */
    private final int block;
    private final boolean distributions;
    /** Piece k is units {@code first[k] .. end[k] - 1}; a top when {@code top[k]}. */
    private int[] first = new int[16];
    private int[] end = new int[16];
    private boolean[] top = new boolean[16];
    private int pieces;
    /** Each piece's rolled-up distributions (a top's once rolled up). */
    private Segment[] segments;
    /** A top's own days-to-clear runs, until it is rolled up. */
    private ClearanceRuns[] topRuns;
    /** What each top still waits for: its own rows and each child. */
    private AtomicIntegerArray pending;

    private IncidentRollUp(IncidentStore store, JurisdictionTree tree, PeriodIndex periods, int mask, long pieceRows) {
        this.store = store;
        this.tree = tree;
        this.periods = periods;
        this.categories = store.categoryCount();
        this.mask = mask;
        this.parent = tree.parents();
        this.periodCount = periods.size();
        this.block = periodCount * categories;
        this.distributions = RecordKind.INCIDENTS.hasDistributions(mask);
        cut(pieceRows);
    }

    /**
     * The cube of the measures of {@code mask} over all of {@code store}, rolled up {@code tree},
     * on up to {@code threads} threads, the tree cut into pieces of at most {@code pieceRows}
     * rows (the tests cut small pieces; {@link IncidentAggregation} about {@value
     * #PIECES_PER_THREAD} a thread, or one piece on one thread). The calling thread makes the
     * accumulator with {@code allocate} (a new one, used up here) while the others begin ({@link
     * LateAccumulator}): a piece they take before it is there is added and rolled up in arrays of
     * its own units, copied in once it is, and only then tells its tops.
     */
    static Cube<IncidentMeasure> run(IncidentStore store, JurisdictionTree tree, PeriodIndex periods, int mask,
            int threads, long pieceRows, Supplier<IncidentAccumulator> allocate) {
        return new IncidentRollUp(store, tree, periods, mask, pieceRows).run(threads, allocate);
    }

    /**
     * The rows a piece holds at most for {@code rows} rows on {@code threads} threads: about
     * {@value #PIECES_PER_THREAD} pieces a thread, and one piece of the whole tree on one thread.
     */
    static long pieceRows(int rows, int threads) {
        return threads == 1 ? Long.MAX_VALUE : Math.max(1, rows / ((long) threads * PIECES_PER_THREAD));
    }

    /**
     * The pieces {@link #run} would cut, each {@code {first, end, top ? 1 : 0}}, in unit order:
     * for the tests of the cut.
     */
    static int[][] pieces(IncidentStore store, JurisdictionTree tree, PeriodIndex periods, long pieceRows) {
        IncidentRollUp r = new IncidentRollUp(store, tree, periods, IncidentAccumulator.COUNT_ONLY, pieceRows);
        int[][] out = new int[r.pieces][];
        for (int g = 0; g < r.pieces; g++) {
            out[g] = new int[] {r.first[g], r.end[g], r.top[g] ? 1 : 0};
        }
        return out;
    }

    /** The rows of the subtree of {@code u}. */
    private long subtreeRows(int u) {
        return store.rowsFrom(u + 1) - store.rowsFrom(tree.subtreeStart(u));
    }

    /** Cuts the units into pieces (see the class comment), in unit order. */
    private void cut(long pieceRows) {
        int units = tree.size();
        int start = 0;   // the open piece is start .. u - 1
        long rows = 0;
        for (int u = 0; u < units; u++) {
            long own = subtreeRows(u);
            if (own > pieceRows) {
                if (start < u) {
                    piece(start, u, false);
                }
                piece(u, u + 1, true);
                start = u + 1;
                rows = 0;
                continue;
            }
            int p = parent[u];
            if (p < 0 || subtreeRows(p) > pieceRows) {   // a whole subtree that no other piece's unit is in
                int from = tree.subtreeStart(u);
                if (rows > 0 && rows + own > pieceRows) {
                    piece(start, from, false);
                    start = from;
                    rows = 0;
                }
                rows += own;
            }
        }
        if (start < units) {
            piece(start, units, false);
        }
    }

    private void piece(int from, int to, boolean isTop) {
        if (pieces == first.length) {
            first = Arrays.copyOf(first, pieces * 2);
            end = Arrays.copyOf(end, pieces * 2);
            top = Arrays.copyOf(top, pieces * 2);
        }
        first[pieces] = from;
        end[pieces] = to;
        top[pieces++] = isTop;
    }

    private Cube<IncidentMeasure> run(int threads, Supplier<IncidentAccumulator> allocate) {
        segments = new Segment[pieces];
        topRuns = new ClearanceRuns[pieces];
        pending = new AtomicIntegerArray(pieces);
        for (int g = 0; g < pieces; g++) {
            if (top[g]) {
                pending.set(g, tree.childCount(first[g]) + 1);
            }
        }
        AtomicInteger next = new AtomicInteger();
        LateAccumulator late = new LateAccumulator(allocate);
        Chunks.each(Math.max(1, Math.min(threads, pieces)), t -> {
            IncidentAccumulator acc = t == 0 ? late.make() : null;
            IncidentPass pass = null;
            DaySums sums = new DaySums();
            List<Early> early = new ArrayList<>();
            for (int g = next.getAndIncrement(); g < pieces; g = next.getAndIncrement()) {
                if (acc == null && (acc = late.now()) != null) {
                    copyIn(early, acc, sums);
                }
                ClearanceRuns runs = distributions ? new ClearanceRuns() : null;
                IncidentAccumulator into = acc;
                IncidentPass by = pass;
                if (into == null) {   // the arrays are not there yet: this piece's own
                    LateAccumulator.Aside aside = LateAccumulator.aside(store, periods, mask, first[g],
                            end[g] - first[g]);
                    into = aside.own();
                    by = aside.pass(runs);
                    early.add(new Early(g, aside));
                } else if (pass == null) {
                    by = pass = new IncidentPass(acc, runs);
                }
                int from = store.rowsFrom(first[g]);
                int to = store.rowsFrom(end[g]);
                if (from < to) {
                    by.addRows(store, from, to, runs);
                }
                if (top[g]) {
                    topRuns[g] = runs;
                } else {
                    int base = into == acc ? 0 : first[g];
                    for (long[] column : into.columns) {
                        if (column != null) {
                            Grid.rollUpWithin(column, parent, first[g], end[g], base, block);
                        }
                    }
                    if (distributions) {
                        segments[g] = rolledUp(g, runs, sums);
                    }
                }
                if (into == acc) {
                    finished(g, acc, sums);
                }
            }
            if (!early.isEmpty()) {
                copyIn(early, late.await(), sums);
            }
        });
        IncidentAccumulator acc = late.await();
        long[][] m = new long[Integer.bitCount(mask)][];
        int k = 0;
        for (long[] column : acc.columns) {
            if (column != null) {
                m[k++] = column;
            }
        }
        int units = tree.size();
        if (!distributions) {
            return new Cube<>(RecordKind.INCIDENTS, units, periods, categories, mask, true, m, null, new int[1],
                    new int[0], new long[0]);
        }
        int total = 0;
        for (Segment s : segments) {
            total = Math.addExact(total, s.size());
        }
        int[] offsets = new int[units * periodCount + 1];
        int[] days = new int[total];
        long[] counts = new long[total];
        int at = 0;
        for (int g = 0; g < pieces; g++) {
            Segment s = segments[g];
            int firstKey = first[g] * periodCount;
            for (int key = 0, keys = (end[g] - first[g]) * periodCount; key < keys; key++) {
                offsets[firstKey + key] = at + s.offsets[key];
            }
            s.copyTo(days, counts, at);
            at += s.size();
        }
        offsets[units * periodCount] = total;
        return new Cube<>(RecordKind.INCIDENTS, units, periods, categories, mask, true, m, null, offsets, days,
                counts);
    }

    /** A piece added before the accumulator was there, into arrays of its own units. */
    private record Early(int piece, LateAccumulator.Aside aside) {}

    /** Copies the early pieces' arrays into {@code acc}'s, then tells their tops. */
    private void copyIn(List<Early> early, IncidentAccumulator acc, DaySums sums) {
        for (Early e : early) {
            e.aside.copyInto(acc);
            finished(e.piece, acc, sums);
        }
        early.clear();
    }

    /**
     * Piece {@code g} is added and rolled up within itself, in {@code acc}'s arrays: a top is done
     * with its own rows, a piece's roots are done children of their parents (tops).
     */
    private void finished(int g, IncidentAccumulator acc, DaySums sums) {
        if (top[g]) {
            done(g, acc, sums);
            return;
        }
        for (int u = first[g]; u < end[g]; u++) {
            if (parent[u] >= end[g]) {   // a root whose parent is a top
                done(pieceOf(parent[u], pieces), acc, sums);
            }
        }
    }

    /**
     * One of what top {@code g} waits for is done: its own rows, or one of its children. The
     * thread that does the last rolls the top up — its children's blocks into its own, its
     * distributions from its runs and its children's segments — and tells the top's parent, a
     * top too (its subtree is larger). The counter orders the children's writes before the
     * top's reads.
     */
    private void done(int g, IncidentAccumulator acc, DaySums sums) {
        if (pending.decrementAndGet(g) > 0) {
            return;
        }
        int u = first[g];
        int[] children = tree.children(u);
        for (long[] column : acc.columns) {
            if (column != null) {
                for (int child : children) {
                    Grid.addBlock(column, child * block, u * block, block);
                }
            }
        }
        if (distributions) {
            segments[g] = rolledUpTop(g, children, topRuns[g], sums);
        }
        if (parent[u] >= 0) {
            done(pieceOf(parent[u], pieces), acc, sums);
        }
    }

    /** Piece {@code g}'s distributions rolled up within it, from its runs. */
    private Segment rolledUp(int g, ClearanceRuns runs, DaySums sums) {
        int base = first[g];
        // a leaf's rolled-up distributions are its runs, a parent's at most the days of its
        // children's: 1.5 times the runs holds them without growing for the trees of four levels
        // seen (1.28 times at 10M incidents), where growing would copy them all once more
        DistributionBuilder b = new DistributionBuilder((end[g] - base) * periodCount, runs.size() + runs.size() / 2 + 64);
        RunCursor raw = new RunCursor(runs);
        for (int u = base; u < end[g]; u++) {
            int[] children = tree.children(u);
            for (int p = 0; p < periodCount; p++) {
                long key = (long) u * periodCount + p;
                if (children.length == 0) {
                    raw.copyKey(key, b);
                    b.endKey();
                    continue;
                }
                sums.start();
                for (; raw.key() == key; raw.next()) {
                    sums.add(raw.day(), raw.count());
                }
                for (int child : children) {
                    int ck = (child - base) * periodCount + p;
                    sums.addAll(b, b.offsets[ck], b.offsets[ck + 1]);
                }
                sums.emit(b);
            }
        }
        return new Segment(b);
    }

    /**
     * Top {@code g}'s distributions: its own runs plus its children's rolled-up distributions,
     * which are in the segments of earlier pieces (a child's piece is the last that starts at or
     * before it).
     */
    private Segment rolledUpTop(int g, int[] children, ClearanceRuns runs, DaySums sums) {
        int u = first[g];
        DistributionBuilder b = new DistributionBuilder(periodCount, 16);
        RunCursor raw = new RunCursor(runs);
        for (int p = 0; p < periodCount; p++) {
            long key = (long) u * periodCount + p;
            sums.start();
            for (; raw.key() == key; raw.next()) {
                sums.add(raw.day(), raw.count());
            }
            for (int child : children) {
                int c = pieceOf(child, g);
                Segment s = segments[c];
                int ck = (child - first[c]) * periodCount + p;
                sums.addAll(s.builder, s.offsets[ck], s.offsets[ck + 1]);
            }
            sums.emit(b);
        }
        return new Segment(b);
    }

    /** The piece of unit {@code u}, among pieces {@code 0 .. before - 1}. */
    private int pieceOf(int u, int before) {
        int i = Arrays.binarySearch(first, 0, before, u);
        return i >= 0 ? i : -i - 2;
    }

    /** A piece's rolled-up distributions, its keys numbered from 0. */
    private static final class Segment {
        final DistributionBuilder builder;
        final int[] offsets;

        Segment(DistributionBuilder builder) {
            this.builder = builder;
            this.offsets = builder.offsets;
        }

        int size() {
            return offsets[offsets.length - 1];
        }

        void copyTo(int[] days, long[] counts, int at) {
            builder.copyTo(days, counts, at);
        }
    }

    /** Reads days-to-clear runs in order: the current run's key, day and count. */
    private static final class RunCursor {
        private final ClearanceRuns runs;
        private int chunk;
        private int i;
        private int size;
        private long[] values;
        private long[] counts;

        /** A cursor over {@code runs}, none when null. */
        RunCursor(ClearanceRuns runs) {
            this.runs = runs == null ? new ClearanceRuns() : runs;
            this.chunk = -1;
            nextChunk();
        }

        private void nextChunk() {
            do {
                chunk++;
                i = 0;
                if (chunk >= runs.chunks()) {
                    size = 0;
                    return;
                }
                values = runs.values(chunk);
                counts = runs.counts(chunk);
                size = runs.size(chunk);
            } while (size == 0);
        }

        /**
         * Appends the runs of {@code key} to {@code b}'s current key, which must be empty, and
         * moves past them: a chunk's part at a time (a key's runs may go on in the next chunk),
         * in one loop without a test per day (a pass's runs of a key have distinct days, in
         * order).
         */
        void copyKey(long key, DistributionBuilder b) {
            while (key() == key) {
                int from = i;
                long limit = (key + 1) << 16;
                int to = from + 1;
                while (to < size && values[to] < limit) {
                    to++;
                }
                b.addRuns(values, counts, from, to);
                i = to;
                if (i == size) {
                    nextChunk();
                }
            }
        }

        /** The current run's key (unit × periods + period), or -1 past the last. */
        long key() {
            return i < size ? values[i] >>> 16 : -1;
        }

        int day() {
            return (int) (values[i] & 0xFFFF);
        }

        long count() {
            return counts[i];
        }

        void next() {
            if (++i == size) {
                nextChunk();
            }
        }
    }
}
