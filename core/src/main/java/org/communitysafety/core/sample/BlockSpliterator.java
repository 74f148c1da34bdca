package org.communitysafety.core.sample;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The lazy source of a record stream: record {@code i} is made from a generator that depends
 * only on the stream's seed and {@code i}'s block of {@value #BLOCK} records, so every run —
 * sequential or parallel, from the start or split — yields the same records, and memory use is
 * constant whatever the count.
 *
 * <p>Splits fall on block boundaries. Reports {@code ORDERED}, {@code SIZED},
 * {@code SUBSIZED}, {@code NONNULL}, {@code IMMUTABLE}.
 *
 * <p>Not thread-safe (no spliterator is); the {@link Maker} must be.
 */
final class BlockSpliterator<T> implements Spliterator<T> {
    /** Records per independently seeded block. */
    static final int BLOCK = 1024;

    /** Makes record {@code index} (from 0), drawing from {@code rng}. */
    @FunctionalInterface
    interface Maker<T> {
        T make(long index, SplittableRandom rng);
    }

    private final long seed;
    private final Maker<T> maker;
    private final long end;
    private long next;
    private SplittableRandom rng;

    BlockSpliterator(long seed, long count, Maker<T> maker) {
        this(seed, 0, count, maker, null);
    }

    private BlockSpliterator(long seed, long from, long end, Maker<T> maker, SplittableRandom rng) {
        this.seed = seed;
        this.next = from;
        this.end = end;
        this.maker = maker;
        this.rng = rng;
    }

    private T makeNext() {
        if (next % BLOCK == 0 || rng == null) {
            rng = new SplittableRandom(Draws.mix64(seed + 0x9e3779b97f4a7c15L * (next / BLOCK + 1)));
        }
        return maker.make(next++, rng);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        if (next >= end) {
            return false;
        }
        action.accept(makeNext());
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        while (next < end) {
            action.accept(makeNext());
        }
    }

    @Override
    public Spliterator<T> trySplit() {
        long mid = (next + (end - next) / 2) / BLOCK * BLOCK;
        if (mid <= next || end - mid < BLOCK) {
            return null;
        }
        BlockSpliterator<T> prefix = new BlockSpliterator<>(seed, next, mid, maker, rng);
        next = mid;
        rng = null;
        return prefix;
    }

    @Override
    public long estimateSize() {
        return end - next;
    }

    @Override
    public int characteristics() {
        return ORDERED | SIZED | SUBSIZED | NONNULL | IMMUTABLE;
    }
}
