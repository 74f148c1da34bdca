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
        Texts texts = new Texts();
        for (IndicatorRow r : results) {
            writeJson(g, r, texts);
        }
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
        Texts texts = new Texts();
        for (IndicatorRow r : results) {
            writeJson(g, r, texts);
            g.raw("\n");
        }
        g.flush();
    }

    /** The rows a task of {@link #writeJson(Results, OutputStream, int)} formats: about 7 MB of JSON. */
    private static final int SLICE = 16_384;

    /**
     * {@link #writeJson(Results, JsonWriter) writeJson(results, JsonWriter.compact(out))}, the same
     * bytes, with the rows formatted on {@code threads} threads: slices of {@value #SLICE} rows,
     * each into a buffer of its own, written to {@code out} in order as they are done, a few
     * slices held at a time. Formatting numbers is most of the work of writing, and each row's
     * text depends on the row alone. Does not close {@code out}.
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
        ExecutorService pool = Futures.daemonPool("csi-json", threads);
        try {
            ArrayDeque<Future<Slice>> pending = new ArrayDeque<>();
            ArrayDeque<Slice> free = new ArrayDeque<>();
            boolean first = true;
            for (int from = 0; from < rows.size() || !pending.isEmpty(); ) {
                if (from < rows.size() && pending.size() <= 2 * threads) {
                    List<IndicatorRow> slice = rows.subList(from, Math.min(rows.size(), from + SLICE));
                    Slice buffer = free.isEmpty() ? new Slice() : free.poll();
                    pending.add(pool.submit(() -> buffer.format(slice)));
                    from += slice.size();
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

        /** Formats {@code rows} into this buffer as a JSON array in UTF-8; returns this. */
        Slice format(List<IndicatorRow> rows) {
            size = 0;
            JsonWriter g = JsonWriter.compact(this);
            g.beginArray();
            Texts texts = new Texts();
            for (IndicatorRow r : rows) {
                writeJson(g, r, texts);
            }
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
