package org.communitysafety.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A file of rows as the {@link DatasetReader} validates them, whatever the format: CSV, or
 * JSON Lines (one object per line, see {@code org.communitysafety.core.io.json}).
 *
 * <p>The source names its columns once ({@link #header()}); each call to {@link #next()}
 * moves to the next row, whose fields line up with the header, unless the row could not be
 * read at all ({@link #rowError()}: malformed quoting, bytes that are not valid in the
 * encoding, a line that is not a JSON object), in which case the validator rejects it with
 * that reason. Not thread-safe.
 */
public interface RowSource extends Closeable {
    /**
     * A column name as readers match it, whatever the format: trimmed, lower case, full-width
     * parentheses made ASCII ({@code 所属村（社区）} matches {@code 所属村(社区)}).
     */
    static String normaliseName(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replace('（', '(').replace('）', ')');
    }

    /**
     * The column names, or empty when the file has no header (an empty CSV file).
     *
     * @throws RowSourceException when the header itself cannot be read
     */
    Optional<List<String>> header() throws IOException;

    /**
     * Moves to the next row; false at the end.
     *
     * @throws RowSourceException when the source gives up on the rest of the file (bytes that
     *     look like GBK/GB18030 read as UTF-8): one error at that line, and the rows from there
     *     on are not read; the reader counts the rows before it
     */
    boolean next() throws IOException;

    /**
     * The 1-based line (for a workbook, the row number) of the {@link #header()} row, which
     * problems about the header name: 1 unless the source skips rows above its header, as a
     * sheet with a title row above the header does.
     */
    default long headerLine() {
        return 1;
    }

    /** The 1-based physical line where the current row starts. */
    long line();

    /** The current row's fields; possibly more or fewer than the header's columns. */
    List<String> fields();

    /** The field at {@code index} of the current row. */
    String field(int index);

    /** The number of fields in the current row. */
    int fieldCount();

    /** Why the current row could not be read, when it could not. */
    Optional<String> rowError();

    /**
     * The bytes of the underlying file read so far, for a progress bar ({@link ReadProgress}), or
     * -1 when the source does not know (the default; a table in memory, a workbook). It may run
     * ahead of the rows given so far, as sources read in blocks.
     */
    default long bytesRead() {
        return -1;
    }

    /** Warnings about the current row that do not reject it (e.g. an unknown JSON key). */
    default List<String> rowWarnings() {
        return List.of();
    }

    /** A header-level failure: the message is the reason, reported against line {@link #line()}. */
    final class RowSourceException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        public RowSourceException(long line, String reason) {
            super(reason);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
