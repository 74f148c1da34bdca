package org.communitysafety.core.jurisdiction;

import java.util.Arrays;

/**
 * Codes to positions, by open addressing over two arrays: the code (a reference to the unit's
 * own string) and its position. A million units take 16 MB here, where a {@code HashMap} of
 * boxed positions took about 60 MB and an object for every entry, made and promoted while a
 * large tree is read. The first position added under a code stays. Package-private; confined to
 * one thread while it is filled, then only read. The same serves names (several units may share
 * one), whose first unit it keeps.
 */
final class CodeIndex {
    private final String[] keys;
    private final int[] values;
    private final int mask;

    /** An empty index with room for {@code capacity} codes (it does not grow). */
    CodeIndex(int capacity) {
        int slots = Math.max(4, Integer.highestOneBit(Math.max(1, capacity) * 2 - 1) * 2);
        keys = new String[slots];
        values = new int[slots];
        mask = slots - 1;
    }

    private static int spread(String code) {
        int h = code.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Adds {@code code} at {@code position} unless it is there; returns the position it already
     * had, or {@code -1} when it is new.
     */
    int putIfAbsent(String code, int position) {
        int h = spread(code) & mask;
        for (String k; (k = keys[h]) != null; h = (h + 1) & mask) {
            if (k.equals(code)) {
                return values[h];
            }
        }
        keys[h] = code;
        values[h] = position;
        return -1;
    }

    /** Puts {@code code} at {@code position}; returns the position it had, or {@code -1} when it is new. */
    int put(String code, int position) {
        int h = spread(code) & mask;
        for (String k; (k = keys[h]) != null; h = (h + 1) & mask) {
            if (k.equals(code)) {
                int old = values[h];
                values[h] = position;
                return old;
            }
        }
        keys[h] = code;
        values[h] = position;
        return -1;
    }

    /** The position of {@code code}, or {@code -1}. */
    int get(String code) {
        int h = spread(code) & mask;
        for (String k; (k = keys[h]) != null; h = (h + 1) & mask) {
            if (k.equals(code)) {
                return values[h];
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "CodeIndex[" + Arrays.stream(keys).filter(k -> k != null).count() + " codes]";
    }
}
