package org.communitysafety.core.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row's fields packed into one byte array, for a reader that must keep every row of a large
 * file until a rule over the whole file has run — {@code jurisdictions.csv}, whose tree checks may
 * reject any row, and whose rejected rows are written with their fields. A million rows kept as
 * lists of strings took about 370 bytes a row beyond the unit itself (a list, its array and the
 * strings of the level, figures and kind); packed they take about 80, and one object instead of
 * a dozen for the garbage collector to copy.
 *
 * <p>The layout: a mode byte ({@code 0}: each field in UTF-8; {@code 1}: each field in UTF-16, for
 * a row with a surrogate, which UTF-8 would not give back when it is unpaired), the number of
 * fields, then each field's length in bytes plus one ({@code 0}: null) and its bytes (in UTF-16,
 * each char's two bytes, high first); the
 * numbers as unsigned variable-length integers. {@link #unpack} gives back exactly the
 * fields packed. Stateless; package-private.
 */
final class PackedFields {
    private PackedFields() {}

    /**
     * The fields, packed: measured first and then written into an array of exactly their size,
     * with no other object made — a reader packs a million rows.
     */
    static byte[] pack(List<String> fields) {
        int n = fields.size();
        boolean utf16 = false;
        long size = 1 + varintSize(n);
        for (int i = 0; i < n; i++) {
            String f = fields.get(i);
            if (f == null) {
                size += 1;
                continue;
            }
            int bytes = 0;
            for (int k = 0; k < f.length(); k++) {
                char ch = f.charAt(k);
                if (Character.isSurrogate(ch)) {
                    utf16 = true;
                }
                bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
            }
            size += bytes;
        }
        if (utf16) {
            size = 1 + varintSize(n);
            for (int i = 0; i < n; i++) {
                String f = fields.get(i);
                size += f == null ? 1 : 2L * f.length();
            }
        }
        for (int i = 0; i < n; i++) {   // the lengths' own bytes
            String f = fields.get(i);
            if (f != null) {
                size += varintSize(utf16 ? 2 * f.length() + 1 : utf8Length(f) + 1);
            }
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a row of " + size + " bytes is too long to keep");
        }
        byte[] out = new byte[(int) size];
        int at = 0;
        out[at++] = (byte) (utf16 ? 1 : 0);
        at = putVarint(out, at, n);
        for (int i = 0; i < n; i++) {
            String f = fields.get(i);
            if (f == null) {
                at = putVarint(out, at, 0);
            } else if (utf16) {   // char by char: the JDK's encoders replace an unpaired surrogate
                at = putVarint(out, at, f.length() * 2 + 1);
                for (int k = 0; k < f.length(); k++) {
                    char ch = f.charAt(k);
                    out[at++] = (byte) (ch >>> 8);
                    out[at++] = (byte) ch;
                }
            } else {
                at = putVarint(out, at, utf8Length(f) + 1);
                for (int k = 0; k < f.length(); k++) {
                    char ch = f.charAt(k);
                    if (ch < 0x80) {
                        out[at++] = (byte) ch;
                    } else if (ch < 0x800) {
                        out[at++] = (byte) (0xC0 | ch >>> 6);
                        out[at++] = (byte) (0x80 | ch & 0x3F);
                    } else {
                        out[at++] = (byte) (0xE0 | ch >>> 12);
                        out[at++] = (byte) (0x80 | ch >>> 6 & 0x3F);
                        out[at++] = (byte) (0x80 | ch & 0x3F);
                    }
                }
            }
        }
        return out;
    }

    /** The bytes of {@code f} in UTF-8, which has no surrogate. */
    private static int utf8Length(String f) {
        int bytes = 0;
        for (int k = 0; k < f.length(); k++) {
            char ch = f.charAt(k);
            bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    private static int varintSize(int value) {
        int bytes = 1;
        while ((value & ~0x7F) != 0) {
            value >>>= 7;
            bytes++;
        }
        return bytes;
    }

    /** The fields {@link #pack} packed, as an unmodifiable list. */
    static List<String> unpack(byte[] packed) {
        boolean utf16 = packed[0] == 1;
        int[] at = {1};
        int count = getVarint(packed, at);
        List<String> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = getVarint(packed, at) - 1;
            if (length < 0) {
                fields.add(null);
                continue;
            }
            if (utf16) {
                char[] chars = new char[length / 2];
                for (int k = 0; k < chars.length; k++) {
                    chars[k] = (char) (((packed[at[0] + 2 * k] & 0xFF) << 8) | (packed[at[0] + 2 * k + 1] & 0xFF));
                }
                fields.add(new String(chars));
            } else {
                fields.add(new String(packed, at[0], length, StandardCharsets.UTF_8));
            }
            at[0] += length;
        }
        return Collections.unmodifiableList(fields);
    }

    private static int putVarint(byte[] out, int at, int value) {
        while ((value & ~0x7F) != 0) {
            out[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }

    private static int getVarint(byte[] in, int[] at) {
        int value = 0;
        for (int shift = 0;; shift += 7) {
            byte b = in[at[0]++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }
}
