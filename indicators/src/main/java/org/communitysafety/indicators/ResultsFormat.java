package org.communitysafety.indicators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.communitysafety.core.io.JsonWriter;
import org.communitysafety.core.io.csv.CsvWriter;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Futures;
import org.communitysafety.core.period.Period;
import org.communitysafety.indicators.stats.Interval;

/**
 * The cells of a result row, in {@link Results#COLUMNS} order, and the JSON and CSV writers that
 * share them; the interop packages build their tables from the same cells. A cell is a {@code String}, {@code Long}, {@code Double}, {@code Boolean}, a
 * {@code List<String>} (the flags) or {@code null} where the field does not apply.
 *
 * <p>JSON is written by core's dependency-free {@link JsonWriter}, which writes the bytes
 * Jackson's generator wrote before (doubles as their shortest decimal), so that neither
 * writing JSON nor CSV needs an optional library.
 */
public final class ResultsFormat {

    private ResultsFormat() {}

    /**
     * The cells of a row, one per {@link Results#COLUMNS}: a {@code String}, {@code Long},
     * {@code Double}, {@code Boolean}, the flag codes as a {@code List<String>}, or null where the
     * field does not apply. Counts (and their changes) are whole numbers: {@code Long}.
     */
    public static Object[] cells(IndicatorRow r) {
        boolean whole = r.indicator().unit() == Indicator.Unit.COUNT;
        var c = r.change();
        return new Object[] {
            r.indicator().id(),
            r.unit(),
            r.unitName(),
            r.level().code(),
            r.period().toString(),
            r.group().toString(),
            number(r.value(), whole),
            number(r.numerator()),
            number(r.denominator()),
            number(r.lower(), false),
            number(r.upper(), false),
            c.map(x -> x.baselinePeriod().toString()).orElse(null),
            c.map(x -> number(x.baselineValue(), whole)).orElse(null),
            c.map(x -> number(x.absolute(), whole)).orElse(null),
            c.map(x -> number(x.percent(), false)).orElse(null),
            c.map(x -> number(x.points(), false)).orElse(null),
            c.map(x -> number(x.pValue(), false)).orElse(null),
            c.flatMap(x -> x.pValue().isPresent() ? java.util.Optional.of(x.significant()) : java.util.Optional.empty())
                    .orElse(null),
            r.flags().stream().map(Flag::code).toList()
        };
    }

    private static Object number(OptionalDouble v, boolean whole) {
        if (v.isEmpty()) {
            return null;
        }
        double d = v.getAsDouble();
        return isWhole(d, whole) ? (Object) (long) d : (Object) d;
    }

    private static Object number(OptionalLong v) {
        return v.isPresent() ? (Object) v.getAsLong() : null;
    }

    /**
     * Writes the JSON form ({@link Results#toJson()}) through {@code g}, and flushes it. The cells
     * of {@link #cells} are written field by field, without the array, the boxes or the strings of
     * numbers that {@link #cells} makes: a million rows are written in a second or two.
     */
    static void writeJson(Results results, JsonWriter g) {
        g.beginObject();
        g.name("period").value(results.period().toString());
        g.name("baseline").value(results.baseline().map(Object::toString).orElse(null));
        g.name("rows").beginArray();
        writeRows(results.rows(), 0, results.size(), 1, g, false);
        g.endArray();
        g.endObject();
        g.raw("\n");
        g.flush();
    }

    /**
     * Writes the JSON Lines form ({@link Results#toJsonLines()}) through {@code g}, and flushes
     * it: each row as {@link #writeJson(Results, JsonWriter)} writes it, on a line of its own.
     */
    static void writeJsonLines(Results results, JsonWriter g) {
        writeRows(results.rows(), 0, results.size(), 1, g, true);
        g.flush();
    }

    /**
     * Writes every {@code step}th row of {@code from .. to} as a JSON object, followed by a line
     * break when {@code lines}: a computation's packed rows from their longs ({@link PackedJson}), other rows field
     * by field. The two give the same bytes for the same rows.
     */
    private static void writeRows(List<IndicatorRow> rows, int from, int to, int step, JsonWriter g, boolean lines) {
        if (rows instanceof PackedRows packed) {
            PackedJson writer = new PackedJson(packed);
            for (int i = from; i < to; i += step) {
                writer.write(g, i);
                if (lines) {
                    g.raw("\n");
                }
            }
            return;
        }
        Texts texts = new Texts();
        for (int i = from; i < to; i += step) {
            writeJson(g, rows.get(i), texts);
            if (lines) {
                g.raw("\n");
            }
        }
    }

    /** The rows a task of {@link #writeJson(Results, OutputStream, int)} formats: about 7 MB of JSON. */
    private static final int SLICE = 16_384;
    /**
     * The most rows, spread evenly over all of them, that {@link #writeJson(Results, OutputStream,
     * int)} formats into a scratch buffer before the slices, and throws away: at most one row in
     * {@value #SAMPLE_EVERY}, 1.1% of a catalogue's rows at 10M incidents. Why: the JIT compiler compiles the row writer, with everything it
     * inlines, from the branches its first ten thousand rows or so took. In order those are the
     * first indicator's rows, and every branch they never took (a group of another kind, a
     * number of another shape, a change) then costs a deoptimisation and a new compilation of
     * the whole writer, half a second of a compiler thread each, while the slices wait in slower
     * code. With the sample first, the first compilation has seen every kind of row: at 10M
     * incidents the writer is compiled once instead of three or four times, and writing takes
     * 2.0–2.7 s instead of 2.8–3.5 s ({@code benchmarks/README.md}, issue 13, ninth session).
     */
    private static final int SAMPLE = 16_384;
    /** {@link #SAMPLE} takes at most one row in this many. */
    private static final int SAMPLE_EVERY = 64;

    /**
     * {@link #writeJson(Results, JsonWriter) writeJson(results, JsonWriter.compact(out))}, the same
     * bytes, with the rows formatted on {@code threads} threads: slices of {@value #SLICE} rows,
     * each into a buffer of its own, written to {@code out} in order as they are done, a few
     * slices held at a time; first a sample of the rows is formatted and thrown away ({@link
     * #SAMPLE}, for the JIT compiler). Formatting numbers is most of the work of writing, and
     * each row's text depends on the row alone. Does not close {@code out}.
     */
    static void writeJson(Results results, OutputStream out, int threads) throws IOException {
        List<IndicatorRow> rows = results.rows();
        if (threads < 2 || rows.size() < 2 * SLICE) {
            writeJson(results, JsonWriter.compact(out));
            return;
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        JsonWriter g = JsonWriter.compact(head);
        g.beginObject();
        g.name("period").value(results.period().toString());
        g.name("baseline").value(results.baseline().map(Object::toString).orElse(null));
        g.name("rows").beginArray();
        g.flush();
        out.write(head.toByteArray());
        ArrayDeque<Slice> free = new ArrayDeque<>();
        int step = Math.max(SAMPLE_EVERY, rows.size() / SAMPLE);   // see SAMPLE
        free.add(new Slice().format(rows, 0, rows.size(), step));
        ExecutorService pool = Futures.daemonPool("csi-json", threads);
        try {
            ArrayDeque<Future<Slice>> pending = new ArrayDeque<>();
            boolean first = true;
            for (int from = 0; from < rows.size() || !pending.isEmpty(); ) {
                if (from < rows.size() && pending.size() <= 2 * threads) {
                    int sliceFrom = from;
                    int sliceTo = Math.min(rows.size(), from + SLICE);
                    Slice buffer = free.isEmpty() ? new Slice() : free.poll();
                    pending.add(pool.submit(() -> buffer.format(rows, sliceFrom, sliceTo, 1)));
                    from = sliceTo;
                    continue;
                }
                Slice done = Futures.get(pending.poll());
                if (!first) {
                    out.write(',');
                }
                out.write(done.bytes, 1, done.size - 2);   // the rows between [ and ]
                first = false;
                free.add(done);
            }
        } finally {
            pool.shutdownNow();
        }
        out.write(new byte[] {']', '}', '\n'});
        out.flush();
    }

    /**
     * A buffer that a slice of rows is formatted into as a JSON array, kept from slice to slice:
     * the few buffers in use are all the writer allocates, not a new one of megabytes a slice.
     */
    private static final class Slice extends OutputStream {
        byte[] bytes = new byte[8 << 20];
        int size;

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
            }
        }

        /** Formats every {@code step}th row of {@code from .. to} into this buffer as a JSON array in UTF-8; returns this. */
        Slice format(List<IndicatorRow> rows, int from, int to, int step) {
            size = 0;
            JsonWriter g = JsonWriter.compact(this);
            g.beginArray();
            writeRows(rows, from, to, step, g, false);
            g.endArray();
            g.flush();
            return this;
        }
    }

    /** U+FEFF, which Excel needs at the start of a UTF-8 CSV file to read it as UTF-8, not the system's code page. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A row as {@link #cells} gives it, one cell after the other. */
    // the entry names of a row, prepared once: a catalogue writes each of them a million times
    private static final JsonWriter.Name INDICATOR = JsonWriter.Name.of("indicator");
    private static final JsonWriter.Name UNIT = JsonWriter.Name.of("unit");
    private static final JsonWriter.Name UNIT_NAME = JsonWriter.Name.of("unitName");
    private static final JsonWriter.Name LEVEL = JsonWriter.Name.of("level");
    private static final JsonWriter.Name PERIOD = JsonWriter.Name.of("period");
    private static final JsonWriter.Name GROUP = JsonWriter.Name.of("group");
    private static final JsonWriter.Name VALUE = JsonWriter.Name.of("value");
    private static final JsonWriter.Name NUMERATOR = JsonWriter.Name.of("numerator");
    private static final JsonWriter.Name DENOMINATOR = JsonWriter.Name.of("denominator");
    private static final JsonWriter.Name LOWER = JsonWriter.Name.of("lower");
    private static final JsonWriter.Name UPPER = JsonWriter.Name.of("upper");
    private static final JsonWriter.Name BASELINE_PERIOD = JsonWriter.Name.of("baselinePeriod");
    private static final JsonWriter.Name BASELINE_VALUE = JsonWriter.Name.of("baselineValue");
    private static final JsonWriter.Name CHANGE = JsonWriter.Name.of("change");
    private static final JsonWriter.Name CHANGE_PCT = JsonWriter.Name.of("changePct");
    private static final JsonWriter.Name CHANGE_POINTS = JsonWriter.Name.of("changePoints");
    private static final JsonWriter.Name P_VALUE = JsonWriter.Name.of("pValue");
    private static final JsonWriter.Name SIGNIFICANT = JsonWriter.Name.of("significant");
    private static final JsonWriter.Name FLAGS = JsonWriter.Name.of("flags");
    /** The names of a change's entries, null together when a row has none: {@link Results#COLUMNS} 11 to 17. */
    private static final List<JsonWriter.Name> CHANGE_NAMES = List.of(BASELINE_PERIOD, BASELINE_VALUE, CHANGE,
            CHANGE_PCT, CHANGE_POINTS, P_VALUE, SIGNIFICANT);

    private static void writeJson(JsonWriter g, IndicatorRow r, Texts texts) {
        boolean whole = r.indicator().unit() == Indicator.Unit.COUNT;
        g.beginObject();
        g.name(INDICATOR).value(r.indicator().id());
        g.name(UNIT).value(r.unit());
        g.name(UNIT_NAME).value(r.unitName());
        g.name(LEVEL).value(r.level().code());
        g.name(PERIOD).value(texts.period(r.period()));
        g.name(GROUP).value(texts.group(r.group()));
        number(g.name(VALUE), r.value(), whole);
        number(g.name(NUMERATOR), r.numerator());
        number(g.name(DENOMINATOR), r.denominator());
        Interval interval = r.interval().orElse(null);
        if (interval == null) {
            g.name(LOWER).nullValue();
            g.name(UPPER).nullValue();
        } else {
            g.name(LOWER).value(interval.lower());
            g.name(UPPER).value(interval.upper());
        }
        Change c = r.change().orElse(null);
        if (c == null) {
            for (JsonWriter.Name column : CHANGE_NAMES) {
                g.name(column).nullValue();
            }
        } else {
            g.name(BASELINE_PERIOD).value(texts.period(c.baselinePeriod()));
            number(g.name(BASELINE_VALUE), c.baselineValue(), whole);
            number(g.name(CHANGE), c.absolute(), whole);
            number(g.name(CHANGE_PCT), c.percent(), false);
            number(g.name(CHANGE_POINTS), c.points(), false);
            number(g.name(P_VALUE), c.pValue(), false);
            g.name(SIGNIFICANT);
            if (c.pValue().isPresent()) {
                g.value(c.significant());
            } else {
                g.nullValue();
            }
        }
        g.name(FLAGS).beginArray();
        Set<Flag> flags = r.flags();
        if (!flags.isEmpty()) {   // most rows have none: no iterator for them
            for (Flag f : flags) {
                g.value(f.code());
            }
        }
        g.endArray();
        g.endObject();
    }

    /** A number as {@link #number(OptionalDouble, boolean)} makes it, written. */
    private static void number(JsonWriter g, OptionalDouble v, boolean whole) {
        if (v.isEmpty()) {
            g.nullValue();
            return;
        }
        double d = v.getAsDouble();
        if (isWhole(d, whole)) {
            g.value((long) d);
        } else {
            g.value(d);
        }
    }

    private static void number(JsonWriter g, OptionalLong v) {
        if (v.isPresent()) {
            g.value(v.getAsLong());
        } else {
            g.nullValue();
        }
    }

    /** Whether a value of a count indicator ({@code whole}) is written as a whole number. */
    private static boolean isWhole(double d, boolean whole) {
        return whole && d == Math.rint(d) && Math.abs(d) < 9e15;
    }

    /**
     * The text of periods and groups, made once for the thousands of rows that share them: the
     * rows of one computation have a period or two and a few dozen groups. Not thread-safe.
     */
    private static final class Texts {
        private Period period;
        private String periodText;
        private Period baseline;
        private String baselineText;
        private final Map<Group, String> groups = new HashMap<>();

        String period(Period p) {
            if (p == period) {
                return periodText;
            }
            if (p == baseline) {
                return baselineText;
            }
            if (p.equals(period)) {
                return periodText;
            }
            if (p.equals(baseline)) {
                return baselineText;
            }
            baseline = period;
            baselineText = periodText;
            period = p;
            periodText = p.toString();
            return periodText;
        }

        String group(Group g) {
            String text = groups.get(g);
            if (text == null) {
                text = g.toString();
                if (groups.size() < 4096) {
                    groups.put(g, text);
                }
            }
            return text;
        }
    }

    /**
     * Writes a computation's rows from their longs ({@link PackedRows}) as {@link
     * #writeJson(JsonWriter, IndicatorRow, Texts)} writes the rows they make — the same bytes —
     * without making the row, its optionals, interval, change and set of flags; the texts of
     * levels, periods and groups are made once (groups by {@link Texts}), and the figures are written by one loop over a
     * table of them. Writing the 10M catalogue's 1.5 million rows on one thread: 1.04–1.13 s
     * instead of 1.31–1.49 s, the first time in a JVM 1.58–1.73 s instead of 2.05–2.39 s
     * ({@code benchmarks/README.md}, issue 13, ninth session). Confined to one thread.
     */
    private static final class PackedJson {
        private static final int DOUBLE = 0;
        private static final int WHOLE = 1;
        private static final int LONG = 2;
        /** The figures as they are written: a row's own, then from {@link #OWN} its change's, after its baseline period. */
        private static final JsonWriter.Name[] NAMES = {VALUE, NUMERATOR, DENOMINATOR, LOWER, UPPER, BASELINE_VALUE,
            CHANGE, CHANGE_PCT, CHANGE_POINTS, P_VALUE};
        /** Each figure's long in the row (the layout of {@link PackedRows}). */
        private static final int[] SLOTS = {2, 3, 4, 5, 6, 7, 10, 11, 12, 13};
        /** The bit that says the row has the figure. */
        private static final int[] BITS = {PackedRows.VALUE, PackedRows.NUMERATOR, PackedRows.DENOMINATOR,
            PackedRows.INTERVAL, PackedRows.INTERVAL, PackedRows.BASELINE_VALUE, PackedRows.ABSOLUTE,
            PackedRows.PERCENT, PackedRows.POINTS, PackedRows.P_VALUE};
        /** How it is written: a double; a double, whole for a count ({@link #isWhole}); a long. */
        private static final int[] KINDS = {WHOLE, LONG, LONG, DOUBLE, DOUBLE, WHOLE, WHOLE, DOUBLE, DOUBLE, DOUBLE};
        private static final int OWN = 5;
        private static final String[] FLAG_CODES = Arrays.stream(Flag.values()).map(Flag::code).toArray(String[]::new);
        private static final String[] LEVEL_CODES = Arrays.stream(Level.values()).map(Level::code)
                .toArray(String[]::new);

        private final PackedRows rows;
        private final String period;
        private final String baseline;
        private final Texts texts = new Texts();

        PackedJson(PackedRows rows) {
            this.rows = rows;
            this.period = rows.period().toString();
            this.baseline = rows.baseline() == null ? null : rows.baseline().toString();
        }

        void write(JsonWriter g, int i) {
            long[] b = rows.blockOf(i);
            int k = rows.offsetOf(i);
            long id = b[k];
            int holds = (int) b[k + 1];
            Indicator indicator = PackedRows.indicatorOf(id);
            Jurisdiction unit = rows.unitOf(id);
            boolean whole = indicator.unit() == Indicator.Unit.COUNT;
            boolean change = (holds & PackedRows.CHANGE) != 0;
            g.beginObject();
            g.name(INDICATOR).value(indicator.id());
            g.name(UNIT).value(unit.code());
            g.name(UNIT_NAME).value(unit.name());
            g.name(LEVEL).value(LEVEL_CODES[unit.level().ordinal()]);
            g.name(PERIOD).value(period);
            g.name(GROUP).value(texts.group(rows.groupOf(id)));
            for (int f = 0; f < NAMES.length; f++) {
                if (f == OWN) {
                    if (!change) {
                        for (JsonWriter.Name column : CHANGE_NAMES) {
                            g.name(column).nullValue();
                        }
                        break;
                    }
                    g.name(BASELINE_PERIOD).value(baseline);
                }
                g.name(NAMES[f]);
                if ((holds & BITS[f]) == 0) {
                    g.nullValue();
                } else if (KINDS[f] == LONG) {
                    g.value(b[k + SLOTS[f]]);
                } else {
                    double d = Double.longBitsToDouble(b[k + SLOTS[f]]);
                    if (isWhole(d, whole && KINDS[f] == WHOLE)) {
                        g.value((long) d);
                    } else {
                        g.value(d);
                    }
                }
            }
            if (change) {
                g.name(SIGNIFICANT);
                if ((holds & PackedRows.P_VALUE) != 0) {
                    g.value((holds & PackedRows.SIGNIFICANT) != 0);
                } else {
                    g.nullValue();
                }
            }
            g.name(FLAGS).beginArray();
            for (int flags = (int) (b[k + 1] >>> 32); flags != 0; flags &= flags - 1) {
                g.value(FLAG_CODES[Integer.numberOfTrailingZeros(flags)]);
            }
            g.endArray();
            g.endObject();
        }
    }

    /**
     * The CSV form; cells a spreadsheet would run as formulas neutralised ({@link CsvWriter#neutralise}) if asked,
     * and a byte-order mark first if asked.
     */
    static void writeCsv(Results results, Writer out, boolean neutraliseFormulas, boolean byteOrderMark)
            throws IOException {
        if (byteOrderMark) {
            out.write(BYTE_ORDER_MARK);
        }
        CsvWriter csv = CsvWriter.of(out).neutralisingFormulas(neutraliseFormulas);
        csv.writeRow(Results.COLUMNS);
        String[] fields = new String[Results.COLUMNS.size()];
        Texts texts = new Texts();
        StringBuilder flags = new StringBuilder();
        for (IndicatorRow r : results) {
            csvFields(r, fields, texts, flags);
            csv.writeRow(fields);
        }
        csv.flush();
    }

    /** The cells of {@link #cells} as {@link #text} gives them, into {@code f}. */
    private static void csvFields(IndicatorRow r, String[] f, Texts texts, StringBuilder flags) {
        boolean whole = r.indicator().unit() == Indicator.Unit.COUNT;
        f[0] = r.indicator().id();
        f[1] = r.unit();
        f[2] = r.unitName();
        f[3] = r.level().code();
        f[4] = texts.period(r.period());
        f[5] = texts.group(r.group());
        f[6] = text(r.value(), whole);
        f[7] = text(r.numerator());
        f[8] = text(r.denominator());
        Interval interval = r.interval().orElse(null);
        f[9] = interval == null ? "" : Double.toString(interval.lower());
        f[10] = interval == null ? "" : Double.toString(interval.upper());
        Change c = r.change().orElse(null);
        if (c == null) {
            Arrays.fill(f, 11, 18, "");
        } else {
            f[11] = texts.period(c.baselinePeriod());
            f[12] = text(c.baselineValue(), whole);
            f[13] = text(c.absolute(), whole);
            f[14] = text(c.percent(), false);
            f[15] = text(c.points(), false);
            f[16] = text(c.pValue(), false);
            f[17] = c.pValue().isPresent() ? Boolean.toString(c.significant()) : "";
        }
        Set<Flag> set = r.flags();
        if (set.isEmpty()) {
            f[18] = "";
        } else if (set.size() == 1) {
            f[18] = set.iterator().next().code();
        } else {
            flags.setLength(0);
            for (Flag flag : set) {
                if (flags.length() > 0) {
                    flags.append(';');
                }
                flags.append(flag.code());
            }
            f[18] = flags.toString();
        }
    }

    /** A number cell as {@link #text} writes it: Java's {@code Long} or {@code Double} text. */
    private static String text(OptionalDouble v, boolean whole) {
        if (v.isEmpty()) {
            return "";
        }
        double d = v.getAsDouble();
        return isWhole(d, whole) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String text(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "";
    }

    /** A cell as CSV text: empty for null, flags joined by {@code ;}, numbers as Java prints them. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof List<?> list) {
            return String.join(";", list.stream().map(Object::toString).toList());
        }
        return cell.toString();
    }
}
