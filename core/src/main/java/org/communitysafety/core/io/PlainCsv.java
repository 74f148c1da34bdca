package org.communitysafety.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.communitysafety.core.lang.Futures;

/**
 * The fast path of reading a record file: a UTF-8 CSV file read as bytes in chunks of about two
 * megabytes split at line ends, whose rows are split and parsed on every core at once and then
 * taken in file order on the reading thread.
 *
 * <p>A file is <i>plain</i> when it is valid UTF-8, quotes (if any) only whole fields — opening at
 * a line's start (the file's first after its byte-order mark), or after a comma, closing before a
 * comma or the line's end, with a quote inside doubled ({@code "a ""b"" c"}, as exports quote a
 * quote) and no line break inside, so no record spans lines — every CR is followed by LF and no
 * line is longer than a megabyte. A line break inside quotes would make a record span lines, and
 * the chunks, split at line ends, and the line numbers would then need the quoting state of all
 * the bytes before: such a file is left to the general path, as rare as it is in exports.
 * {@link PlainScan#scan} checks that first, in one parallel pass over the bytes;
 * only then are rows taken, so a file is read either wholly here or wholly by the general path
 * ({@link CsvRowSource}) and no row is taken twice. In a plain file the records are exactly the
 * non-empty lines, a line's fields exactly its text between commas (CR before LF dropped, the
 * quotes of a quoted field taken off and its doubled quotes made one), and the line numbers
 * exactly {@link org.communitysafety.core.io.csv.CsvParser}'s: the rows and lines are the same
 * either way. A {@link Rows} is given a quoted field's bytes between its quotes, doubled quotes
 * and all: as no value it parses has a quote, a field with one is not plain to it, and the row
 * takes the general path, which unquotes it — while a row with a quote only in a column the fast
 * path does not read (an address) stays on it.
 *
 * <p>Each row whose fields a {@link Rows} parses as plain goes to {@link Rows#accept} as typed
 * values; every other row — a wrong number of fields, a value in another spelling, anything the
 * rules may object to — goes to the {@link Sink} as its fields, made on the parsing thread, for the
 * general path, which makes the messages. Package-private.
 */
final class PlainCsv {
    /** The bytes read at once: chunks end at the last line end within them. */
    static final int BUFFER = 2 << 20;
    /** The longest line of a plain file, so that every chunk holds at least one line. */
    static final int MAX_LINE = 1 << 20;

    private PlainCsv() {}

    /** A kind of record that has a fast path: incidents, disputes, outreach. */
    interface Kind {
        /**
         * Its rows for one file whose header put the schema's column {@code c} at field
         * {@code positions[c]} (-1: absent), checked against {@code context}'s window and totals;
         * only the ids {@code ids} says may repeat need looking up.
         */
        Rows bind(int[] positions, RowContext context, PlainScan.Ids ids);
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

        /** The rows of the file's first {@code bytes} bytes have all been delivered: for progress. */
        default void through(long bytes) {}
    }

    /** The header of a plain file: its fields, its line, and where the rows begin. */
    record Header(List<String> fields, long line, long bodyStart, long bodyLine) {}

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

    /**
     * The fields of the line {@code b[s, e)} as the CSV parser gives them: the text between commas,
     * a quoted field's without its quotes and with each doubled quote inside made one.
     */
    static List<String> fields(byte[] b, int s, int e) {
        List<String> fields = new ArrayList<>();
        for (int k = s; ; ) {
            int end = fieldEnd(b, k, e);
            boolean quoted = end > k && b[k] == '"';
            if (quoted) {
                String text = new String(b, k + 1, end - k - 2, StandardCharsets.UTF_8);
                fields.add(text.indexOf('"') < 0 ? text : text.replace("\"\"", "\""));
            } else {
                fields.add(new String(b, k, end - k, StandardCharsets.UTF_8));
            }
            if (end >= e) {
                return fields;
            }
            k = end + 1;   // past the comma
        }
    }

    /**
     * One past the field that starts at {@code b[k]} in the line {@code b[s, e)}: its closing
     * quote when it is quoted (a plain file quotes only whole fields, with no line break inside
     * and a quote inside doubled, which this steps over), else the next comma or the line's end.
     */
    static int fieldEnd(byte[] b, int k, int e) {
        if (k < e && b[k] == '"') {
            int q = k + 1;
            while (q < e) {
                if (b[q] == '"') {
                    if (q + 1 < e && b[q + 1] == '"') {
                        q += 2;   // a doubled quote
                        continue;
                    }
                    break;
                }
                q++;
            }
            return Math.min(q + 1, e);
        }
        while (k < e && b[k] != ',') {
            k++;
        }
        return k;
    }

    /**
     * The fields of the line {@code b[s, e)}, quotes taken off, into {@code fs} and {@code fe}
     * (as many as they hold); returns how many the line has.
     */
    static int split(byte[] b, int s, int e, int[] fs, int[] fe) {
        int f = 0;
        for (int k = s; ; f++) {
            int end = fieldEnd(b, k, e);
            if (f < fs.length) {
                boolean quoted = end > k && b[k] == '"';
                fs[f] = quoted ? k + 1 : k;
                fe[f] = quoted ? end - 1 : end;
            }
            if (end >= e) {
                return f + 1;
            }
            k = end + 1;
        }
    }

    // ---- the rows ---------------------------------------------------------------------------

    /**
     * Reads the rows of a plain file from byte {@code from}, which starts line {@code line}, and
     * hands each to {@code rows} or {@code sink} in file order; rows with other than
     * {@code columns} fields go to the sink. {@code quoted}: whether any field of the file is
     * quoted ({@link PlainScan.Ids#quoted()}), when a comma may be inside a field. Chunks are parsed on {@code threads} threads.
     */
    static void read(FileChannel file, long from, long line, int columns, boolean quoted, Rows rows, Sink sink,
            int threads)
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
                        // the scan saw no line this long: the file changed under the reader
                        throw new IOException("the file changed while it was read (a line grew past "
                                + MAX_LINE + " bytes)");
                    }
                    position += chunk.length;
                    chunk.end = position;
                    pending.add(pool.submit(() -> chunk.split(rows, quoted)));
                }
                if (pending.isEmpty()) {
                    break;
                }
                Chunk chunk = take(pending.poll());
                chunk.deliver(rows, sink, nextLine);
                sink.through(chunk.end);
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
        /** Where the chunk ends in the file. */
        long end;
        /** The line ends in the chunk: the next chunk starts that many lines further on. */
        int lineEnds;
        int rows;
        int[] starts = new int[1 << 15];
        int[] ends = new int[1 << 15];
        int[] lines = new int[1 << 15];
        boolean[] plain = new boolean[1 << 15];
        /** The fields of each row that is not plain, made on the parsing thread for the general path. */
        @SuppressWarnings("unchecked")
        List<String>[] general = new List[1 << 15];
        Object batch;
        int batchSize;
        final int[] fieldStarts;
        final int[] fieldEnds;

        Chunk(int columns) {
            fieldStarts = new int[columns];
            fieldEnds = new int[columns];
        }

        /** Splits the chunk into rows and parses each, its fields perhaps {@code quoted}; returns this. */
        Chunk split(Rows parser, boolean quoted) {
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
                // one pass over the line: its end and, when it has no more than the header's, its
                // fields; a quoted file's lines are split after, as a comma may be inside quotes
                int f = 0;
                fs[0] = p;
                int nl = p;
                if (quoted) {
                    while (nl < length && b[nl] != '\n') {
                        nl++;
                    }
                } else {
                    for (byte c; nl < length && (c = b[nl]) != '\n'; nl++) {
                        if (c == ',') {
                            if (f < last) {
                                fe[f] = nl;
                                fs[f + 1] = nl + 1;
                            }
                            f++;
                        }
                    }
                }
                int end = nl > p && b[nl - 1] == '\r' ? nl - 1 : nl;
                if (end > p) {
                    starts[rows] = p;
                    ends[rows] = end;
                    lines[rows] = lineEnds;
                    if (quoted) {
                        f = PlainCsv.split(b, p, end, fs, fe) - 1;
                    } else {
                        fe[Math.min(f, last)] = end;
                    }
                    plain[rows] = f == last && parser.parse(b, fs, fe, batch, rows);
                    if (!plain[rows]) {
                        general[rows] = fields(b, p, end);
                    }
                    rows++;
                }
                if (nl < length) {
                    lineEnds++;
                }
                p = nl + 1;
            }
            return this;
        }

        private void grow(Rows parser) {
            int n = starts.length * 2;
            starts = java.util.Arrays.copyOf(starts, n);
            ends = java.util.Arrays.copyOf(ends, n);
            lines = java.util.Arrays.copyOf(lines, n);
            plain = java.util.Arrays.copyOf(plain, n);
            general = java.util.Arrays.copyOf(general, n);
            Object bigger = parser.batch(n);
            // the rows parsed so far are parsed again into the bigger batch: rare (rows under 64 bytes)
            for (int r = 0; r < rows; r++) {
                if (plain[r]) {
                    PlainCsv.split(buf, starts[r], ends[r], fieldStarts, fieldEnds);
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
                    sink.general(plain[r] ? fields(buf, starts[r], ends[r]) : general[r], at);
                    general[r] = null;
                }
            }
        }
    }

    // ---- plumbing ---------------------------------------------------------------------------

    /** Reads from {@code position} until {@code buf} is full or the file ends; the bytes read. */
    static int fill(FileChannel file, byte[] buf, long position) throws IOException {
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
    static int lastLineEnd(byte[] b, int n) {
        for (int k = n - 1; k >= 0; k--) {
            if (b[k] == '\n') {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * The result of a chunk's task ({@link Futures#get}: what it threw is thrown here); an
     * interruption while waiting is an {@link InterruptedIOException}, which the reader reports
     * as a file that could not be read, as the general path's reading thread does.
     */
    static <T> T take(Future<T> task) throws InterruptedIOException {
        try {
            return Futures.get(task);
        } catch (CompletionException e) {
            if (e.getCause() instanceof InterruptedException) {
                InterruptedIOException interrupted = new InterruptedIOException("interrupted while reading");
                interrupted.initCause(e.getCause());
                throw interrupted;
            }
            throw e;
        }
    }

    static ExecutorService pool(int threads) {
        return Futures.daemonPool("csi-plain-csv", threads);
    }
}
