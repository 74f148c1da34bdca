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

    /** The fields, packed. */
    static byte[] pack(List<String> fields) {
        boolean utf16 = false;
        int chars = 0;
        for (String f : fields) {
            if (f != null) {
                chars += f.length();
                for (int k = 0; k < f.length() && !utf16; k++) {
                    utf16 = Character.isSurrogate(f.charAt(k));
                }
            }
        }
        byte[] out = new byte[1 + 5 + fields.size() * 5 + chars * 3];
        int at = 0;
        out[at++] = (byte) (utf16 ? 1 : 0);
        at = putVarint(out, at, fields.size());
        for (String f : fields) {
            if (f == null) {
                at = putVarint(out, at, 0);
                continue;
            }
            if (utf16) {   // char by char: the JDK's encoders replace an unpaired surrogate
                at = putVarint(out, at, f.length() * 2 + 1);
                for (int k = 0; k < f.length(); k++) {
                    char ch = f.charAt(k);
                    out[at++] = (byte) (ch >>> 8);
                    out[at++] = (byte) ch;
                }
                continue;
            }
            byte[] bytes = f.getBytes(StandardCharsets.UTF_8);
            at = putVarint(out, at, bytes.length + 1);
            System.arraycopy(bytes, 0, out, at, bytes.length);
            at += bytes.length;
        }
        return java.util.Arrays.copyOf(out, at);
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
