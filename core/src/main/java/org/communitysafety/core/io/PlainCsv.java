package org.communitysafety.core.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communitysafety.core.lang.Futures;

/**
 * The fast path of reading a record file: a UTF-8 CSV file without a quote, read as bytes in
 * chunks of about a megabyte split at line ends, whose rows are split and parsed on every core
 * at once and then taken in file order on the reading thread.
 *
 * <p>A file is <i>plain</i> when it is valid UTF-8, holds no {@code "} (so no field is quoted and
 * no record spans lines), every CR is followed by LF and no line is longer than a megabyte.
 * {@link #isPlain} checks that first, in one parallel pass over the bytes; only then are rows
 * taken, so a file is read either wholly here or wholly by the general path ({@link CsvRowSource})
 * and nothing is read twice. In a plain file the records are exactly the non-empty lines, a
 * line's fields exactly its text between commas (CR before LF dropped), and the line numbers
 * exactly {@link org.communitysafety.core.io.csv.CsvParser}'s: the rows and lines are the same
 * either way.
 *
 * <p>Each row whose fields a {@link Rows} parses as plain goes to {@link Rows#accept} as typed
 * values; every other row — a wrong number of fields, a value in another spelling, anything the
 * rules may object to — goes to the {@link Sink} as its line, for the general path, which makes
 * the messages. Package-private.
 */
final class PlainCsv {
    /** The bytes read at once: chunks end at the last line end within them. */
    private static final int BUFFER = 2 << 20;
    /** The longest line of a plain file, so that every chunk holds at least one line. */
    static final int MAX_LINE = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private PlainCsv() {}

    /** A kind of record that has a fast path: incidents, disputes, outreach. */
    interface Kind {
        /**
         * Its rows for one file whose header put the schema's column {@code c} at field
         * {@code positions[c]} (-1: absent), checked against {@code context}'s window and totals;
         * only the ids {@code ids} says may repeat need looking up.
         */
        Rows bind(int[] positions, RowContext context, Ids ids);
    }

    /** What a kind of record does with the plain rows of one file. */
    interface Rows {
        /** Typed columns for up to {@code rows} rows, which {@link #parse} fills and {@link #accept} reads. */
        Object batch(int rows);

        /**
         * Parses one row's fields — field {@code f} is {@code b[starts[f], ends[f])}, in the
         * header's order — into slot {@code k} of {@code batch}; false when a field is not in its
         * plain spelling or a rule of the row alone (a date before another) may object. Runs on
         * any thread, touching nothing but the batch.
         */
        boolean parse(byte[] b, int[] starts, int[] ends, Object batch, int k);

        /**
         * Takes the row parsed into slot {@code k}, in file order on the reading thread, after
         * the checks across rows (a unique id, a column total that stays exact); false, with
         * nothing changed, when one of them objects and the row must take the general path.
         */
        boolean accept(byte[] b, Object batch, int k, long line);
    }

    /** Where the rows go, in file order. */
    interface Sink {
        /** A row {@link Rows#accept accepted}. */
        void accepted();

        /** A row for the general path: its fields as the CSV parser would give them, on {@code line}. */
        void general(List<String> fields, long line);
    }

    /** The header of a plain file: its fields, its line, and where the rows begin. */
    record Header(List<String> fields, long line, long bodyStart, long bodyLine) {}

    // ---- is the file plain? -----------------------------------------------------------------

    /**
     * The ids of a plain file that may repeat: the 64-bit hashes ({@link PlainFields#hash64}) that
     * more than one row's id has, its text trimmed as the general path trims it. A row whose id
     * hash is not among them has an id no other row has, so its id need not be looked up or
     * kept; the rest go through {@link IdIndex} in file order. Immutable.
     */
    static final class Ids {
        private final long[] shared;
        private final long lines;

        Ids(long[] shared, long lines) {
            this.shared = shared;
            this.lines = lines;
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

    /** Whether {@code file} is plain (see the class comment); reads it once, on {@code threads} threads. */
    static boolean isPlain(FileChannel file, int threads) throws IOException {
        return scan(file, threads, -1).isPresent();
    }

    /**
     * Whether {@code file} is plain, and if so the {@link Ids} of field {@code idField} of its
     * lines (-1: none, every id is then unique); empty when it is not plain. Reads the file once,
     * on {@code threads} threads; the hashes, 8 bytes a line, are sorted on every core.
     */
    static Optional<Ids> scan(FileChannel file, int threads, int idField) throws IOException {
        ExecutorService pool = pool(threads);
        try {
            // each task gives its chunk's id hashes when the bytes are plain, null when not
            ArrayDeque<Future<Hashes>> pending = new ArrayDeque<>();
            ArrayDeque<byte[]> inFlight = new ArrayDeque<>();
            ArrayDeque<byte[]> free = new ArrayDeque<>();
            List<Hashes> all = new ArrayList<>();
            long position = 0;
            while (true) {
                byte[] buf = free.isEmpty() ? new byte[BUFFER] : free.poll();
                int n = fill(file, buf, position);
                if (n == 0) {
                    break;
                }
                int length = n < buf.length ? n : lastLineEnd(buf, n);
                if (length == 0) {
                    return Optional.empty();   // a line longer than the buffer
                }
                pending.add(pool.submit(() -> {
                    Hashes ids = new Hashes(idField < 0 ? 0 : length / 64);
                    return plainBytes(buf, length, idField, ids) ? ids : null;
                }));
                inFlight.add(buf);
                position += length;
                while (pending.size() > 2 * threads) {
                    Hashes done = Futures.get(pending.poll());
                    if (done == null) {
                        return Optional.empty();
                    }
                    all.add(done);
                    free.add(inFlight.poll());
                }
            }
            while (!pending.isEmpty()) {
                Hashes done = Futures.get(pending.poll());
                if (done == null) {
                    return Optional.empty();
                }
                all.add(done);
            }
            long lines = all.stream().mapToLong(h -> h.size).sum();
            return Optional.of(new Ids(Hashes.shared(all), lines));
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

    /**
     * Whether {@code b[0, n)}, which starts a line, is valid UTF-8 with no quote, no CR but
     * before LF and no line over {@link #MAX_LINE} bytes. Eight bytes at a time while they are
     * ASCII with none of {@code " \r \n}, so a typical row costs about a dozen words.
     */
    static boolean plainBytes(byte[] b, int n) {
        return plainBytes(b, n, -1, null);
    }

    /**
     * {@link #plainBytes(byte[], int)}, adding to {@code ids} the {@link #idHash} of field
     * {@code idField} (-1: none) of each line that has one whose trimmed text is printable ASCII.
     */
    static boolean plainBytes(byte[] b, int n, int idField, Hashes ids) {
        int lineStart = 0;
        int k = 0;
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
                if (c == '"' || (c == '\r' && (k + 1 >= n || b[k + 1] != '\n'))) {
                    return false;
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
        if (idField >= 0 && lineStart < n) {
            ids.add(lineId(b, lineStart, n, idField));   // a last line without a line break
        }
        return n - lineStart <= MAX_LINE;
    }

    /** The {@link #idHash} of field {@code idField} of the line {@code b[s, e)}; {@link PlainFields#NOT_PLAIN} when it has none. */
    private static long lineId(byte[] b, int s, int e, int idField) {
        int from = s;
        for (int f = 0; f < idField; f++) {
            while (from < e && b[from] != ',') {
                from++;
            }
            if (from == e) {
                return PlainFields.NOT_PLAIN;
            }
            from++;
        }
        int to = from;
        while (to < e && b[to] != ',') {
            to++;
        }
        return idHash(b, from, to);
    }

    /** The id hashes of one chunk, as they come. Confined to one thread at a time. */
    static final class Hashes {
        private long[] values;
        private int size;

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

    // ---- the header -------------------------------------------------------------------------

    /**
     * The header of a plain file: its first non-empty line after a byte-order mark, split at
     * commas; empty when the file has no line with text.
     */
    static Optional<Header> header(FileChannel file) throws IOException {
        byte[] buf = new byte[BUFFER];
        int n = fill(file, buf, 0);
        int p = n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
        long line = 1;
        while (p < n && (buf[p] == '\n' || buf[p] == '\r')) {
            if (buf[p] == '\n') {
                line++;
            }
            p++;
        }
        if (p == n) {
            return Optional.empty();
        }
        int end = p;
        while (end < n && buf[end] != '\n') {
            end++;
        }
        int textEnd = end > p && buf[end - 1] == '\r' ? end - 1 : end;
        long bodyStart = end < n ? end + 1 : end;
        return Optional.of(new Header(fields(buf, p, textEnd), line, bodyStart, line + 1));
    }

    /** The fields of the line {@code b[s, e)} as the CSV parser gives them: the text between commas. */
    static List<String> fields(byte[] b, int s, int e) {
        List<String> fields = new ArrayList<>();
        int start = s;
        for (int k = s; k <= e; k++) {
            if (k == e || b[k] == ',') {
                fields.add(new String(b, start, k - start, StandardCharsets.UTF_8));
                start = k + 1;
            }
        }
        return fields;
    }

    // ---- the rows ---------------------------------------------------------------------------

    /**
     * Reads the rows of a plain file from byte {@code from}, which starts line {@code line}, and
     * hands each to {@code rows} or {@code sink} in file order; rows with other than
     * {@code columns} fields go to the sink. Chunks are parsed on {@code threads} threads.
     */
    static void read(FileChannel file, long from, long line, int columns, Rows rows, Sink sink, int threads)
            throws IOException {
        ExecutorService pool = pool(threads);
        try {
            ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
            ArrayDeque<Chunk> free = new ArrayDeque<>();
            long position = from;
            long nextLine = line;
            boolean more = true;
            while (more || !pending.isEmpty()) {
                while (more && pending.size() <= 2 * threads) {
                    Chunk chunk = free.isEmpty() ? new Chunk(columns) : free.poll();
                    int n = fill(file, chunk.buf, position);
                    if (n == 0) {
                        more = false;
                        break;
                    }
                    chunk.length = n < chunk.buf.length ? n : lastLineEnd(chunk.buf, n);
                    if (chunk.length == 0) {
                        // isPlain saw no line this long: the file changed under the reader
                        throw new IOException("the file changed while it was read (a line grew past "
                                + MAX_LINE + " bytes)");
                    }
                    position += chunk.length;
                    pending.add(pool.submit(() -> chunk.split(rows)));
                }
                if (pending.isEmpty()) {
                    break;
                }
                Chunk chunk = Futures.get(pending.poll());
                chunk.deliver(rows, sink, nextLine);
                nextLine += chunk.lineEnds;
                free.add(chunk);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One chunk of a file and the rows parsed from it. Confined to one thread at a time. */
    private static final class Chunk {
        final byte[] buf = new byte[BUFFER];
        int length;
        /** The line ends in the chunk: the next chunk starts that many lines further on. */
        int lineEnds;
        int rows;
        int[] starts = new int[1 << 15];
        int[] ends = new int[1 << 15];
        int[] lines = new int[1 << 15];
        boolean[] plain = new boolean[1 << 15];
        Object batch;
        int batchSize;
        final int[] fieldStarts;
        final int[] fieldEnds;

        Chunk(int columns) {
            fieldStarts = new int[columns];
            fieldEnds = new int[columns];
        }

        /** Splits the chunk into rows and parses each; returns this. */
        Chunk split(Rows parser) {
            rows = 0;
            lineEnds = 0;
            int capacity = starts.length;
            if (batch == null || batchSize < capacity) {
                batch = parser.batch(capacity);
                batchSize = capacity;
            }
            byte[] b = buf;
            int[] fs = fieldStarts;
            int[] fe = fieldEnds;
            int last = fs.length - 1;
            int p = 0;
            while (p < length) {
                if (rows == starts.length) {
                    grow(parser);   // before the line is split: growing splits the rows before it again
                }
                // one pass over the line: its end and, when it has no more than the header's, its fields
                int f = 0;
                fs[0] = p;
                int nl = p;
                for (byte c; nl < length && (c = b[nl]) != '\n'; nl++) {
                    if (c == ',') {
                        if (f < last) {
                            fe[f] = nl;
                            fs[f + 1] = nl + 1;
                        }
                        f++;
                    }
                }
                int end = nl > p && b[nl - 1] == '\r' ? nl - 1 : nl;
                if (end > p) {
                    starts[rows] = p;
                    ends[rows] = end;
                    lines[rows] = lineEnds;
                    fe[Math.min(f, last)] = end;
                    plain[rows] = f == last && parser.parse(b, fs, fe, batch, rows);
                    rows++;
                }
                if (nl < length) {
                    lineEnds++;
                }
                p = nl + 1;
            }
            return this;
        }

        /** Whether the line {@code b[s, e)} has exactly the header's number of fields, which it notes. */
        private boolean splitFields(byte[] b, int s, int e) {
            int f = 0;
            int columns = fieldStarts.length;
            fieldStarts[0] = s;
            for (int k = s; k < e; k++) {
                if (b[k] == ',') {
                    fieldEnds[f++] = k;
                    if (f == columns) {
                        return false;
                    }
                    fieldStarts[f] = k + 1;
                }
            }
            fieldEnds[f] = e;
            return f == columns - 1;
        }

        private void grow(Rows parser) {
            int n = starts.length * 2;
            starts = java.util.Arrays.copyOf(starts, n);
            ends = java.util.Arrays.copyOf(ends, n);
            lines = java.util.Arrays.copyOf(lines, n);
            plain = java.util.Arrays.copyOf(plain, n);
            Object bigger = parser.batch(n);
            // the rows parsed so far are parsed again into the bigger batch: rare (rows under 64 bytes)
            for (int r = 0; r < rows; r++) {
                if (plain[r]) {
                    splitFields(buf, starts[r], ends[r]);
                    parser.parse(buf, fieldStarts, fieldEnds, bigger, r);
                }
            }
            batch = bigger;
            batchSize = n;
        }

        /** Hands the rows to {@code parser} or {@code sink} in order; the chunk's first line is {@code line}. */
        void deliver(Rows parser, Sink sink, long line) {
            for (int r = 0; r < rows; r++) {
                long at = line + lines[r];
                if (plain[r] && parser.accept(buf, batch, r, at)) {
                    sink.accepted();
                } else {
                    sink.general(fields(buf, starts[r], ends[r]), at);
                }
            }
        }
    }

    // ---- plumbing ---------------------------------------------------------------------------

    /** Reads from {@code position} until {@code buf} is full or the file ends; the bytes read. */
    private static int fill(FileChannel file, byte[] buf, long position) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buf);
        while (target.hasRemaining()) {
            int r = file.read(target, position + target.position());
            if (r < 0) {
                break;
            }
        }
        return target.position();
    }

    /** One past the last LF in {@code b[0, n)}, or 0 when there is none. */
    private static int lastLineEnd(byte[] b, int n) {
        for (int k = n - 1; k >= 0; k--) {
            if (b[k] == '\n') {
                return k + 1;
            }
        }
        return 0;
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "csi-plain-csv");
            t.setDaemon(true);
            return t;
        });
    }
}
