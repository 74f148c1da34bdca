package org.communitysafety.indicators;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.communitysafety.core.io.JsonWriter;
import org.communitysafety.core.io.csv.CsvWriter;

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
        return whole && d == Math.rint(d) && Math.abs(d) < 9e15 ? (Object) (long) d : (Object) d;
    }

    private static Object number(OptionalLong v) {
        return v.isPresent() ? (Object) v.getAsLong() : null;
    }

    static void writeJson(Results results, Writer out) throws IOException {
        JsonWriter g = JsonWriter.compact(out);
        g.beginObject();
        g.name("period").value(results.period().toString());
        g.name("baseline").value(results.baseline().map(Object::toString).orElse(null));
        g.name("rows").beginArray();
        for (IndicatorRow r : results) {
            Object[] cells = cells(r);
            g.beginObject();
            for (int i = 0; i < cells.length; i++) {
                g.name(Results.COLUMNS.get(i));
                write(g, cells[i]);
            }
            g.endObject();
        }
        g.endArray();
        g.endObject();
        g.raw("\n");
        g.flush();
    }

    private static void write(JsonWriter g, Object cell) {
        if (cell == null) {
            g.nullValue();
        } else if (cell instanceof String s) {
            g.value(s);
        } else if (cell instanceof Long l) {
            g.value(l.longValue());
        } else if (cell instanceof Double d) {
            g.value(d.doubleValue());
        } else if (cell instanceof Boolean b) {
            g.value(b.booleanValue());
        } else if (cell instanceof List<?> list) {
            g.beginArray();
            for (Object o : list) {
                g.value(o.toString());
            }
            g.endArray();
        } else {
            throw new IllegalStateException("unexpected cell " + cell.getClass());
        }
    }

    /** The CSV form; cells a spreadsheet would run as formulas neutralised ({@link CsvWriter#neutralise}) if asked. */
    static void writeCsv(Results results, Writer out, boolean neutraliseFormulas) throws IOException {
        CsvWriter csv = CsvWriter.of(out).neutralisingFormulas(neutraliseFormulas);
        csv.writeRow(Results.COLUMNS);
        List<String> fields = new ArrayList<>(Results.COLUMNS.size());
        for (IndicatorRow r : results) {
            fields.clear();
            for (Object cell : cells(r)) {
                fields.add(text(cell));
            }
            csv.writeRow(fields);
        }
        csv.flush();
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
