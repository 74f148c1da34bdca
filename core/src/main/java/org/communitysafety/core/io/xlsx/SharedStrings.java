package org.communitysafety.core.io.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's shared strings ({@code sharedStrings.xml}), which cells of type {@code s} name
 * by index, kept compactly: all characters in one {@code byte[]} — one byte a character for a
 * string wholly in Latin-1 (ids, codes, English), two (UTF-16) for any other (Chinese) — and
 * where each string starts, and which of the two it is, in one {@code int[]}: 4 bytes a string
 * on top of its characters, against a {@code String} (24 bytes), its array (16 bytes and the
 * characters, 8-aligned) and a reference per string when each is an object. Measured on JDK 17
 * (heap used after GC, 2026-12-06): a million distinct ids of 10 ASCII characters take 17 MB
 * here (10 MB of characters, 4 MB of offsets) and 60 MB as Strings in a list; of 13 characters,
 * Chinese included ({@code 案件编号000000001}), 34 MB and 76 MB. The
 * strings are capped at 2 GB of bytes. A string is made when a cell asks for it; a small
 * direct-mapped cache hands out the same instance for strings asked for again and again (units,
 * categories). Rich text runs are joined; phonetic runs ({@code <rPh>}) are left out.
 *
 * <p>The store is immutable and thread-safe; a {@link View}, with its cache, is not: each sheet
 * being read has its own ({@link #view()}).
 */
final class SharedStrings {
    private static final int CACHE = 1 << 12;
    /** The bit of {@link #starts} that marks a string stored as UTF-16. */
    private static final int WIDE = 1 << 31;

    /** Each string's characters: one byte each when all are in Latin-1, else two (UTF-16BE). */
    private final byte[] bytes;
    /** Where string i starts in {@link #bytes}, {@link #WIDE} set when it is UTF-16; {@code starts[size]} is the end. */
    private final int[] starts;
    private final int size;

    private SharedStrings(byte[] bytes, int[] starts, int size) {
        this.bytes = bytes;
        this.starts = starts;
        this.size = size;
    }

    static final SharedStrings NONE = new SharedStrings(new byte[0], new int[1], 0);

    int size() {
        return size;
    }

    /** The bytes stored, for measuring the memory taken. */
    long byteCount() {
        return starts[size] & ~WIDE;
    }

    /** Reads the part; a workbook without one has no shared strings. */
    static SharedStrings read(ZipFile zip, String part) throws IOException {
        if (part == null || zip.getEntry(part) == null) {
            return NONE;
        }
        try (Parts.Xml xml = Parts.open(zip, part)) {
            XMLStreamReader r = xml.reader();
            byte[] bytes = new byte[1 << 12];
            int[] starts = null;
            int n = 0;
            int length = 0;
            StringBuilder one = new StringBuilder();
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (starts == null && name.equals("sst")) {
                    String unique = Parts.attribute(r, "uniqueCount");
                    starts = new int[(int) Math.min(presize(unique), 1 << 20) + 1];
                } else if (name.equals("si")) {
                    if (starts == null) {
                        starts = new int[1 << 10];
                    }
                    one.setLength(0);
                    Parts.appendText(r, one);
                    int len = one.length();
                    boolean wide = false;
                    for (int i = 0; i < len && !wide; i++) {
                        wide = one.charAt(i) > 0xFF;
                    }
                    int need = wide ? 2 * len : len;
                    if ((long) length + need > Integer.MAX_VALUE - 16) {
                        throw new IOException("the part " + part + " holds more than 2 GB of shared strings");
                    }
                    if (length + need > bytes.length) {
                        bytes = Arrays.copyOf(bytes, grow(bytes.length, length + need));
                    }
                    if (n + 1 >= starts.length) {
                        starts = Arrays.copyOf(starts, grow(starts.length, n + 2));
                    }
                    starts[n] = wide ? length | WIDE : length;
                    for (int i = 0; i < len; i++) {
                        char c = one.charAt(i);
                        if (wide) {
                            bytes[length++] = (byte) (c >> 8);
                        }
                        bytes[length++] = (byte) c;
                    }
                    n++;
                }
            }
            if (starts == null) {
                return NONE;
            }
            int[] trimmedStarts = Arrays.copyOf(starts, n + 1);
            trimmedStarts[n] = length;
            return new SharedStrings(Arrays.copyOf(bytes, length), trimmedStarts, n);
        } catch (XMLStreamException e) {
            throw new IOException("the part " + part + " is malformed: " + Parts.reason(e), e);
        }
    }

    private static long presize(String count) {
        try {
            return count == null ? 1 << 10 : Math.max(0, Long.parseLong(count.strip()));
        } catch (NumberFormatException e) {
            return 1 << 10;
        }
    }

    private static int grow(int now, int needed) {
        long next = Math.max((long) now + (now >> 1), needed);
        if (next > Integer.MAX_VALUE - 16) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more shared strings than a Java array holds");
            }
            next = Integer.MAX_VALUE - 16;
        }
        return (int) next;
    }

    /** A reader of these strings with its own cache, for one sheet. */
    View view() {
        return new View();
    }

    /** The strings with a cache of recently made ones; not thread-safe. */
    final class View {
        private final String[] cached = new String[CACHE];
        private final int[] cachedIndex = new int[CACHE];

        private View() {
            Arrays.fill(cachedIndex, -1);
        }

        int size() {
            return size;
        }

        /** {@link SharedStrings#byteCount()}: at least the characters of all the strings. */
        long byteCount() {
            return SharedStrings.this.byteCount();
        }

        /** String {@code i}; the caller checks {@code 0 <= i < size()}. */
        String get(int i) {
            int slot = i & (CACHE - 1);
            if (cachedIndex[slot] == i) {
                return cached[slot];
            }
            int from = starts[i] & ~WIDE;
            int to = starts[i + 1] & ~WIDE;
            String s = new String(bytes, from, to - from, (starts[i] & WIDE) != 0 ? StandardCharsets.UTF_16BE
                    : StandardCharsets.ISO_8859_1);
            cached[slot] = s;
            cachedIndex[slot] = i;
            return s;
        }
    }
}
