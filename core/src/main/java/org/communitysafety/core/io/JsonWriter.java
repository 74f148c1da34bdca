package org.communitysafety.core.io;

import java.io.Flushable;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A small streaming JSON writer without dependencies, for documents of strings, numbers,
 * booleans, nulls, arrays and objects — the tidy results rows and the reports of the
 * indicators module — so that writing JSON never needs Jackson on the class path.
 *
 * <p>The bytes are those Jackson 2's {@code JsonGenerator} writes, so that output stays
 * byte-identical to what it was when Jackson wrote it:
 * <ul>
 *   <li>{@link #compact(Writer)}: no blanks at all, {@code {"a":1,"b":[true,null]}};</li>
 *   <li>{@link #pretty(Writer)}: Jackson's default pretty printer — an object's entries on
 *       their own lines indented by two blanks per enclosing object, {@code "key" : value},
 *       arrays on one line {@code [ 1, 2 ]}, empty ones {@code { }} and {@code [ ]} — with
 *       {@code \n} line breaks whatever the platform;</li>
 *   <li>strings escape {@code "} and {@code \}, the controls {@code \b \t \n \f \r} by
 *       letter and other characters below U+0020 as {@code \}{@code u00XX}; everything else,
 *       non-ASCII included, is written as it is;</li>
 *   <li>a {@code double} is written as its shortest decimal that reads back as the same
 *       double ({@link #number(double)}), NaN and the infinities as the strings
 *       {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}; a {@code long} as its digits.</li>
 * </ul>
 *
 * <p>The text is gathered in a buffer of this writer's own and handed on when the buffer is
 * full, when a top-level value (the document) is complete, on {@link #raw} and on
 * {@link #flush}, so that a document of a million rows costs a few thousand calls to the
 * {@code Writer}, not one per token, and nothing document-sized is ever held. Given an
 * {@link OutputStream} ({@link #compact(OutputStream)}), it writes UTF-8 bytes itself, with no
 * encoder in between; a lone surrogate, which UTF-8 cannot encode, fails with
 * {@link MalformedInputException} as a UTF-8 {@code Writer} of {@link java.nio.file.Files} does.
 *
 * <p>Misuse — a value where a name is due, a name outside an object, an unbalanced end —
 * throws {@link IllegalStateException}. I/O failures surface as {@link UncheckedIOException}.
 * Not thread-safe; the writer or stream is not closed by this class.
 */
public final class JsonWriter implements Flushable {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final JsonOut out;
    /** Digits of a number, before they go to {@link #out}. */
    private final byte[] digits = new byte[ShortestDecimal.MAX_LENGTH];
    private final boolean pretty;
    /** Per open container: true for an object. */
    private boolean[] objects = new boolean[8];
    /** Per open container: entries written so far. */
    private int[] counts = new int[8];
    private int depth;
    /** Open objects only: the pretty printer indents by objects, arrays stay on their line. */
    private int objectDepth;
    private boolean nameWritten;
    private boolean rootWritten;

    private JsonWriter(JsonOut out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    /** A writer without blanks or line breaks. */
    public static JsonWriter compact(Writer out) {
        return new JsonWriter(new JsonCharOut(out), false);
    }

    /** A writer without blanks or line breaks, of UTF-8 bytes. */
    public static JsonWriter compact(OutputStream out) {
        return new JsonWriter(new JsonByteOut(out), false);
    }

    /** A writer that indents like Jackson's default pretty printer. */
    public static JsonWriter pretty(Writer out) {
        return new JsonWriter(new JsonCharOut(out), true);
    }

    /** A writer that indents like Jackson's default pretty printer, of UTF-8 bytes. */
    public static JsonWriter pretty(OutputStream out) {
        return new JsonWriter(new JsonByteOut(out), true);
    }

    /** Starts an object. */
    public JsonWriter beginObject() {
        beforeValue();
        push(true);
        raw('{');
        return this;
    }

    /** Ends the innermost object. */
    public JsonWriter endObject() {
        int n = pop(true);
        objectDepth--;
        if (pretty) {
            if (n > 0) {
                newLine(objectDepth);
            } else {
                raw(' ');
            }
        }
        raw('}');
        afterValue();
        return this;
    }

    /** Starts an array. */
    public JsonWriter beginArray() {
        beforeValue();
        push(false);
        raw('[');
        return this;
    }

    /** Ends the innermost array. */
    public JsonWriter endArray() {
        pop(false);
        if (pretty) {
            raw(' ');
        }
        raw(']');
        afterValue();
        return this;
    }

    /**
     * An entry name prepared once to be written many times ({@link #name(Name)}): its quoted form
     * with the colon, and the same after a comma, as ASCII bytes — so that the names of a million
     * rows' entries are not quoted, looked up in the cache of strings and copied in three pieces
     * a million times each. For names of printable ASCII without {@code "} or {@code \} (escaping
     * would change nothing); the bytes written are those of {@link #name(String)}. Immutable.
     */
    public static final class Name {
        private final String name;
        private final byte[] first;
        private final byte[] next;

        private Name(String name) {
            this.name = name;
            this.next = (",\"" + name + "\":").getBytes(StandardCharsets.US_ASCII);
            this.first = Arrays.copyOfRange(next, 1, next.length);
        }

        /**
         * The name {@code name}, prepared.
         *
         * @throws IllegalArgumentException if it holds a character other than printable ASCII, or
         *                                  {@code "} or {@code \}
         */
        public static Name of(String name) {
            Objects.requireNonNull(name, "name");
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                    throw new IllegalArgumentException("a prepared name is printable ASCII without \" or \\, not '"
                            + name + "'");
                }
            }
            return new Name(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Writes a prepared name of the next entry of the innermost object: the same bytes as {@link
     * #name(String)} with its text.
     */
    public JsonWriter name(Name name) {
        Objects.requireNonNull(name, "name");
        if (pretty) {
            return name(name.name);
        }
        requireNameDue(name.name);
        byte[] b = counts[depth - 1] > 0 ? name.next : name.first;
        out.ascii(b, b.length);
        nameWritten = true;
        return this;
    }

    /** Writes the name of the next entry of the innermost object. */
    public JsonWriter name(String name) {
        Objects.requireNonNull(name, "name");
        requireNameDue(name);
        if (counts[depth - 1] > 0) {
            raw(',');
        }
        if (pretty) {
            newLine(objectDepth);
        }
        quoted(name);
        if (pretty) {
            out.ascii(" : ");
        } else {
            raw(':');
        }
        nameWritten = true;
        return this;
    }

    /** Throws unless the next token is the name (here {@code name}) of an entry of the innermost object. */
    private void requireNameDue(String name) {
        if (depth == 0 || !objects[depth - 1] || nameWritten) {
            throw new IllegalStateException("a name (" + name + ") must follow the start of an object or a value in it");
        }
    }

    /** Writes a string, or {@code null} for null. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        quoted(value);
        afterValue();
        return this;
    }

    /** Writes a whole number. */
    public JsonWriter value(long value) {
        beforeValue();
        int n;
        if (value >= 0) {
            n = ShortestDecimal.digits(value, digitCount(value), digits, 0);
        } else if (value != Long.MIN_VALUE) {
            digits[0] = '-';
            n = ShortestDecimal.digits(-value, digitCount(-value), digits, 1);
        } else {
            n = 0;
            out.ascii(Long.toString(value));
        }
        out.ascii(digits, n);
        afterValue();
        return this;
    }

    /** Writes a number as {@link #number(double)} gives it; NaN and the infinities as strings. */
    public JsonWriter value(double value) {
        beforeValue();
        if (Double.isFinite(value)) {
            out.ascii(digits, ShortestDecimal.write(value, digits, 0));
        } else {
            quoted(Double.toString(value));
        }
        afterValue();
        return this;
    }

    /** Writes {@code true} or {@code false}. */
    public JsonWriter value(boolean value) {
        beforeValue();
        out.ascii(value ? "true" : "false");
        afterValue();
        return this;
    }

    /** Writes {@code null}. */
    public JsonWriter nullValue() {
        beforeValue();
        out.ascii("null");
        afterValue();
        return this;
    }

    /** Writes {@code text} as it is, outside the JSON structure (a final line break, say), and hands the text on. */
    public JsonWriter raw(String text) {
        out.text(text, 0, text.length());
        out.drain();
        return this;
    }

    /** Hands the text written so far on, and flushes the writer or stream. */
    @Override
    public void flush() {
        out.drain();
        out.flush();
    }

    /** The number of decimal digits of {@code v} &gt;= 0. */
    private static int digitCount(long v) {
        int n = 1;
        for (long p = 10; n < 19 && v >= p; p *= 10) {
            n++;
        }
        return n;
    }

    /** After a value: a complete document is handed on. */
    private void afterValue() {
        if (depth == 0) {
            out.drain();
        }
    }

    private void beforeValue() {
        if (depth == 0) {
            if (rootWritten && pretty) {
                raw(' ');
            }
            rootWritten = true;
            return;
        }
        int level = depth - 1;
        if (objects[level]) {
            if (!nameWritten) {
                throw new IllegalStateException("a value in an object needs a name first");
            }
            nameWritten = false;
        } else if (counts[level] > 0) {
            if (pretty) {
                out.ascii(", ");
            } else {
                raw(',');
            }
        } else if (pretty) {
            raw(' ');
        }
        counts[level]++;
    }

    private void push(boolean object) {
        if (depth == objects.length) {
            objects = Arrays.copyOf(objects, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
        }
        objects[depth] = object;
        counts[depth] = 0;
        depth++;
        if (object) {
            objectDepth++;
        }
    }

    private int pop(boolean object) {
        if (depth == 0 || objects[depth - 1] != object || nameWritten) {
            throw new IllegalStateException("no " + (object ? "object" : "array") + " to end here");
        }
        depth--;
        return counts[depth];
    }

    private void newLine(int level) {
        raw('\n');
        for (int i = 0; i < level; i++) {
            out.ascii("  ");
        }
    }

    private void quoted(String s) {
        boolean cacheable = s.length() <= JsonOut.CACHED_LENGTH;
        if (cacheable && out.cached(s)) {
            return;
        }
        int from = out.position();
        int drains = out.drains;
        out.ascii('"');
        int start = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.text(s, start, i);
            out.ascii('\\');
            switch (c) {
                case '"', '\\' -> out.ascii(c);
                case '\b' -> out.ascii('b');
                case '\t' -> out.ascii('t');
                case '\n' -> out.ascii('n');
                case '\f' -> out.ascii('f');
                case '\r' -> out.ascii('r');
                default -> {
                    out.ascii("u00");
                    out.ascii(HEX[c >> 4]);
                    out.ascii(HEX[c & 0xF]);
                }
            }
            start = i + 1;
        }
        out.text(s, start, s.length());
        out.ascii('"');
        if (cacheable) {
            out.remember(s, from, drains);
        }
    }

    private void raw(char c) {
        out.ascii(c);
    }

    /**
     * A finite double as the shortest decimal that reads back as the same double, and of those
     * the closest to it (an even last digit breaks a tie), laid out as {@link Double#toString}
     * does on JDK 19 and later and Jackson's fast double writer does on every JDK: plainly for
     * magnitudes in [10<sup>-3</sup>, 10<sup>7</sup>) ({@code 0.001}, {@code 1234.5},
     * {@code 2.0}), otherwise in computerised scientific notation ({@code 1.0E-5},
     * {@code 6.02E23}). See {@link ShortestDecimal} for the method and why JDK 17's own
     * {@code Double.toString} is not used.
     *
     * @throws IllegalArgumentException for NaN or an infinity
     */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        return ShortestDecimal.toString(v);
    }
}
