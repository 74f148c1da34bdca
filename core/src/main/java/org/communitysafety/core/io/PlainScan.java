package org.communitysafety.core.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The first pass of the fast path ({@link PlainCsv}): whether a file is plain — valid UTF-8,
 * quotes only around whole fields (a quote inside one doubled), every CR followed by LF, no line
 * over {@link PlainCsv#MAX_LINE} bytes — checked in one parallel pass over its bytes, eight at a
 * time while they are ASCII; and, in the same pass, the hash of each line's id, so that the rows
 * whose id no other line has need no look-up.
 * Stateless; package-private.
 */
final class PlainScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final int BUFFER = PlainCsv.BUFFER;
    private static final int MAX_LINE = PlainCsv.MAX_LINE;

    private PlainScan() {}

    /**
     * The ids of a plain file that may repeat: the 64-bit hashes ({@link PlainFields#hash64}) that
     * more than one row's id has, its text trimmed as the general path trims it. A row whose id
     * hash is not among them has an id no other row has, so its id need not be looked up or
     * kept; the rest go through {@link IdIndex} in file order. Immutable.
     */
    static final class Ids {
        private final long[] shared;
        private final long lines;

        private final boolean quoted;

        Ids(long[] shared, long lines, boolean quoted) {
            this.shared = shared;
            this.lines = lines;
            this.quoted = quoted;
        }

        /** Whether a field of the file is quoted, when a comma may be inside a field. */
        boolean quoted() {
            return quoted;
        }

        /** The number of lines with an id: about the number of rows, for making room for them. */
        long lines() {
            return lines;
        }

        /** Whether any id may repeat: false for a file of unique ids, the usual case. */
        boolean any() {
            return shared.length > 0;
        }

        /** Whether the id of this hash may be another row's too. */
        boolean mayRepeat(long hash) {
            return Arrays.binarySearch(shared, hash) >= 0;
        }

        /** How many hashes are shared. */
        int size() {
            return shared.length;
        }
    }

    /**
     * Whether {@code file} is plain, and if so the {@link Ids} of field {@code idField} of its
     * lines (-1: none, every id is then unique); empty when it is not plain. Reads the file once,
     * on {@code threads} threads; the hashes, 8 bytes a line, are sorted on every core.
     */
    static Optional<Ids> scan(FileChannel file, int threads, int idField) throws IOException {
        ExecutorService pool = PlainCsv.pool(threads);
        try {
            // each task gives its chunk's id hashes when the bytes are plain, null when not
            ArrayDeque<Future<Hashes>> pending = new ArrayDeque<>();
            ArrayDeque<byte[]> inFlight = new ArrayDeque<>();
            ArrayDeque<byte[]> free = new ArrayDeque<>();
            List<Hashes> all = new ArrayList<>();
            long position = 0;
            while (true) {
                byte[] buf = free.isEmpty() ? new byte[BUFFER] : free.poll();
                int n = PlainCsv.fill(file, buf, position);
                if (n == 0) {
                    break;
                }
                int length = n < buf.length ? n : PlainCsv.lastLineEnd(buf, n);
                if (length == 0) {
                    return Optional.empty();   // a line longer than the buffer
                }
                // a byte-order mark at the very start is not text, as the CSV parser skips it, so a
                // quote may open the first field right after it
                int from = position == 0 && length >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
                        && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
                pending.add(pool.submit(() -> {
                    Hashes ids = new Hashes(idField < 0 ? 0 : length / 64);
                    return plainBytes(buf, from, length, idField, ids) ? ids : null;
                }));
                inFlight.add(buf);
                position += length;
                while (pending.size() > 2 * threads) {
                    Hashes done = PlainCsv.take(pending.poll());
                    if (done == null) {
                        return Optional.empty();
                    }
                    all.add(done);
                    free.add(inFlight.poll());
                }
            }
            while (!pending.isEmpty()) {
                Hashes done = PlainCsv.take(pending.poll());
                if (done == null) {
                    return Optional.empty();
                }
                all.add(done);
            }
            long lines = all.stream().mapToLong(h -> h.size).sum();
            boolean quoted = all.stream().anyMatch(h -> h.quoted);
            return Optional.of(new Ids(Hashes.shared(all), lines, quoted));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The {@link PlainFields#hash64} of the id {@code b[s, e)} as the general path reads it —
     * trimmed — when that is 1 or more printable ASCII characters, {@link PlainFields#NOT_PLAIN}
     * otherwise; an id whose hash happens to be that value is given 0 instead, so that no
     * printable id is ever left out.
     */
    static long idHash(byte[] b, int s, int e) {
        long h;
        if (PlainFields.idHash(b, s, e) != PlainFields.NOT_PLAIN) {
            h = PlainFields.hash64(b, s, e);
        } else {
            String id = new String(b, s, e - s, StandardCharsets.UTF_8).strip();
            if (id.isEmpty() || !id.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
                return PlainFields.NOT_PLAIN;
            }
            byte[] ascii = id.getBytes(StandardCharsets.US_ASCII);
            h = PlainFields.hash64(ascii, 0, ascii.length);
        }
        return h == PlainFields.NOT_PLAIN ? 0 : h;
    }

    /** {@link #plainBytes(byte[], int, int, int, Hashes)} from byte 0: bytes that start a line. */
    static boolean plainBytes(byte[] b, int n, int idField, Hashes ids) {
        return plainBytes(b, 0, n, idField, ids);
    }

    /**
     * Whether {@code b[from, n)}, which starts a line, is valid UTF-8 with quotes only around whole
     * fields, a quote inside one doubled (see {@link PlainCsv}), no CR but before LF and no line
     * over {@link #MAX_LINE} bytes; and, when {@code idField} is not -1, adds to {@code ids} the
     * {@link #idHash} of that field of each line that has one whose trimmed text is printable ASCII
     * without a quote. {@code from} is 3 past the byte-order mark that starts a file, else 0.
     * Eight bytes at a time while they are ASCII with none of {@code " \r \n}, so a typical row
     * costs about a dozen words.
     */
    static boolean plainBytes(byte[] b, int from, int n, int idField, Hashes ids) {
        int lineStart = from;
        int k = from;
        boolean quoted = false;
        while (k < n) {
            if (k + 8 <= n) {
                long w = (long) LONGS.get(b, k);
                if ((w & HIGH) == 0 && !hasByte(w, '"') && !hasByte(w, '\r') && !hasByte(w, '\n')) {
                    k += 8;
                    continue;
                }
            }
            int c = b[k] & 0xFF;
            if (c < 0x80) {
                if (c == '"') {
                    if (!quoted && k != lineStart && b[k - 1] != ',') {
                        return false;   // a quote inside a field, which the CSV parser keeps as text
                    }
                    if (quoted && k + 1 < n && b[k + 1] == '"') {
                        k += 2;         // a doubled quote: one quote of the field's text
                        continue;
                    }
                    if (quoted && k + 1 < n && b[k + 1] != ',' && b[k + 1] != '\n' && b[k + 1] != '\r') {
                        return false;   // text after the closing quote
                    }
                    quoted = !quoted;
                    if (ids != null) {
                        ids.quoted = true;
                    }
                    k++;
                    continue;
                }
                if ((c == '\r' && (k + 1 >= n || b[k + 1] != '\n')) || (quoted && (c == '\n' || c == '\r'))) {
                    return false;   // a lone CR, or a line break inside quotes
                }
                if (c == '\n') {
                    if (k - lineStart > MAX_LINE) {
                        return false;
                    }
                    if (idField >= 0) {
                        ids.add(lineId(b, lineStart, k > lineStart && b[k - 1] == '\r' ? k - 1 : k, idField));
                    }
                    lineStart = k + 1;
                }
                k++;
                continue;
            }
            int more;
            int min = 0x80;
            int max = 0xBF;
            if (c < 0xC2) {
                return false;   // a continuation byte without a lead, or an overlong pair
            } else if (c < 0xE0) {
                more = 1;
            } else if (c < 0xF0) {
                more = 2;
                min = c == 0xE0 ? 0xA0 : 0x80;   // overlong
                max = c == 0xED ? 0x9F : 0xBF;   // surrogates
            } else if (c < 0xF5) {
                more = 3;
                min = c == 0xF0 ? 0x90 : 0x80;   // overlong
                max = c == 0xF4 ? 0x8F : 0xBF;   // past U+10FFFF
            } else {
                return false;
            }
            if (k + more >= n) {
                return false;
            }
            int second = b[k + 1] & 0xFF;
            if (second < min || second > max) {
                return false;
            }
            for (int j = 2; j <= more; j++) {
                if ((b[k + j] & 0xC0) != 0x80) {
                    return false;
                }
            }
            k += more + 1;
        }
        if (quoted) {
            return false;   // a quote left open at the end
        }
        if (idField >= 0 && lineStart < n) {
            ids.add(lineId(b, lineStart, n, idField));   // a last line without a line break
        }
        return n - lineStart <= MAX_LINE;
    }

    /** The {@link #idHash} of field {@code idField} of the line {@code b[s, e)}; {@link PlainFields#NOT_PLAIN} when it has none. */
    private static long lineId(byte[] b, int s, int e, int idField) {
        int from = s;
        for (int f = 0; f < idField; f++) {
            from = PlainCsv.fieldEnd(b, from, e);
            if (from >= e) {
                return PlainFields.NOT_PLAIN;
            }
            from++;
        }
        int to = PlainCsv.fieldEnd(b, from, e);
        if (to > from && b[from] == '"') {
            // an id with a quote, doubled here, takes the general path: no row of the fast path has it
            return PlainFields.hasQuote(b, from + 1, to - 1) ? PlainFields.NOT_PLAIN : idHash(b, from + 1, to - 1);
        }
        return idHash(b, from, to);
    }
    /** The id hashes of one chunk, as they come. Confined to one thread at a time. */
    static final class Hashes {
        private long[] values;
        private int size;
        /** Whether the chunk has a quoted field. */
        boolean quoted;

        /** Room for about {@code expected} hashes; more make it grow. */
        Hashes(int expected) {
            values = new long[Math.max(16, expected)];
        }

        /** Adds a hash; {@link PlainFields#NOT_PLAIN} (no id) is left out. */
        void add(long hash) {
            if (hash == PlainFields.NOT_PLAIN) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = hash;
        }

        /**
         * The hashes that the chunks' {@code parts} hold more than once in all, sorted: dealt
         * into 256 buckets by their top byte, each bucket then searched on one of the cores in a
         * table small enough for its cache, the table kept from bucket to bucket.
         */
        static long[] shared(List<Hashes> parts) {
            int[] counts = new int[256];
            for (Hashes part : parts) {
                for (int i = 0; i < part.size; i++) {
                    counts[(int) (part.values[i] >>> 56)]++;
                }
            }
            long[][] buckets = new long[256][];
            for (int b = 0; b < 256; b++) {
                buckets[b] = new long[counts[b]];
            }
            int[] fill = new int[256];
            for (Hashes part : parts) {
                for (int i = 0; i < part.size; i++) {
                    int b = (int) (part.values[i] >>> 56);
                    buckets[b][fill[b]++] = part.values[i];
                }
                part.values = null;
            }
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            long[][] found = new long[256][];
            java.util.stream.IntStream.range(0, threads).parallel().forEach(t -> {
                Repeats table = new Repeats();
                for (int b = t; b < 256; b += threads) {
                    found[b] = table.of(buckets[b]);
                    buckets[b] = null;
                }
            });
            return Arrays.stream(found).flatMapToLong(Arrays::stream).sorted().toArray();
        }
    }

    /** Finds the values of an array that occur more than once: an open-addressing set, reused from array to array. */
    private static final class Repeats {
        private long[] table = new long[0];
        private boolean[] twice = new boolean[0];

        long[] of(long[] values) {
            int n = values.length;
            int capacity = Integer.highestOneBit(Math.max(2, n) * 2) << 1;
            if (table.length < capacity) {
                table = new long[capacity];
                twice = new boolean[capacity];
            } else {
                Arrays.fill(table, 0, capacity, 0L);
                Arrays.fill(twice, 0, capacity, false);
            }
            boolean zero = false;
            boolean zeroTwice = false;
            int mask = capacity - 1;
            int repeats = 0;
            for (long h : values) {
                if (h == 0) {   // 0 marks an empty slot
                    zeroTwice |= zero;
                    zero = true;
                    continue;
                }
                int slot = (int) (h ^ (h >>> 29)) & mask;
                while (table[slot] != 0 && table[slot] != h) {
                    slot = (slot + 1) & mask;
                }
                if (table[slot] == h) {
                    if (!twice[slot]) {
                        twice[slot] = true;
                        repeats++;
                    }
                } else {
                    table[slot] = h;
                }
            }
            long[] out = new long[repeats + (zeroTwice ? 1 : 0)];
            int at = 0;
            for (int slot = 0; slot < capacity; slot++) {
                if (twice[slot]) {
                    out[at++] = table[slot];
                }
            }
            if (zeroTwice) {
                out[at] = 0;
            }
            return out;
        }
    }

    private static boolean hasByte(long w, char c) {
        long x = w ^ (ONES * c);
        return ((x - ONES) & ~x & HIGH) != 0;
    }
}
