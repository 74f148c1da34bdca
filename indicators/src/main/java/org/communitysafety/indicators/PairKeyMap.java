package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hash map from a pair of non-negative longs to a non-null value, for memoising statistics by
 * their primitive inputs without boxing a key per lookup; it counts its lookups, so that tests can
 * see the memo at work. Not thread-safe: one map belongs to one thread.
 *
 * <p>Two parts. Pairs of small numbers (both below {@value #SMALL}: a village's counts, most of a
 * catalogue's look-ups) sit in a table indexed by the pair itself, made on the first such pair:
 * no hashing and no probing. The others are hashed: open addressing with linear probing, the
 * keys side by side in one {@code long[]} (two slots an entry, {@link #FREE} marking an empty
 * one), so that a probe reads one cache line and the values only on a match; grown at half full.
 *
 * <p>Memory: 16 KB for the small table once used, 24 bytes a hashed slot (two longs and a
 * reference), plus the values; a map of 100,000 hashed entries is about 5 MB.
 *
 * @param <V> the values
 */
final class PairKeyMap<V> {

    /** Pairs whose numbers are both below this are kept in the table of small pairs. */
    static final int SMALL = 64;
    private static final int MIN_CAPACITY = 64;
    /** The first key of an empty hashed slot: no key is negative. */
    private static final long FREE = -1;

    private Object[] small;
    private long[] keys;
    private Object[] values;
    private int hashed;
    private int smallSize;
    private long lookups;

    PairKeyMap() {
        keys = new long[2 * MIN_CAPACITY];
        Arrays.fill(keys, FREE);
        values = new Object[MIN_CAPACITY];
    }

    /** The value of {@code (a, b)}, or null when there is none yet. */
    @SuppressWarnings("unchecked")
    V get(long a, long b) {
        lookups++;
        if ((a | b) < SMALL && (a | b) >= 0) {
            return small == null ? null : (V) small[(int) (a * SMALL + b)];
        }
        int mask = values.length - 1;
        for (int i = slot(a, b, mask); keys[2 * i] != FREE; i = (i + 1) & mask) {
            if (keys[2 * i] == a && keys[2 * i + 1] == b) {
                return (V) values[i];
            }
        }
        return null;
    }

    /**
     * Keeps {@code v}, not null, as the value of {@code (a, b)}, which has none yet; returns v.
     *
     * @throws IllegalArgumentException if a or b is negative
     */
    V put(long a, long b, V v) {
        if ((a | b) < 0) {
            throw new IllegalArgumentException("a pair of non-negative numbers, not (" + a + ", " + b + ")");
        }
        if ((a | b) < SMALL) {
            if (small == null) {
                small = new Object[SMALL * SMALL];
            }
            small[(int) (a * SMALL + b)] = v;
            smallSize++;
            return v;
        }
        int mask = values.length - 1;
        int i = slot(a, b, mask);
        while (keys[2 * i] != FREE) {
            i = (i + 1) & mask;
        }
        keys[2 * i] = a;
        keys[2 * i + 1] = b;
        values[i] = v;
        if (++hashed > values.length / 2) {
            grow();
        }
        return v;
    }

    /** The number of values kept. */
    int size() {
        return smallSize + hashed;
    }

    /** The values kept, in no particular order. */
    @SuppressWarnings("unchecked")
    List<V> values() {
        List<V> list = new ArrayList<>(size());
        for (Object[] part : new Object[][] {small, values}) {
            if (part != null) {
                for (Object v : part) {
                    if (v != null) {
                        list.add((V) v);
                    }
                }
            }
        }
        return list;
    }

    /** The number of lookups, found or not. */
    long lookups() {
        return lookups;
    }

    private static int slot(long a, long b, int mask) {
        long h = (a * 0x9E3779B97F4A7C15L + b) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[2 * 2 * oldValues.length];
        Arrays.fill(keys, FREE);
        values = new Object[2 * oldValues.length];
        int mask = values.length - 1;
        for (int j = 0; j < oldValues.length; j++) {
            if (oldKeys[2 * j] != FREE) {
                long a = oldKeys[2 * j];
                long b = oldKeys[2 * j + 1];
                int i = slot(a, b, mask);
                while (keys[2 * i] != FREE) {
                    i = (i + 1) & mask;
                }
                keys[2 * i] = a;
                keys[2 * i + 1] = b;
                values[i] = oldValues[j];
            }
        }
    }
}
