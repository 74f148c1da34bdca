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
    /** Every key's bytes, one after another: no array per key (a million units' codes and names). */
    private final byte[] bytes;
    /** Where each slot's key starts in {@link #bytes}, and its length; -1: an empty slot. */
    private final int[] starts;
    private final int[] lengths;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    private ByteKeys(String[] texts, int[] entryValues, int count) {
        int capacity = Integer.highestOneBit(Math.max(4, count * 2 + 1)) << 1;
        starts = new int[capacity];
        lengths = new int[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(lengths, -1);
        byte[][] encoded = new byte[count][];
        long total = 0;
        for (int k = 0; k < count; k++) {
            encoded[k] = texts[k].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            total += encoded[k].length;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the keys take " + total + " bytes, more than an array holds");
        }
        bytes = new byte[(int) total];
        int at = 0;
        for (int k = 0; k < count; k++) {
            byte[] key = encoded[k];
            encoded[k] = null;
            System.arraycopy(key, 0, bytes, at, key.length);
            int h = hash(key, 0, key.length);
            int i = h & mask;
            while (lengths[i] >= 0) {
                i = (i + 1) & mask;
            }
            starts[i] = at;
            lengths[i] = key.length;
            hashes[i] = h;
            values[i] = entryValues[k];
            at += key.length;
        }
    }

    /**
     * The map of {@code entries}, less any key with a quote: a plain file has a quote in a field
     * only doubled inside quotes ({@code "a""b"} for {@code a"b}), so its bytes never spell such a
     * key and could spell another one ({@code a""b}) that its text is not. A field with a quote
     * thus matches no key and takes the general path, which unquotes it.
     */
    static ByteKeys of(Map<String, Integer> entries) {
        String[] texts = new String[entries.size()];
        int[] entryValues = new int[entries.size()];
        int[] count = {0};
        entries.forEach((text, value) -> {
            texts[count[0]] = text;
            entryValues[count[0]++] = value;
        });
        return of(texts, entryValues, count[0]);
    }

    /**
     * The map of the first {@code count} of {@code texts} to the value at the same position of
     * {@code entryValues}, less any key with a quote (see {@link #of(Map)}); the texts must be
     * distinct. For a million keys without a map of them first.
     */
    static ByteKeys of(String[] texts, int[] entryValues, int count) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (texts[k].indexOf('"') < 0) {
                texts[kept] = texts[k];
                entryValues[kept++] = entryValues[k];
            }
        }
        return new ByteKeys(texts, entryValues, kept);
    }

    /** The value of the key spelled by {@code b[s, e)}, or -1 when there is none. */
    int get(byte[] b, int s, int e) {
        int h = hash(b, s, e);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int length = lengths[i];
            if (length < 0) {
                return -1;
            }
            if (hashes[i] == h && length == e - s && same(bytes, starts[i], length, b, s)) {
                return values[i];
            }
        }
    }

    /** Whether {@code b[s, s + n)} spells the key at {@code key[from, from + n)}: eight bytes at a time, then byte by byte. */
    private static boolean same(byte[] key, int from, int n, byte[] b, int s) {
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            if ((long) LONGS.get(key, from + k) != (long) LONGS.get(b, s + k)) {
                return false;
            }
        }
        for (; k < n; k++) {
            if (key[from + k] != b[s + k]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] b, int s, int e) {
        return (int) PlainFields.hash64(b, s, e);
    }
}
