package org.communitysafety.core.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * A streaming RFC 4180 CSV parser: one record at a time into a reusable {@link CsvRow}, with
 * physical line numbers, decoding errors flagged on the record where they occur and quoting
 * errors thrown as {@link CsvFormatException}.
 *
 * <pre>{@code
 * try (CsvParser parser = CsvParser.open(path, StandardCharsets.UTF_8)) {
 *     CsvRow row = new CsvRow();
 *     while (true) {
 *         try {
 *             if (!parser.next(row)) break;
 *         } catch (CsvFormatException e) {
 *             reject(e.recordLine(), e.getMessage());   // the parser has moved on; keep going
 *             continue;
 *         }
 *         if (row.hasDecodingError()) {
 *             String hint = parser.encodingHint();         // null, or "the file looks like GBK..."
 *             reject(row.line(), row.decodingError() + (hint == null ? "" : "; " + hint));
 *             continue;
 *         }
 *         use(row.line(), row.field(0), row.field(1));
 *     }
 * }
 * }</pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>The separator is {@code ,} and the quote {@code "}. A field that starts with a quote
 *       runs to the next lone quote; inside it {@code ""} is one quote and {@code ,}, CR and LF
 *       are text. A quote inside an unquoted field ({@code 5"}) is kept as text.
 *   <li>LF, CRLF and a lone CR each end a record and a physical line, also inside quoted fields
 *       (where they are kept as text); a final line without a line break is still a record.
 *   <li>An empty line (no characters at all) is skipped but counted. A line holding only
 *       spaces is a record with one field of spaces: nothing is trimmed.
 *   <li>A U+FEFF byte-order mark at the very start of the text is skipped.
 *   <li>Records may have different numbers of fields; checking that is the caller's job.
 * </ul>
 *
 * <h2>Errors and recovery</h2>
 * <ul>
 *   <li><b>Quoting errors</b> throw the checked {@link CsvFormatException}, after which the
 *       parser is usable: <i>text after a closing quote</i> ({@code "ab"c}): the rest of that
 *       physical line is skipped and the next call reads the next line; <i>a field longer than
 *       {@link #maxFieldLength(int) the maximum}</i> (4,194,304 chars by default, which bounds
 *       memory when a closing quote is missing): the field is scanned to its end without being
 *       kept, the rest of its line skipped, then the exception is thrown; <i>an unclosed quote
 *       at the end of the input</i>: the quoted field has swallowed the rest of the input, so
 *       the next call returns false. The row passed to the failing call holds unspecified
 *       contents.
 *   <li><b>Decoding errors</b> (bytes not valid in the charset, only detected when the parser
 *       decodes the bytes itself: {@link #open(Path, Charset)} and {@link #of(InputStream,
 *       Charset, String)}, or a {@link DecodingReader} given to {@link #of(Reader, String)})
 *       do not throw: each bad byte sequence becomes U+FFFD, the record containing it gets
 *       {@link CsvRow#hasDecodingError()} with the first error's message, e.g. {@code not
 *       valid UTF-8 at byte 1234 (bytes C4 E3)}, and parsing goes on, so every record can
 *       still be counted. {@link #encodingHint()} says whether the bytes look like GBK.
 *   <li>I/O errors of the underlying reader are thrown as they are.
 * </ul>
 *
 * <p>Reads 64 KiB of text at a time and never holds more than that plus the current record.
 * Not thread-safe.
 */
public final class CsvParser implements Closeable {
    /** The default {@link #maxFieldLength(int)}: 4,194,304 characters. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 1 << 22;

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int COMMA = 0;
    private static final int END_OF_LINE = 1;
    private static final int END_OF_INPUT = 2;

    private final Reader reader;
    private final DecodingReader decoding;
    private final String sourceName;
    private final char[] buf = new char[BUFFER_SIZE];
    private int pos;
    private int limit;
    /** Position in the whole text of {@code buf[0]}. */
    private long bufBase;
    private boolean started;
    private boolean endOfInput;
    private char lastChar;
    /** The physical line of {@code buf[pos]}. */
    private long line = 1;

    private char[] acc = new char[256];
    private int accLen;
    private boolean fieldTooLong;
    private int maxFieldLength = DEFAULT_MAX_FIELD_LENGTH;

    private CsvParser(Reader reader, String sourceName) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.decoding = reader instanceof DecodingReader ? (DecodingReader) reader : null;
    }

    /**
     * Opens {@code file} in {@code charset}, decoding it with a {@link DecodingReader} so that
     * invalid bytes are reported on their records. The source name is the file name.
     */
    public static CsvParser open(Path file, Charset charset) throws IOException {
        Objects.requireNonNull(charset, "charset");
        Path name = file.getFileName();
        InputStream in = Files.newInputStream(file);
        return new CsvParser(new DecodingReader(in, charset), name == null ? file.toString() : name.toString());
    }

    /** {@link #open(Path, Charset)} in UTF-8. */
    public static CsvParser open(Path file) throws IOException {
        return open(file, StandardCharsets.UTF_8);
    }

    /**
     * Parses bytes from {@code in} decoded in {@code charset} with a {@link DecodingReader};
     * {@code sourceName} names the input in messages. The parser closes the stream.
     */
    public static CsvParser of(InputStream in, Charset charset, String sourceName) {
        return new CsvParser(new DecodingReader(in, charset), sourceName);
    }

    /**
     * Parses text from {@code reader}; {@code sourceName} names it in messages. Decoding errors
     * are reported only if {@code reader} is a {@link DecodingReader}: an {@code
     * InputStreamReader} silently replaces bad bytes. The parser closes the reader.
     */
    public static CsvParser of(Reader reader, String sourceName) {
        return new CsvParser(reader, sourceName);
    }

    /**
     * Sets the longest field accepted, in chars (default {@value #DEFAULT_MAX_FIELD_LENGTH});
     * longer fields throw {@link CsvFormatException}. Returns this parser.
     */
    public CsvParser maxFieldLength(int chars) {
        Check.argument(chars > 0, "maxFieldLength must be positive, got %d", chars);
        this.maxFieldLength = chars;
        return this;
    }

    /** The name of the input used in messages, e.g. {@code incidents.csv}. */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The physical line the parser is on: after {@code next} returned a record, the line after
     * that record; after it returned false, one more than the number of lines of the input
     * when the input ends with a line break.
     */
    public long line() {
        return line;
    }

    /** The bytes read from the input so far, or -1 when the parser reads characters, not bytes. */
    public long bytesRead() {
        return decoding == null ? -1 : decoding.bytesRead();
    }

    /** How many invalid byte sequences have been decoded so far (0 if not decoding bytes). */
    public long decodingErrorCount() {
        return decoding == null ? 0 : decoding.errorCount();
    }

    /**
     * {@link DecodingReader#GB18030_HINT} if there has been a decoding error and the bytes
     * around the first one look like GBK/GB18030, otherwise {@code null}.
     */
    public String encodingHint() {
        return decoding != null && decoding.looksLikeGb18030() ? DecodingReader.GB18030_HINT : null;
    }

    /**
     * Reads the next record into {@code row}, replacing its contents.
     *
     * @return true if a record was read, false at the end of the input (row unchanged)
     * @throws CsvFormatException if the record breaks the quoting rules; see the class comment
     *     for where the parser continues
     * @throws IOException if reading fails
     */
    public boolean next(CsvRow row) throws IOException {
        Objects.requireNonNull(row, "row");
        if (!started) {
            started = true;
            if (fill() && buf[0] == '\uFEFF') {
                pos = 1;
            }
        }
        // skip empty lines
        for (;;) {
            if (pos == limit && !fill()) {
                return false;
            }
            char c = buf[pos];
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                pos++;
                line++;
                skipLf();
            } else {
                break;
            }
        }
        long startLine = line;
        row.reset(startLine);
        accLen = 0;
        fieldTooLong = false;
        if (decoding != null) {
            decoding.dropErrorsBefore(bufBase + pos);
        }
        int end;
        do {
            if (pos == limit && !fill()) {
                row.add("");
                end = END_OF_INPUT;
            } else if (buf[pos] == '"') {
                end = quoted(row, startLine);
            } else {
                end = unquoted(row, startLine);
            }
        } while (end == COMMA);
        row.setEndLine(line);
        if (decoding != null) {
            decoding.takeErrorsBefore(bufBase + pos, row);
        }
        if (end == END_OF_LINE) {
            char c = buf[pos++];
            line++;
            if (c == '\r') {
                skipLf();
            }
        }
        return true;
    }

    private int unquoted(CsvRow row, long startLine) throws IOException {
        int p = pos;
        for (;;) {
            final char[] b = buf;
            final int lim = limit;
            p = scanTo(',', b, p, lim);
            if (p < lim) {
                String field;
                if (accLen == 0 && !fieldTooLong) {
                    int n = p - pos;
                    if (n > maxFieldLength) {
                        fieldTooLong = true;
                    }
                    field = n == 0 ? "" : fieldTooLong ? null : new String(b, pos, n);
                } else {
                    append(b, pos, p - pos);
                    field = takeAccumulated();
                }
                pos = p;
                if (fieldTooLong) {
                    throw tooLong(row, startLine);
                }
                row.add(field);
                if (b[p] == ',') {
                    pos = p + 1;
                    return COMMA;
                }
                return END_OF_LINE;
            }
            append(b, pos, p - pos);
            pos = p;
            if (!fill()) {
                if (fieldTooLong) {
                    throw tooLong(row, startLine);
                }
                row.add(takeAccumulated());
                return END_OF_INPUT;
            }
            p = pos;
        }
    }

    /**
     * The first index in {@code b[p, lim)} holding {@code stop} or a line break, or {@code lim}:
     * the inner scan of both field kinds (small and static, so the JIT inlines it into them).
     */
    private static int scanTo(char stop, char[] b, int p, int lim) {
        while (p < lim) {
            char ch = b[p];
            if (ch == stop || ch == '\n' || ch == '\r') {
                return p;
            }
            p++;
        }
        return lim;
    }

    private int quoted(CsvRow row, long startLine) throws IOException {
        long openLine = line;
        pos++; // the opening quote
        int p = pos;
        for (;;) {
            if (p == limit) {
                append(buf, pos, p - pos);
                pos = p;
                if (!fill()) {
                    throw unclosed(openLine, startLine);
                }
                p = pos;
            }
            final char[] b = buf;
            final int lim = limit;
            p = scanTo('"', b, p, lim);
            if (p == lim) {
                continue;
            }
            char ch = b[p];
            if (ch == '\n') {
                line++;
                p++;
            } else if (ch == '\r') {
                line++;
                p++;
                if (p < lim) {
                    if (b[p] == '\n') {
                        p++;
                    }
                } else {
                    append(b, pos, p - pos);
                    pos = p;
                    if (!fill()) {
                        throw unclosed(openLine, startLine);
                    }
                    p = buf[pos] == '\n' ? pos + 1 : pos;
                }
            } else {
                // a quote: doubled, or the end of the field
                if (p + 1 < lim && accLen == 0 && !fieldTooLong) {
                    char next = b[p + 1];
                    if (next == ',' || next == '\n' || next == '\r') {
                        int n = p - pos;
                        if (n > maxFieldLength) {
                            fieldTooLong = true;
                        } else {
                            row.add(n == 0 ? "" : new String(b, pos, n));
                            if (next == ',') {
                                pos = p + 2;
                                return COMMA;
                            }
                            pos = p + 1;
                            return END_OF_LINE;
                        }
                    }
                }
                append(b, pos, p - pos);
                pos = p + 1;
                if (pos == limit && !fill()) {
                    return endQuoted(row, startLine, END_OF_INPUT);
                }
                char next = buf[pos];
                if (next == '"') {
                    p = pos + 1; // keep this quote in the next segment
                } else if (next == ',') {
                    pos++;
                    return endQuoted(row, startLine, COMMA);
                } else if (next == '\n' || next == '\r') {
                    return endQuoted(row, startLine, END_OF_LINE);
                } else {
                    long errorLine = line;
                    int fieldNumber = row.fieldCount() + 1;
                    accLen = 0;
                    skipRestOfLine();
                    throw new CsvFormatException(sourceName, errorLine, startLine,
                            "unexpected character " + describe(next) + " after the closing quote of field "
                                    + fieldNumber + "; a quote inside a quoted field must be doubled (\"\")");
                }
            }
        }
    }

    private int endQuoted(CsvRow row, long startLine, int end) throws IOException {
        if (fieldTooLong) {
            throw tooLong(row, startLine);
        }
        row.add(takeAccumulated());
        return end;
    }

    private CsvFormatException unclosed(long openLine, long startLine) {
        accLen = 0;
        long endLine = (lastChar == '\n' || lastChar == '\r') ? line - 1 : line;
        return new CsvFormatException(sourceName, Math.max(endLine, openLine), startLine,
                "unclosed quoted field (opened on line " + openLine + ")");
    }

    private CsvFormatException tooLong(CsvRow row, long startLine) throws IOException {
        long errorLine = line;
        int fieldNumber = row.fieldCount() + 1;
        accLen = 0;
        fieldTooLong = false;
        skipRestOfLine();
        return new CsvFormatException(sourceName, errorLine, startLine, "field " + fieldNumber
                + " is longer than " + maxFieldLength + " characters; is a closing quote missing?");
    }

    private static String describe(char c) {
        if (c == '\t') {
            return "'\\t' (tab)";
        }
        if (c == ' ') {
            return "' ' (space)";
        }
        return "'" + c + "'";
    }

    private void append(char[] b, int from, int n) {
        if (n == 0 || fieldTooLong) {
            return;
        }
        int needed = accLen + n;
        if (needed > maxFieldLength) {
            fieldTooLong = true;
            accLen = 0;
            return;
        }
        if (needed > acc.length) {
            acc = Arrays.copyOf(acc, Math.max(needed, Math.min(acc.length * 2, maxFieldLength)));
        }
        System.arraycopy(b, from, acc, accLen, n);
        accLen = needed;
    }

    private String takeAccumulated() {
        if (accLen == 0) {
            return "";
        }
        String s = new String(acc, 0, accLen);
        accLen = 0;
        return s;
    }

    /** After a CR: consumes a following LF, if any. */
    private void skipLf() throws IOException {
        if (pos == limit && !fill()) {
            return;
        }
        if (buf[pos] == '\n') {
            pos++;
        }
    }

    /** Consumes everything up to and including the next line break, counting it. */
    private void skipRestOfLine() throws IOException {
        for (;;) {
            while (pos < limit) {
                char c = buf[pos++];
                if (c == '\n') {
                    line++;
                    return;
                }
                if (c == '\r') {
                    line++;
                    skipLf();
                    return;
                }
            }
            if (!fill()) {
                return;
            }
        }
    }

    /** Refills the buffer once everything in it has been consumed; false at end of input. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (limit > 0) {
            lastChar = buf[limit - 1];
        }
        bufBase += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = reader.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        limit = n;
        return true;
    }

    /** Closes the underlying reader. */
    @Override
    public void close() throws IOException {
        reader.close();
    }
}
