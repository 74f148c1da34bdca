package org.communitysafety.examples.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.communitysafety.core.io.ReadProgress;

/**
 * What a long run is doing, on standard error, so that ten million rows are not read in silence
 * (issue 14): the files being read — on a terminal a bar redrawn in place a few times a second,
 * otherwise (a log, a pipe) a line every {@value #LINE_SECONDS} seconds and one per file read —
 * then each later phase as it starts, and last the time taken and the peak heap. Standard output
 * is left to the results; {@code --quiet} silences all of it. Thread-safe: record files are read
 * on parallel threads.
 */
final class ProgressReporter implements ReadProgress {
    /** A line at most this often when standard error is not a terminal. */
    static final int LINE_SECONDS = 5;
    private static final long LINE_NANOS = LINE_SECONDS * 1_000_000_000L;
    /** A terminal's bar is redrawn at most this often. */
    private static final long BAR_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    /** "reading" or "writing": what is being done to the files. */
    private final String verb;
    private final boolean interactive;
    private final boolean quiet;
    private final LongSupplier clock;
    private final long start;
    private final Map<String, Status> reading = new LinkedHashMap<>();
    private long lastPrint;
    /** Whether a bar is on the terminal's current line, to be ended before other text. */
    private boolean barShown;

    ProgressReporter(PrintWriter err, boolean quiet, boolean interactive, LongSupplier clock) {
        this(err, "reading", quiet, interactive, clock);
    }

    ProgressReporter(PrintWriter err, String verb, boolean quiet, boolean interactive, LongSupplier clock) {
        this.err = err;
        this.verb = verb;
        this.quiet = quiet;
        this.interactive = interactive;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    /** A reporter to {@code err}, with a bar when the process has a terminal. */
    static ProgressReporter of(PrintWriter err, boolean quiet) {
        return new ProgressReporter(err, quiet, System.console() != null, System::nanoTime);
    }

    /** A reporter of files being written ({@code csi generate}), which says when each is done itself. */
    static ProgressReporter writing(PrintWriter err, boolean quiet) {
        return new ProgressReporter(err, "writing", quiet, System.console() != null, System::nanoTime);
    }

    /** Takes the bar off the terminal, before the caller prints a line of its own. */
    synchronized void clear() {
        endBar();
        err.flush();
    }

    @Override
    public synchronized void update(Status s) {
        if (quiet) {
            return;
        }
        long now = clock.getAsLong();
        if (s.done()) {
            reading.remove(s.file());
            endBar();
            err.println("csi: read " + s.file() + ": " + Console.count(s.rows(), "row", "rows")
                    + size(s.bytes()));
            err.flush();
            lastPrint = now;
            return;
        }
        reading.put(s.file(), s);
        if (interactive && now - lastPrint >= BAR_NANOS) {
            err.print("\r" + bar(s) + "\u001B[K");   // erase what a longer line left
            err.flush();
            barShown = true;
            lastPrint = now;
        } else if (!interactive && now - lastPrint >= LINE_NANOS) {
            String share = s.fraction().isPresent()
                    ? String.format(Locale.ROOT, " (%.0f%%)", 100 * s.fraction().getAsDouble()) : "";
            int others = reading.size() - 1;
            err.println("csi: " + verb + " " + s.file() + ": " + Console.count(s.rows(), "row", "rows") + share
                    + (others > 0 ? " and " + Console.count(others, "other file", "other files") : ""));
            err.flush();
            lastPrint = now;
        }
    }

    /** Says that a phase begins: "csi: computing the indicators". */
    synchronized void phase(String what) {
        if (quiet) {
            return;
        }
        endBar();
        err.println("csi: " + what);
        err.flush();
    }

    /** The last line: the time since the start and the peak heap. */
    synchronized void done() {
        if (quiet) {
            return;
        }
        endBar();
        err.println("csi: done in " + Console.duration(Duration.ofNanos(clock.getAsLong() - start)) + ", peak heap "
                + Console.megabytes(peakHeap()));
        err.flush();
    }

    private void endBar() {
        if (barShown) {
            err.print("\r\u001B[K");
            barShown = false;
        }
    }

    /** "reading incidents.csv [##########--------------]  41%  4,100,000 rows" (no bar when the size is unknown). */
    private String bar(Status s) {
        StringBuilder b = new StringBuilder(verb).append(' ').append(s.file()).append(' ');
        if (s.fraction().isPresent()) {
            double f = s.fraction().getAsDouble();
            int filled = (int) Math.round(f * BAR_WIDTH);
            b.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append(']')
                    .append(String.format(Locale.ROOT, " %3.0f%%", 100 * f));
        }
        b.append("  ").append(Console.count(s.rows(), "row", "rows"));
        if (reading.size() > 1) {
            b.append(" (+").append(reading.size() - 1).append(" file").append(reading.size() > 2 ? "s" : "").append(')');
        }
        return b.toString();
    }

    private static String size(long bytes) {
        return bytes > 0 ? ", " + Console.size(bytes) : "";
    }

    /** The largest heap the JVM has used: the sum of the heap pools' peaks (an upper bound of the true peak). */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
