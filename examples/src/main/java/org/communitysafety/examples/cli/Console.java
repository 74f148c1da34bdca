package org.communitysafety.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.Duration;
import java.util.Locale;
import org.communitysafety.core.lang.ControlCharacters;

/**
 * Formatting for the command's output: counts with thousands separators, durations, megabytes,
 * and a writer over a {@link PrintStream} that keeps the stream's own encoding.
 *
 * <p>Stateless and thread-safe.
 */
final class Console {
    private Console() {}

    /**
     * A writer that prints through {@code stream}, so characters are encoded with the stream's
     * charset (UTF-8 for {@link Csi#main}); {@code new PrintWriter(stream)} would use the
     * platform's default instead and print Chinese names as question marks.
     */
    static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.append(CharBuffer.wrap(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, false);
    }

    /** {@code text} with every control character written out, line breaks too ({@link ControlCharacters#visible}). */
    static String visible(String text) {
        return ControlCharacters.visible(text, false);
    }

    /** {@code 50000} → {@code 50,000}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1} → {@code 1 row}, {@code 2} → {@code 2 rows}. */
    static String count(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /** {@code 1234 ms} → {@code 1.23 s}; under a second in milliseconds. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    /** Bytes as mebibytes, e.g. {@code 85 MB}. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / (1024.0 * 1024.0)));
    }

    /** A file size: {@code 812 bytes}, {@code 37.5 KB}, {@code 4.2 MB}, {@code 1,623.4 MB} (1 KB = 1,024 bytes). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Records per second, e.g. {@code 1,234,567 records/s}; empty for a zero duration. */
    static String rate(long records, Duration d) {
        long ns = d.toNanos();
        return ns <= 0 ? "" : count(Math.round(records * 1e9 / ns)) + " records/s";
    }

    /** An I/O failure in a few words, e.g. {@code permission denied: /data/rejects.csv}. */
    static String describe(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + m;
        } else if (e instanceof AccessDeniedException) {
            return "permission denied: " + m;
        } else if (e instanceof NotDirectoryException) {
            return "not a directory: " + m;
        } else if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way: " + m;
        }
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    /** {@code Unknown option} → {@code unknown option}; leaves {@code CSV ...} alone. */
    static String lowerFirst(String message) {
        if (message == null || message.length() < 2 || !Character.isUpperCase(message.charAt(0))
                || Character.isUpperCase(message.charAt(1))) {
            return message == null ? "" : message;
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
