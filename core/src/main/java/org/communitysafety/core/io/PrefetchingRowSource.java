package org.communitysafety.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A {@link RowSource} that reads its rows ahead on a thread of its own, so that parsing a file
 * (decoding, splitting fields, making strings) runs on one core while the rows are validated on
 * another: a two-stage pipeline that changes nothing the caller sees — the same rows, lines,
 * errors and warnings, in the same order, and an exception of the wrapped source thrown at the
 * row where it occurred.
 *
 * <p>Rows travel in batches of {@value #BATCH} through a queue of {@value #QUEUE} batches, so the
 * rows held ahead are bounded. {@link #header()} is read on the caller's thread; the reading
 * thread starts on the first {@link #next()}. {@link #close()} stops it and then closes the
 * wrapped source. Not thread-safe (one consumer). Package-private.
 */
final class PrefetchingRowSource implements RowSource {
    private static final int BATCH = 1024;
    private static final int QUEUE = 8;

    private final RowSource source;
    /** Whether each row's original fields are kept too, for a source read through a mapping profile. */
    private final boolean mapped;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private Thread reader;
    private volatile boolean closed;

    private Batch batch;
    private int index = -1;

    PrefetchingRowSource(RowSource source) {
        this.source = source;
        this.mapped = source instanceof MappedRowSource;
    }

    /** {@code source} read ahead on its own thread when this machine has a second core; otherwise itself. */
    static RowSource of(RowSource source) {
        Objects.requireNonNull(source, "source");
        return Runtime.getRuntime().availableProcessors() > 1 ? new PrefetchingRowSource(source) : source;
    }

    /** Rows read ahead, with how reading ended when it ended within them. */
    private static final class Batch {
        final long[] lines = new long[BATCH];
        final String[][] fields = new String[BATCH][];
        final String[][] originals;
        final String[] errors = new String[BATCH];
        final List<?>[] warnings = new List<?>[BATCH];
        int size;
        /** True after the last row; {@link #failure} set when the source threw. */
        boolean end;
        Throwable failure;

        Batch(boolean mapped) {
            originals = mapped ? new String[BATCH][] : null;
        }
    }

    @Override
    public Optional<List<String>> header() throws IOException {
        return source.header();
    }

    @Override
    public long headerLine() {
        return source.headerLine();
    }

    @Override
    public boolean next() throws IOException {
        if (reader == null) {
            start();
        }
        if (batch != null && index + 1 < batch.size) {
            index++;
            return true;
        }
        if (batch != null && batch.end) {
            index = batch.size;
            return rethrow(batch.failure);
        }
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading rows");
        }
        index = 0;
        if (batch.size > 0) {
            return true;
        }
        return rethrow(batch.failure);
    }

    private static boolean rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return false;
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new UncheckedIOException(new IOException(failure));
    }

    private void start() {
        reader = new Thread(this::readAhead, "csi-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** The reading thread: every row of the source into batches, then the end (and any failure). */
    private void readAhead() {
        Batch b = new Batch(mapped);
        try {
            while (!closed) {
                if (!source.next()) {
                    b.end = true;
                    break;
                }
                int i = b.size;
                b.lines[i] = source.line();
                int n = source.fieldCount();
                String[] f = new String[n];
                for (int k = 0; k < n; k++) {
                    String field = source.field(k);
                    field.hashCode(); // a String keeps its hash: the look-ups of the reading thread find it made
                    f[k] = field;
                }
                b.fields[i] = f;
                b.errors[i] = source.rowError().orElse(null);
                List<String> w = source.rowWarnings();
                b.warnings[i] = w.isEmpty() ? null : List.copyOf(w);
                if (mapped) {
                    b.originals[i] = ((MappedRowSource) source).originalFields().toArray(String[]::new);
                }
                if (++b.size == BATCH) {
                    queue.put(b);
                    b = new Batch(mapped);
                }
            }
        } catch (InterruptedException e) {
            return; // closed
        } catch (Throwable t) {
            if (closed) {
                return;
            }
            b.end = true;
            b.failure = t;
        }
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            // closed: nobody is waiting
        }
    }

    @Override
    public long line() {
        return batch.lines[index];
    }

    @Override
    public List<String> fields() {
        return Collections.unmodifiableList(Arrays.asList(batch.fields[index]));
    }

    /** The row as the file has it, before the mapping profile mapped it ({@link MappedRowSource#originalFields()}). */
    List<String> originalFields() {
        return mapped ? Collections.unmodifiableList(Arrays.asList(batch.originals[index])) : fields();
    }

    @Override
    public String field(int i) {
        return batch.fields[index][i];
    }

    @Override
    public int fieldCount() {
        return batch.fields[index].length;
    }

    @Override
    public long bytesRead() {
        return source.bytesRead();   // the parsing thread's: ahead of the rows handed out
    }

    @Override
    public Optional<String> rowError() {
        return Optional.ofNullable(batch.errors[index]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> rowWarnings() {
        List<?> w = batch.warnings[index];
        return w == null ? List.of() : (List<String>) w;
    }

    /** Stops the reading thread, then closes the wrapped source. */
    @Override
    public void close() throws IOException {
        closed = true;
        Thread t = reader;
        if (t != null) {
            t.interrupt();
            queue.clear();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        source.close();
    }
}
