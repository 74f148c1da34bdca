package org.communitysafety.core.io.csv;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One record read by {@link CsvParser#next(CsvRow)}: its fields, the physical line it starts
 * on and whether the bytes it was decoded from were valid in the charset.
 *
 * <p>A row is a reusable holder: each call to {@code next(row)} overwrites it, so a loop over
 * millions of records needs one {@code CsvRow} and one {@code String} per field. Copy what you
 * keep ({@link #toList()}, {@link #toArray()}). Not thread-safe.
 *
 * <pre>{@code
 * CsvRow row = new CsvRow();
 * while (parser.next(row)) {
 *     if (row.hasDecodingError()) { reject(row.line(), row.decodingError()); continue; }
 *     String code = row.field(0);
 * }
 * }</pre>
 */
public final class CsvRow {
    private String[] fields = new String[16];
    private int fieldCount;
    private long line;
    private long endLine;
    private String decodingError;
    private long decodingErrorByte = -1;

    /** An empty row with no fields, to pass to {@link CsvParser#next(CsvRow)}. */
    public CsvRow() {}

    /** The number of fields in the record; at least 1 for every record a parser returns. */
    public int fieldCount() {
        return fieldCount;
    }

    /**
     * The field at {@code index} (0-based), exactly as in the file without its quotes and with
     * doubled quotes undone; never null, possibly empty, whitespace kept.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < fieldCount()}
     */
    public String field(int index) {
        Objects.checkIndex(index, fieldCount);
        return fields[index];
    }

    /** The field at {@code index}, or {@code null} if the record has fewer fields. */
    public String fieldOrNull(int index) {
        return index >= 0 && index < fieldCount ? fields[index] : null;
    }

    /** The 1-based physical line on which the record starts (empty lines count). */
    public long line() {
        return line;
    }

    /**
     * The 1-based physical line on which the record ends; larger than {@link #line()} when a
     * quoted field holds line breaks.
     */
    public long endLine() {
        return endLine;
    }

    /**
     * Whether some bytes of this record were not valid in the parser's charset. They were
     * replaced by U+FFFD in the fields; the record is otherwise complete.
     */
    public boolean hasDecodingError() {
        return decodingError != null;
    }

    /**
     * The first decoding error in this record, e.g. {@code not valid UTF-8 at byte 1234
     * (bytes C4 E3)}, or {@code null} if there is none.
     */
    public String decodingError() {
        return decodingError;
    }

    /** The 0-based byte offset in the input of the first decoding error, or -1 if none. */
    public long decodingErrorByte() {
        return decodingErrorByte;
    }

    /** A copy of the fields as an unmodifiable list. */
    public List<String> toList() {
        return Collections.unmodifiableList(Arrays.asList(toArray()));
    }

    /** A copy of the fields. */
    public String[] toArray() {
        return Arrays.copyOf(fields, fieldCount);
    }

    /** {@code line 3: [a, b, c]} (for debugging). */
    @Override
    public String toString() {
        return "line " + line + ": " + Arrays.toString(toArray())
                + (decodingError == null ? "" : " (" + decodingError + ")");
    }

    // --- filled by CsvParser ---------------------------------------------------------

    void reset(long startLine) {
        Arrays.fill(fields, 0, fieldCount, null);
        fieldCount = 0;
        line = startLine;
        endLine = startLine;
        decodingError = null;
        decodingErrorByte = -1;
    }

    void add(String field) {
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[fieldCount++] = field;
    }

    void setEndLine(long endLine) {
        this.endLine = endLine;
    }

    void setDecodingError(String message, long byteOffset) {
        this.decodingError = message;
        this.decodingErrorByte = byteOffset;
    }
}
