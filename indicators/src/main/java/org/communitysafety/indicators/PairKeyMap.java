package org.communitysafety.indicators;

import java.util.ArrayList;
import java.util.List;

/**
 * A hash map from a pair of longs to a non-null value, for memoising statistics by
 * their primitive inputs without boxing a key per lookup: open addressing with linear probing,
 * the keys in one {@code long[]} (two slots an entry), grown at half full; it counts its
 * lookups, so that tests can see the memo at work. Not thread-safe: one
 * map belongs to one thread.
 *
 * <p>Memory: 24 bytes a slot (two longs and a reference) plus the values; a map of 100,000
 * entries is about 5 MB.
 *
 * @param <V> the values
 */
final class PairKeyMap<V> {

    private static final int MIN_CAPACITY = 64;

    private long[] keys;
    private Object[] values;
    private int size;
    private long lookups;

    PairKeyMap() {
        keys = new long[2 * MIN_CAPACITY];
        values = new Object[MIN_CAPACITY];
    }

    /** The value of {@code (a, b)}, or null when there is none yet. */
    @SuppressWarnings("unchecked")
    V get(long a, long b) {
        lookups++;
        int mask = values.length - 1;
        for (int i = slot(a, b, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[2 * i] == a && keys[2 * i + 1] == b) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Keeps {@code v}, not null, as the value of {@code (a, b)}, which has none yet; returns v. */
    V put(long a, long b, V v) {
        int mask = values.length - 1;
        int i = slot(a, b, mask);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[2 * i] = a;
        keys[2 * i + 1] = b;
        values[i] = v;
        if (++size > values.length / 2) {
            grow();
        }
        return v;
    }

    /** The number of values kept. */
    int size() {
        return size;
    }

    /** The values kept, in no particular order. */
    @SuppressWarnings("unchecked")
    List<V> values() {
        List<V> list = new ArrayList<>(size);
        for (Object v : values) {
            if (v != null) {
                list.add((V) v);
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
        values = new Object[2 * oldValues.length];
        int mask = values.length - 1;
        for (int j = 0; j < oldValues.length; j++) {
            if (oldValues[j] != null) {
                long a = oldKeys[2 * j];
                long b = oldKeys[2 * j + 1];
                int i = slot(a, b, mask);
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[2 * i] = a;
                keys[2 * i + 1] = b;
                values[i] = oldValues[j];
            }
        }
    }
}
