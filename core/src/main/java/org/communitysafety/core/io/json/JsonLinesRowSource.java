package org.communitysafety.core.io.json;

import static org.communitysafety.core.io.json.JsonTokens.describe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.io.csv.DecodingReader;

/**
 * A {@link RowSource} over a JSON Lines file: one JSON object per line, whose keys are the
 * schema's column names. {@link org.communitysafety.core.io.DatasetReader} opens one for a
 * {@code .jsonl} file; see the {@linkplain org.communitysafety.core.io.json package description}
 * for the value conventions.
 *
 * <p>Rules:
 * <ul>
 *   <li>The {@link #header()} is always the schema's columns, also for an empty file (which
 *       has no rows). Keys match the columns ignoring case and surrounding blanks; every
 *       row's fields are laid out in column order.</li>
 *   <li>A string is taken as it is, a number as its literal text ({@code 12.5}), a boolean as
 *       {@code true}/{@code false}; {@code null} and a missing key give {@code ""}.</li>
 *   <li>An unknown key is a {@linkplain #rowWarnings() warning} the first time it appears in
 *       the file, {@code unknown key colour, ignored}, and is ignored. A line names at most
 *       {@value #UNKNOWN_KEYS_NAMED_PER_LINE} unknown keys and a file {@value
 *       #UNKNOWN_KEYS_NAMED_PER_FILE}; the rest of a line's are counted in one warning,
 *       {@code 99,990 more unknown keys, ignored (a line names at most 10, a file 100)}.</li>
 *   <li>The row is rejected ({@link #rowError()}, with {@link #fields()} the line as read) when
 *       the line is not a JSON object ({@code not a JSON object: ...}), holds bytes that are
 *       not valid in the encoding ({@code not valid UTF-8 at byte 1234 (bytes C4 E3)}), has
 *       an array or object as the value of a column, or names a column twice. Reading goes on
 *       with the next line. But when the bad bytes look like GBK/GB18030 the whole file is in
 *       the wrong encoding: {@link #next()} throws one {@link RowSourceException} for that line,
 *       {@code ...; the file looks like GBK/GB18030: read it with encoding gbk; the file was not
 *       read from this line on} (the same text as for a CSV file), and reads no further.</li>
 *   <li>A line ends with LF, CRLF or a lone CR. Blank lines are skipped but counted, so
 *       {@link #line()} is the physical line number. A byte-order mark at the start is
 *       skipped. A line longer than {@value #MAX_LINE_BYTES} bytes is rejected without being
 *       held in memory.</li>
 * </ul>
 *
 * <p>The file is streamed: one line at a time, in a 64 KiB buffer. The encoding must be
 * ASCII-compatible (UTF-8, GBK, GB18030 ...), so that a line break is the byte {@code 0A}
 * whatever the encoding. Each line is decoded on its own, so a decoding error is reported on
 * exactly the line that holds it, with its byte offset from the start of the file.
 *
 * <p>Not thread-safe.
 */
public final class JsonLinesRowSource implements RowSource {
    /** The longest line accepted, in bytes: 16 MiB. */
    public static final int MAX_LINE_BYTES = 1 << 24;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> unknownKeysSeen = new HashSet<>();
    /** How many unknown keys one line's warnings name; the rest are counted. */
    static final int UNKNOWN_KEYS_NAMED_PER_LINE = 10;
    /** How many distinct unknown keys a file's warnings name in all; later ones are counted. */
    static final int UNKNOWN_KEYS_NAMED_PER_FILE = 100;
    private int unknownKeysNotNamed; // on the current line

    // the byte buffer: buf[pos, limit) not yet consumed; bufBase is the file offset of buf[0]
    private final byte[] buf = new byte[BUFFER_SIZE];
    private int pos;
    private int limit;
    private long bufBase;
    private boolean eof;

    // the current physical line: its bytes including the line break
    private byte[] lineBytes = new byte[4096];
    private int lineLength;
    private int contentLength;
    private long lineOffset;
    private boolean tooLong;
    private CharBuffer chars = CharBuffer.allocate(4096);
    private long physicalLine;

    // the current row
    private long line;
    private final String[] values;
    /** The key that gave each column its value in the current row, or null. */
    private final String[] keys;
    private List<String> fields = List.of();
    private String error;
    /** Whether reading stopped at bytes that look like GBK/GB18030. */
    private boolean stopped;
    private List<String> warnings = List.of();

    private String encodingHint;
    private boolean hintDecided;
    private boolean closed;

    private JsonLinesRowSource(InputStream in, Charset charset, List<String> columns, Map<String, String> aliases) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            index.put(normalise(this.columns.get(i)), i);
        }
        aliases.forEach((alias, column) -> {
            int c = this.columns.indexOf(column);
            if (c < 0) {
                throw new IllegalArgumentException("alias " + alias + " names " + column + ", which is not a column");
            }
            index.put(normalise(alias), c);
        });
        this.values = new String[this.columns.size()];
        this.keys = new String[this.columns.size()];
    }

    /**
     * Opens {@code file} for reading rows of {@code columns}.
     *
     * @param file    the {@code .jsonl} file
     * @param charset its encoding; must be ASCII-compatible
     * @param columns the schema's column names, lower case, in schema order
     * @throws IOException if the file cannot be opened, or the charset is not ASCII-compatible
     */
    public static RowSource open(Path file, Charset charset, List<String> columns) throws IOException {
        return open(file, charset, columns, Map.of());
    }

    /**
     * Opens {@code file} for reading rows of {@code columns}, whose keys may also be the given
     * other names of columns ({@code 所属单位 → unit}; matched like column names). Two keys of one
     * object that name one column reject the row, naming both.
     *
     * @param aliases other names, each to the column it names
     * @throws IOException if the file cannot be opened, or the charset is not ASCII-compatible
     * @throws IllegalArgumentException if an alias names no column
     */
    public static RowSource open(Path file, Charset charset, List<String> columns, Map<String, String> aliases)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(aliases, "aliases");
        if (!isAsciiCompatible(charset)) {
            throw new IOException("a JSON Lines file must be in an ASCII-compatible encoding such as UTF-8, GBK or"
                    + " GB18030, not " + charset.name());
        }
        return new JsonLinesRowSource(Files.newInputStream(file), charset, columns, aliases);
    }

    private static boolean isAsciiCompatible(Charset charset) {
        String probe = "\n\r{}[]\":, 0aZ";
        return charset.canEncode() && Arrays.equals(probe.getBytes(charset),
                probe.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The schema's columns: a JSON Lines file has no header row, its keys name the columns. */
    @Override
    public Optional<List<String>> header() {
        return Optional.of(columns);
    }

    @Override
    public boolean next() throws IOException {
        ensureOpen();
        if (stopped) {
            return false;
        }
        while (readLine()) {
            warnings = List.of();
            unknownKeysNotNamed = 0;
            line = physicalLine;
            if (tooLong) {
                reject(List.of(), "the line is longer than " + MAX_LINE_BYTES + " bytes; a JSON Lines file has"
                        + " one object per line");
                return true;
            }
            String decodingError = decode();
            String text = lineText();
            if (decodingError != null) {
                if (encodingHint() != null) {
                    stopped = true;
                    throw new RowSourceException(line, decodingError + "; " + DecodingReader.NOT_READ_FROM_HERE);
                }
                reject(List.of(text), decodingError);
                return true;
            }
            if (text.isBlank()) {
                continue;
            }
            parse(text);
            return true;
        }
        return false;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public String field(int index) {
        return fields.get(index);
    }

    @Override
    public int fieldCount() {
        return fields.size();
    }

    @Override
    public Optional<String> rowError() {
        return Optional.ofNullable(error);
    }

    @Override
    public List<String> rowWarnings() {
        if (unknownKeysNotNamed == 0) {
            return List.copyOf(warnings);
        }
        List<String> all = new ArrayList<>(warnings);
        all.add(String.format(Locale.ROOT, "%,d more unknown key%s, ignored (a line names at most %d, a file %d)",
                unknownKeysNotNamed, unknownKeysNotNamed == 1 ? "" : "s", UNKNOWN_KEYS_NAMED_PER_LINE,
                UNKNOWN_KEYS_NAMED_PER_FILE));
        return List.copyOf(all);
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            in.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the source is closed");
        }
    }

    private String valueAt(int index) {
        String v = values[index];
        return v == null ? "" : v;
    }

    private void reject(List<String> raw, String reason) {
        fields = raw;
        error = reason;
    }

    // ---- lines ------------------------------------------------------------------------

    /**
     * Reads the next physical line into {@link #lineBytes}, line break included; false at the
     * end of the file.
     */
    private boolean readLine() throws IOException {
        lineLength = 0;
        contentLength = -1;
        tooLong = false;
        lineOffset = bufBase + pos;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                break;
            }
            any = true;
            int start = pos;
            int end = start;
            while (end < limit && buf[end] != LF && buf[end] != CR) {
                end++;
            }
            append(start, end);
            pos = end;
            if (end == limit) {
                continue;
            }
            contentLength = lineLength;
            byte b = buf[pos++];
            appendByte(b);
            if (b == CR) {
                if (pos == limit) {
                    fill();
                }
                if (pos < limit && buf[pos] == LF) {
                    pos++;
                    appendByte(LF);
                }
            }
            break;
        }
        if (!any) {
            return false;
        }
        if (contentLength < 0) {
            contentLength = lineLength;
        }
        physicalLine++;
        return true;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        bufBase += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit = n;
        return true;
    }

    private void append(int start, int end) {
        int n = end - start;
        if (n == 0) {
            return;
        }
        if (tooLong || lineLength + n > MAX_LINE_BYTES) {
            tooLong = true;
            return;
        }
        ensureLineCapacity(lineLength + n);
        System.arraycopy(buf, start, lineBytes, lineLength, n);
        lineLength += n;
    }

    private void appendByte(byte b) {
        if (tooLong) {
            return;
        }
        ensureLineCapacity(lineLength + 1);
        lineBytes[lineLength++] = b;
    }

    private void ensureLineCapacity(int needed) {
        if (needed > lineBytes.length) {
            lineBytes = Arrays.copyOf(lineBytes, Math.max(needed, Math.min(lineBytes.length * 2, MAX_LINE_BYTES + 2)));
        }
    }

    // ---- decoding ---------------------------------------------------------------------

    /**
     * Decodes the line's bytes, line break included, into {@link #chars}; every bad sequence
     * becomes one U+FFFD. Returns the message for the first bad sequence, or null.
     */
    private String decode() {
        ByteBuffer bytes = ByteBuffer.wrap(lineBytes, 0, lineLength);
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, (long) (lineLength * (double) decoder.maxCharsPerByte()) + 4);
        if (chars.capacity() < capacity) {
            chars = CharBuffer.allocate(capacity);
        }
        chars.clear();
        decoder.reset();
        String message = null;
        while (true) {
            CoderResult result = bytes.hasRemaining() ? decoder.decode(bytes, chars, true) : CoderResult.UNDERFLOW;
            if (result.isUnderflow()) {
                result = decoder.flush(chars);
                if (result.isUnderflow()) {
                    break;
                }
            }
            if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(chars.capacity() * 2 + 16);
                chars.flip();
                bigger.put(chars);
                chars = bigger;
                continue;
            }
            int at = bytes.position();
            if (message == null) {
                message = decodingMessage(at, result.length());
            }
            if (!chars.hasRemaining()) {
                CharBuffer bigger = CharBuffer.allocate(chars.capacity() * 2 + 16);
                chars.flip();
                bigger.put(chars);
                chars = bigger;
            }
            chars.put('\uFFFD');
            bytes.position(at + result.length());
        }
        chars.flip();
        return message;
    }

    /** The text of the line without its line break, and without a byte-order mark on line 1. */
    private String lineText() {
        int end = chars.limit();
        while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
            end--;
        }
        int start = physicalLine == 1 && end > 0 && chars.get(0) == '\uFEFF' ? 1 : 0;
        return new String(chars.array(), chars.arrayOffset() + start, end - start);
    }

    /** The same text as {@link DecodingReader}'s, e.g. {@code not valid UTF-8 at byte 12 (bytes C4 E3)}. */
    private String decodingMessage(int at, int length) {
        long offset = lineOffset + at;
        int shown = Math.min(Math.min(Math.max(length, 2), 4), lineLength - at);
        StringBuilder sb = new StringBuilder(96);
        sb.append("not valid ").append(charset.name()).append(" at byte ").append(offset);
        if (shown > 0) {
            sb.append(shown == 1 ? " (byte" : " (bytes");
            for (int i = 0; i < shown; i++) {
                sb.append(' ').append(String.format(Locale.ROOT, "%02X", lineBytes[at + i] & 0xFF));
            }
            sb.append(')');
        } else {
            sb.append(" (end of input)");
        }
        String hint = encodingHint();
        if (hint != null) {
            sb.append("; ").append(hint);
        }
        return sb.toString();
    }

    /** Decided at the first bad sequence, over the bytes at hand, as {@link DecodingReader} does. */
    private String encodingHint() {
        if (!hintDecided) {
            hintDecided = true;
            boolean gb = !isGbCharset(charset) && (DecodingReader.looksLikeGb18030(buf, 0, limit)
                    || DecodingReader.looksLikeGb18030(lineBytes, 0, lineLength));
            encodingHint = gb ? DecodingReader.GB18030_HINT : null;
        }
        return encodingHint;
    }

    private static boolean isGbCharset(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.equals("GBK") || name.equals("GB18030") || name.equals("GB2312")
                || name.equals("X-GBK") || name.equals("CP936") || name.equals("MS936");
    }

    // ---- JSON -------------------------------------------------------------------------

    private void parse(String text) {
        Arrays.fill(values, null);
        Arrays.fill(keys, null);
        error = null;
        List<String> problems = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                reject(List.of(text), "not a JSON object: the line holds " + describe(t));
                return;
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Integer column = index.get(key);
                if (column == null) {
                    column = index.get(normalise(key));
                }
                JsonToken v = p.nextToken();
                String value = switch (v) {
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText();
                    case VALUE_TRUE -> "true";
                    case VALUE_FALSE -> "false";
                    case VALUE_NULL -> "";
                    default -> {
                        p.skipChildren();
                        yield null;
                    }
                };
                if (column == null) {
                    warnUnknown(key);
                    continue;
                }
                String name = columns.get(column);
                if (keys[column] != null) {
                    problems = add(problems, "column " + name + (normalise(keys[column]).equals(normalise(key))
                            ? ": the key " + key + " appears twice"
                            : ": the keys " + keys[column] + " and " + key + " both name it; keep one"));
                } else if (value == null) {
                    problems = add(problems, "column " + name + ": expected a string, number or boolean, found "
                            + describe(v));
                } else {
                    values[column] = value;
                }
                keys[column] = key;
            }
            if (t != JsonToken.END_OBJECT) {
                reject(List.of(text), "not a JSON object: unexpected " + describe(t));
                return;
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                reject(List.of(text), "not a JSON object: the line holds more than one JSON value");
                return;
            }
        } catch (JsonProcessingException e) {
            reject(List.of(text), "not a JSON object: " + shortMessage(e));
            return;
        } catch (IOException e) {
            reject(List.of(text), "not a JSON object: " + e.getMessage());
            return;
        }
        if (problems != null) {
            reject(List.of(text), String.join("; ", problems));
            return;
        }
        String[] copy = new String[values.length];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = valueAt(i);
        }
        fields = List.of(copy);
    }

    private static List<String> add(List<String> list, String problem) {
        List<String> l = list == null ? new ArrayList<>(2) : list;
        l.add(problem);
        return l;
    }

    /**
     * Warns of an unknown key the first time the file has it: named while the line has named
     * fewer than {@value #UNKNOWN_KEYS_NAMED_PER_LINE} and the file fewer than {@value
     * #UNKNOWN_KEYS_NAMED_PER_FILE}, else counted ({@link #rowWarnings()} says how many more).
     * Constant work per key, so a line with 100,000 unknown keys is read in linear time.
     */
    private void warnUnknown(String key) {
        String normal = normalise(key);
        if (unknownKeysSeen.contains(normal)) {
            return;
        }
        if (warnings.size() >= UNKNOWN_KEYS_NAMED_PER_LINE || unknownKeysSeen.size() >= UNKNOWN_KEYS_NAMED_PER_FILE) {
            unknownKeysNotNamed++;
            return;
        }
        unknownKeysSeen.add(normal);
        if (warnings.isEmpty()) {
            warnings = new ArrayList<>(4);
        }
        warnings.add("unknown key " + key + ", ignored" + Suggest.didYouMean(normal, columns));
    }

    private static String normalise(String key) {
        return RowSource.normaliseName(key);
    }

    /**
     * Jackson's reason without the location, which is always line 1 of a one-line document:
     * the first line of the message, any {@code [Source: ...]} part and the Jackson setting behind
     * a limit removed ({@code exceeds the maximum allowed (1000)}), and the column (1-based
     * character position) added.
     */
    static String shortMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        m = m.replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "")
                .replaceAll("\\s*\\[Source: [^\\]]*\\]", "")
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")
                // a limit names the Jackson method that sets it: "(1000, from `StreamReadConstraints…`)"
                .replaceAll(",\\s*from `[^`]*`", "")
                .strip();
        if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
            m += " (at character " + e.getLocation().getColumnNr() + ")";
        }
        return m;
    }
}
