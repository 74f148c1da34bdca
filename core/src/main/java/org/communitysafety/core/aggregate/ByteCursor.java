package org.communitysafety.core.aggregate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a {@link ByteSink} writes from a byte array, checking as it goes: every read that
 * would pass the end, every varint longer than 9 bytes (so above 2⁶³ − 1), every count larger
 * than the bytes left could hold throws {@link IllegalArgumentException} naming the field and
 * the byte offset. Counts are checked before anything is allocated, so a corrupt length cannot
 * ask for a huge array.
 *
 * <p>Not thread-safe; package-private.
 */
final class ByteCursor {
    private final byte[] buf;
    private final int end;
    private int pos;

    /** A cursor over {@code buf[from .. to)}; messages give offsets in {@code buf}. */
    ByteCursor(byte[] buf, int from, int to) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
    }

    private IllegalArgumentException truncated(String what) {
        return new IllegalArgumentException("the cube is truncated: it ends in the " + what + " (byte " + pos + ")");
    }

    int remaining() {
        return end - pos;
    }

    /** The offset of the next byte in the array. */
    int offset() {
        return pos;
    }

    int u8(String what) {
        if (pos >= end) {
            throw truncated(what);
        }
        return buf[pos++] & 0xFF;
    }

    /** An unsigned LEB128 varint of at most 9 bytes: 0 to 2⁶³ − 1. */
    long varint(String what) {
        int at = offset();
        long v = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            int b = u8(what);
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("the " + what + " at byte " + at + " is not a varint of at most 9 bytes");
    }

    /** A varint of at most {@code max}. */
    int intVarint(String what, long max) {
        int at = offset();
        long v = varint(what);
        if (v > max) {
            throw new IllegalArgumentException("the " + what + " at byte " + at + " is " + v + "; at most " + max
                    + " is possible");
        }
        return (int) v;
    }

    /** A count of items that take at least {@code minBytes} each, so at most what the bytes left can hold. */
    int count(String what, int minBytes) {
        int at = offset();
        long n = varint(what);
        if (n > (long) remaining() / minBytes) {
            throw new IllegalArgumentException("the " + what + " at byte " + at + " is " + n + ", more than the "
                    + remaining() + " bytes left can hold");
        }
        return (int) n;
    }

    /** A length-prefixed UTF-8 string of at most {@code maxBytes} bytes. */
    String string(String what, int maxBytes) {
        int at = offset();
        long n = varint(what);
        if (n > maxBytes) {
            throw new IllegalArgumentException("the " + what + " at byte " + at + " is " + n + " bytes long; at most "
                    + maxBytes + " are allowed");
        }
        if (n > remaining()) {
            pos = end;
            throw truncated(what);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, pos, (int) n))
                    .toString();
            pos += (int) n;
            return s;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the " + what + " at byte " + at + " is not UTF-8");
        }
    }

    /** An array of {@code cells} values written by {@link ByteSink#zeroRunLength}. */
    long[] zeroRunLength(int cells, String what) {
        long[] values = new long[cells];
        int i = 0;
        while (i < cells) {
            long v = varint(what);
            if (v != 0) {
                values[i++] = v;
            } else {
                int at = offset();
                long run = varint(what) + 1;
                if (run > cells - i) {
                    throw new IllegalArgumentException("the " + what + " at byte " + at + " has a run of " + run
                            + " zeros at cell " + i + ", past its " + cells + " cells");
                }
                i += (int) run;
            }
        }
        return values;
    }
}
