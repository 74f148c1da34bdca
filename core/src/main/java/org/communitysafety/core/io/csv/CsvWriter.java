package org.communitysafety.core.io.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.communitysafety.core.lang.Check;

/**
 * Writes RFC 4180 CSV that {@link CsvParser} (and spreadsheets) read back exactly.
 *
 * <p>A field is quoted only when it must be: when it contains {@code ,}, {@code "}, CR or LF,
 * starts or ends with a space or tab (so that tools that trim keep it), or starts with U+FEFF;
 * quotes inside are doubled. A row with a single empty field is written as {@code ""} so that
 * it is not read back as a skipped empty line. {@code null} fields are written as empty
 * fields. Lines end with LF. No byte-order mark is written unless asked for ({@link
 * #open(Path, Charset, boolean)}), which Excel needs to recognise UTF-8.
 *
 * <p>Files are written through an encoder that fails on unmappable characters (for example
 * characters outside GBK), rather than writing {@code ?}. Not thread-safe.
 *
 * <p>Fields are written as given, so that data files read back exactly. Output meant for people
 * opening it in a spreadsheet ({@code csi report --format csv}, {@code rejects.csv}) should
 * {@linkplain #neutralisingFormulas(boolean) neutralise formulas}: see {@link #neutralise}.
 */
public final class CsvWriter implements Closeable, Flushable {
    /** A number as Java or a person writes it: {@code -981}, {@code -5.86}, {@code -1.2E-8}, {@code +3}, {@code -Infinity}. */
    static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|Infinity)");

    private final Writer out;
    private boolean neutraliseFormulas;
    /** The record being written: a record goes to {@link #out} in one call, not one per field. */
    private char[] line = new char[256];
    private int length;
    /**
     * Fields as written (neutralised, quoted), by slot: the fields of a file of results repeat
     * (unit codes and names, ids, periods), and a field seen twice in its slot — the same
     * instance, {@code ==} — is copied from then on, not checked and quoted again.
     */
    private static final int SLOTS = 4096;
    private static final int CACHED_LENGTH = 64;
    private final String[] keys = new String[SLOTS];
    private final String[] forms = new String[SLOTS];

    private CsvWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Whether to write every field through {@link #neutralise} (off unless asked for).
     *
     * @return this writer
     */
    public CsvWriter neutralisingFormulas(boolean neutralise) {
        if (neutralise != neutraliseFormulas) {
            Arrays.fill(keys, null);
            Arrays.fill(forms, null);
        }
        this.neutraliseFormulas = neutralise;
        return this;
    }

    /**
     * A cell a spreadsheet will not run as a formula (CSV injection): a field that starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
     * {@code '}, as OWASP recommends (https://owasp.org/www-community/attacks/CSV_Injection), so
     * that {@code =HYPERLINK("http://…","click")} becomes {@code '=HYPERLINK("http://…","click")}.
     * Numbers are left alone: {@code -981}, {@code -5.86} and {@code -1.2E-8} stay numbers. The
     * one rule for the library's CSV meant for spreadsheets; {@code null} stays {@code null}.
     */
    public static String neutralise(String field) {
        if (field == null || field.isEmpty()) {
            return field;
        }
        char first = field.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !isNumber(field) ? "'" + field : field;
    }

    /**
     * Whether {@code s} is a number as {@link #NUMBER} reads one; by hand, for it is asked of
     * every negative number of a file. {@code CsvWriterTest} holds the two to the same answers.
     */
    static boolean isNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("Infinity", i)) {
            return i + 8 == n;
        }
        int intDigits = digits(s, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fracDigits = digits(s, i);
            i += fracDigits;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = digits(s, i);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == n;
    }

    /** The number of ASCII digits in {@code s} from {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** Creates or truncates {@code file} and writes it in {@code charset}, without a BOM. */
    public static CsvWriter open(Path file, Charset charset) throws IOException {
        return open(file, charset, false);
    }

    /**
     * Creates or truncates {@code file} and writes it in {@code charset}, starting with a
     * U+FEFF byte-order mark if {@code withBom} (for Excel and UTF-8).
     */
    public static CsvWriter open(Path file, Charset charset, boolean withBom) throws IOException {
        Writer writer = Files.newBufferedWriter(file, Objects.requireNonNull(charset, "charset"));
        try {
            if (withBom) {
                writer.write('\uFEFF');
            }
        } catch (IOException e) {
            writer.close();
            throw e;
        }
        return new CsvWriter(writer);
    }

    /** Writes to {@code writer}, which the CSV writer closes; wrap it in a buffer if it has none. */
    public static CsvWriter of(Writer writer) {
        return new CsvWriter(writer);
    }

    /**
     * Writes one record and its LF.
     *
     * @throws IllegalArgumentException if there are no fields (an empty line is not a record)
     */
    public void writeRow(String... fields) throws IOException {
        Check.argument(fields.length > 0, "a row needs at least one field");
        length = 0;
        if (fields.length == 1 && (fields[0] == null || fields[0].isEmpty())) {
            append("\"\"");
        } else {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    append(',');
                }
                writeField(fields[i]);
            }
        }
        append('\n');
        out.write(line, 0, length);
    }

    /** {@link #writeRow(String...)} for a list. */
    public void writeRow(List<String> fields) throws IOException {
        writeRow(fields.toArray(new String[0]));
    }

    private void writeField(String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        if (raw.length() > CACHED_LENGTH) {
            appendField(raw);
            return;
        }
        int slot = raw.hashCode() & (SLOTS - 1);
        if (keys[slot] != raw) {
            keys[slot] = raw;
            forms[slot] = null;
            appendField(raw);
        } else if (forms[slot] != null) {
            append(forms[slot]);
        } else {
            int from = length;
            appendField(raw);
            forms[slot] = new String(line, from, length - from);
        }
    }

    /** Appends a field as written: neutralised if asked, quoted if need be. */
    private void appendField(String raw) {
        String field = neutraliseFormulas ? neutralise(raw) : raw;
        if (!needsQuotes(field)) {
            append(field, 0, field.length());
            return;
        }
        append('"');
        int from = 0;
        int quote;
        while ((quote = field.indexOf('"', from)) >= 0) {
            append(field, from, quote + 1);
            append('"');
            from = quote + 1;
        }
        append(field, from, field.length());
        append('"');
    }

    private void append(char c) {
        if (length == line.length) {
            line = Arrays.copyOf(line, length * 2);
        }
        line[length++] = c;
    }

    private void append(String s) {
        append(s, 0, s.length());
    }

    private void append(String s, int from, int to) {
        int n = to - from;
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        s.getChars(from, to, line, length);
        length += n;
    }

    /** Whether {@link #writeRow(String...)} quotes {@code field}. */
    static boolean needsQuotes(String field) {
        int n = field.length();
        if (n == 0) {
            return false;
        }
        char first = field.charAt(0);
        char last = field.charAt(n - 1);
        if (first == ' ' || first == '\t' || first == '\uFEFF' || last == ' ' || last == '\t') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the underlying writer. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
