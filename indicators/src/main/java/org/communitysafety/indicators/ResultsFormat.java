package org.communitysafety.indicators;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.communitysafety.core.io.csv.CsvWriter;

/**
 * The cells of a result row, in {@link Results#COLUMNS} order, and the JSON and CSV writers that
 * share them. A cell is a {@code String}, {@code Long}, {@code Double}, {@code Boolean}, a
 * {@code List<String>} (the flags) or {@code null} where the field does not apply.
 */
final class ResultsFormat {

    /** Schubfach (Jackson's fast writer) prints a double 3–5× faster than {@code Double.toString} on JDK 17, the same digits. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private ResultsFormat() {}

    /** The cells of a row. Counts (and their changes) are whole numbers: {@code Long}. */
    static Object[] cells(IndicatorRow r) {
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
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("period", results.period().toString());
            if (results.baseline().isPresent()) {
                g.writeStringField("baseline", results.baseline().get().toString());
            } else {
                g.writeNullField("baseline");
            }
            g.writeArrayFieldStart("rows");
            for (IndicatorRow r : results) {
                Object[] cells = cells(r);
                g.writeStartObject();
                for (int i = 0; i < cells.length; i++) {
                    g.writeFieldName(Results.COLUMNS.get(i));
                    write(g, cells[i]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void write(JsonGenerator g, Object cell) throws IOException {
        if (cell == null) {
            g.writeNull();
        } else if (cell instanceof String s) {
            g.writeString(s);
        } else if (cell instanceof Long l) {
            g.writeNumber(l);
        } else if (cell instanceof Double d) {
            g.writeNumber(d);
        } else if (cell instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (cell instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                g.writeString(o.toString());
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("unexpected cell " + cell.getClass());
        }
    }

    static void writeCsv(Results results, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.of(out);
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
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof List<?> list) {
            return String.join(";", list.stream().map(Object::toString).toList());
        }
        return cell.toString();
    }
}
