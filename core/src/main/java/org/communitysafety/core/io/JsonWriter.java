package org.communitysafety.core.io;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * <p>Misuse — a value where a name is due, a name outside an object, an unbalanced end —
 * throws {@link IllegalStateException}. I/O failures surface as {@link UncheckedIOException}.
 * Not thread-safe; the writer is not closed by this class.
 */
public final class JsonWriter implements Flushable {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Writer out;
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

    private JsonWriter(Writer out, boolean pretty) {
        this.out = Objects.requireNonNull(out, "out");
        this.pretty = pretty;
    }

    /** A writer without blanks or line breaks. */
    public static JsonWriter compact(Writer out) {
        return new JsonWriter(out, false);
    }

    /** A writer that indents like Jackson's default pretty printer. */
    public static JsonWriter pretty(Writer out) {
        return new JsonWriter(out, true);
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
        return this;
    }

    /** Writes the name of the next entry of the innermost object. */
    public JsonWriter name(String name) {
        Objects.requireNonNull(name, "name");
        if (depth == 0 || !objects[depth - 1] || nameWritten) {
            throw new IllegalStateException("a name (" + name + ") must follow the start of an object or a value in it");
        }
        if (counts[depth - 1] > 0) {
            raw(',');
        }
        if (pretty) {
            newLine(objectDepth);
        }
        quoted(name);
        raw(pretty ? " : " : ":");
        nameWritten = true;
        return this;
    }

    /** Writes a string, or {@code null} for null. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        quoted(value);
        return this;
    }

    /** Writes a whole number. */
    public JsonWriter value(long value) {
        beforeValue();
        raw(Long.toString(value));
        return this;
    }

    /** Writes a number as {@link #number(double)} gives it; NaN and the infinities as strings. */
    public JsonWriter value(double value) {
        beforeValue();
        if (Double.isFinite(value)) {
            raw(number(value));
        } else {
            quoted(Double.toString(value));
        }
        return this;
    }

    /** Writes {@code true} or {@code false}. */
    public JsonWriter value(boolean value) {
        beforeValue();
        raw(value ? "true" : "false");
        return this;
    }

    /** Writes {@code null}. */
    public JsonWriter nullValue() {
        beforeValue();
        raw("null");
        return this;
    }

    /** Writes {@code text} as it is, outside the JSON structure (a final line break, say). */
    public JsonWriter raw(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void beforeValue() {
        if (depth == 0) {
            if (rootWritten) {
                raw(pretty ? " " : "");
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
            raw(pretty ? ", " : ",");
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
            raw("  ");
        }
    }

    private void quoted(String s) {
        try {
            out.write('"');
            int start = 0;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c != '"' && c != '\\') {
                    continue;
                }
                out.write(s, start, i - start);
                out.write('\\');
                switch (c) {
                    case '"', '\\' -> out.write(c);
                    case '\b' -> out.write('b');
                    case '\t' -> out.write('t');
                    case '\n' -> out.write('n');
                    case '\f' -> out.write('f');
                    case '\r' -> out.write('r');
                    default -> {
                        out.write("u00");
                        out.write(HEX[c >> 4]);
                        out.write(HEX[c & 0xF]);
                    }
                }
                start = i + 1;
            }
            out.write(s, start, s.length() - start);
            out.write('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void raw(char c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
