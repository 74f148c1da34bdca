package org.communitysafety.core.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * A map from texts — unit codes and names, category codes, labels and synonyms, coded values —
 * to ints, looked up by a row's UTF-8 bytes without making a {@code String}: open addressing over
 * the keys' bytes, a probe compares a hash and then the bytes. The bytes of a valid UTF-8 text
 * are its text's, so a row's field matches exactly the key the general path would find for it.
 * Immutable and thread-safe once built; package-private.
 */
final class ByteKeys {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final byte[][] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    private ByteKeys(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1)) << 1;
        keys = new byte[capacity][];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        entries.forEach((text, value) -> {
            byte[] key = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int h = hash(key, 0, key.length);
            int i = h & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            hashes[i] = h;
            values[i] = value;
        });
    }

    /**
     * The map of {@code entries}, less any key with a quote: a plain file has a quote in a field
     * only doubled inside quotes ({@code "a""b"} for {@code a"b}), so its bytes never spell such a
     * key and could spell another one ({@code a""b}) that its text is not. A field with a quote
     * thus matches no key and takes the general path, which unquotes it.
     */
    static ByteKeys of(Map<String, Integer> entries) {
        Map<String, Integer> unquoted = new java.util.HashMap<>(entries);
        unquoted.keySet().removeIf(key -> key.indexOf('"') >= 0);
        return new ByteKeys(unquoted);
    }

    /** The value of the key spelled by {@code b[s, e)}, or -1 when there is none. */
    int get(byte[] b, int s, int e) {
        int h = hash(b, s, e);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            byte[] key = keys[i];
            if (key == null) {
                return -1;
            }
            if (hashes[i] == h && same(key, b, s, e)) {
                return values[i];
            }
        }
    }

    /** Whether {@code b[s, e)} spells {@code key}: eight bytes at a time, then byte by byte. */
    private static boolean same(byte[] key, byte[] b, int s, int e) {
        int n = key.length;
        if (n != e - s) {
            return false;
        }
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            if ((long) LONGS.get(key, k) != (long) LONGS.get(b, s + k)) {
                return false;
            }
        }
        for (; k < n; k++) {
            if (key[k] != b[s + k]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] b, int s, int e) {
        return (int) PlainFields.hash64(b, s, e);
    }
}
