package org.communitysafety.core.io;

import java.util.Objects;

/**
 * What a read says as it goes, for a progress bar or a line every few seconds: for each file,
 * when it starts, about every 65,536 rows (and every 2 MB chunk of a plain CSV file) and when it
 * is done. Record files are read on parallel threads, so calls may come from several threads at
 * once: an implementation must be thread-safe, and quick, since the reading threads wait for it.
 *
 * <pre>{@code
 * DatasetReader.readColumnar(dir, ReadOptions.defaults(),
 *         s -> System.err.printf("%s: %,d rows, %.0f%%%n", s.file(), s.rows(), 100 * s.fraction().orElse(0)));
 * }</pre>
 */
@FunctionalInterface
public interface ReadProgress {

    /** Receives the status of a file. */
    void update(Status status);

    /** Says nothing. */
    static ReadProgress none() {
        return s -> {};
    }

    /**
     * A file's progress.
     *
     * @param file the file as problems name it ({@code incidents.csv}, {@code book.xlsx [警情]})
     * @param rows the rows read so far (accepted or rejected)
     * @param bytesRead the bytes of the file read so far, or -1 when the format does not say
     *                  (a workbook); may run ahead of {@code rows}, as the file is parsed ahead
     * @param bytes the file's size, or -1 when unknown
     * @param done whether the file has been read to its end (or given up)
     */
    record Status(String file, long rows, long bytesRead, long bytes, boolean done) {
        public Status {
            Objects.requireNonNull(file, "file");
        }

        /** How much of the file has been read, in [0, 1]: 1 when done; empty when the sizes are unknown. */
        public java.util.OptionalDouble fraction() {
            if (done) {
                return java.util.OptionalDouble.of(1.0);
            }
            if (bytesRead < 0 || bytes <= 0) {
                return java.util.OptionalDouble.empty();
            }
            return java.util.OptionalDouble.of(Math.min(1.0, (double) bytesRead / bytes));
        }
    }
}
