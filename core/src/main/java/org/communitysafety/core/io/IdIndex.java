package org.communitysafety.core.io;


/**
 * The record ids seen so far in one file, with the line each was first seen on: an
 * open-addressing hash table of two arrays, so checking a million ids for duplicates costs
 * no entry objects and no boxed line numbers (a {@code HashMap<String, Long>} costs about 80
 * bytes an id; this, about 24 with the id strings shared). Not thread-safe. Package-private.
 */
final class IdIndex {
    private String[] keys = new String[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /**
     * Records {@code id} as first seen on {@code line}; returns 0 when it is new, otherwise the
     * line it was first seen on.
     */
    long putIfAbsent(String id, long line) {
        int mask = keys.length - 1;
        int i = mix(id.hashCode()) & mask;
        while (keys[i] != null) {
            if (keys[i].equals(id)) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = id;
        lines[i] = line;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new String[oldKeys.length * 2];
        lines = new long[oldLines.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = mix(oldKeys[j].hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
    }

    @Override
    public String toString() {
        return "IdIndex[" + size + " ids, capacity " + keys.length + "]";
    }
}
