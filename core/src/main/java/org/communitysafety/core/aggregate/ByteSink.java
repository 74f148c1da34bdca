package org.communitysafety.core.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the writers of the {@link CubeCodec} format: unsigned LEB128
 * varints, length-prefixed UTF-8 strings and zero-run-length encoded arrays.
 *
 * <p>Not thread-safe; package-private.
 */
final class ByteSink {
    private byte[] buf;
    private int size;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) size + more, buf.length * 2L));
            if (cap < size + more) {
                throw new IllegalArgumentException("a serialised cube must stay under 2 GB");
            }
            buf = Arrays.copyOf(buf, cap);
        }
    }

    /** One byte, the low 8 bits of {@code b}. */
    void u8(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void bytes(byte[] b, int from, int length) {
        ensure(length);
        System.arraycopy(b, from, buf, size, length);
        size += length;
    }

    /** Four bytes, big-endian: the low 32 bits of {@code v}. */
    void u32(long v) {
        u8((int) (v >>> 24));
        u8((int) (v >>> 16));
        u8((int) (v >>> 8));
        u8((int) v);
    }

    /**
     * An unsigned LEB128 varint: seven bits a byte, the lowest group first, the high bit set on
     * every byte but the last; 1 byte up to 127, 2 up to 16,383, at most 9 for a {@code long}
     * of 0 or more.
     */
    void varint(long v, String what) {
        if (v < 0) {
            throw new IllegalArgumentException(what + " is negative (" + v + "); the format holds values of 0 or more");
        }
        ensure(9);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** A string: its UTF-8 length as a varint, then the bytes. */
    void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length, "a string's length");
        bytes(b, 0, b.length);
    }

    /**
     * An array of values of 0 or more, whose length the reader knows: each non-zero value as a
     * varint; each run of {@code r} zeros as the varint 0 followed by the varint {@code r − 1}.
     */
    void zeroRunLength(long[] values, String what) {
        int i = 0;
        while (i < values.length) {
            long v = values[i];
            if (v != 0) {
                varint(v, what);
                i++;
            } else {
                int j = i + 1;
                while (j < values.length && values[j] == 0) {
                    j++;
                }
                u8(0);
                varint(j - i - 1L, what);
                i = j;
            }
        }
    }

    int size() {
        return size;
    }

    /** The internal buffer; valid up to {@link #size()}. */
    byte[] buffer() {
        return buf;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
