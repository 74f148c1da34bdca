package org.communitysafety.core.io.json;

import static org.communitysafety.core.io.json.JsonTokens.describeNumberKind;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.communitysafety.core.aggregate.CubeCodec;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.RecordKind;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.period.Period;

/**
 * Cubes as JSON: readable partial aggregates, for people, for tests and for engines that ship
 * text. The document is one object, written on one line, with the cube's {@linkplain
 * CubeCodec.Parts parts} as plain values — periods as their text, each measure's cells by name
 * in the cube's layout {@code (unit × periods + period) × width + column}, and the
 * distributions as compressed sparse rows:
 *
 * <pre>{@code
 * {"kind":"incidents","units":557,"periods":["2024","2023"],"width":18,"detail":true,"rolledUp":false,
 *  "measures":{"COUNT":[0,3,0,...],"CRIMINAL":[...],...,"RECOVERED_FEN":[...]},
 *  "distributions":{"offsets":[0,0,2,...],"days":[3,41,...],"counts":[1,2,...]}}
 * }</pre>
 *
 * <p>A round trip gives an equal cube. Reading is strict: malformed JSON, a missing, repeated
 * or unknown field (with a "did you mean"), a value of the wrong type or out of range is an
 * {@link IllegalArgumentException} naming the field and the line and column; the cube is then
 * checked as the binary reader checks it ({@link CubeCodec#fromParts}). Every {@link RecordKind}
 * goes through the same code. Zeros are written out,
 * so JSON is larger than {@link CubeCodec#toBytes} the sparser the cube is: 4.5 times for the
 * standard sample's year and baseline (337 KB), 14 times for its 36 months (5.3 MB) — use the
 * binary form to ship cubes and JSON to look at them.
 *
 * <p>Stateless and thread-safe.
 */
public final class CubeJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    private static final List<String> FIELDS = List.of("kind", "units", "periods", "width", "detail", "rolledUp",
            "measures", "distributions");
    private static final List<String> DISTRIBUTION_FIELDS = List.of("offsets", "days", "counts");

    private CubeJson() {}

    /** The cube as a JSON document on one line. */
    public static String toJson(Cube<?> cube) {
        StringWriter out = new StringWriter();
        try {
            write(cube, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the cube as a JSON document on one line; flushes but does not close {@code out}. */
    public static void write(Cube<?> cube, Writer out) throws IOException {
        CubeCodec.Parts parts = CubeCodec.partsOf(Objects.requireNonNull(cube, "cube"));
        try (JsonGenerator g = FACTORY.createGenerator(Objects.requireNonNull(out, "out"))) {
            write(parts, g);
        }
    }

    /**
     * The cube of {@code kind} of a JSON document.
     *
     * @throws IllegalArgumentException if the text is not valid JSON or not a valid cube of that kind
     */
    public static <M extends Enum<M>> Cube<M> fromJson(String json, RecordKind<M> kind) {
        Objects.requireNonNull(json, "json");
        try {
            return read(new StringReader(json), kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * Reads a cube of {@code kind}, the only JSON value of {@code in}; does not close it.
     *
     * @throws IllegalArgumentException if the text is not valid JSON or not a valid cube of that kind
     * @throws IOException              if reading fails
     */
    public static <M extends Enum<M>> Cube<M> read(Reader in, RecordKind<M> kind) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(kind, "kind");
        return CubeCodec.fromParts(read(in), kind);
    }

    // ---- writing ------------------------------------------------------------------------

    static void write(CubeCodec.Parts p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", p.kind());
        g.writeNumberField("units", p.units());
        g.writeArrayFieldStart("periods");
        for (Period period : p.periods()) {
            g.writeString(period.toString());
        }
        g.writeEndArray();
        g.writeNumberField("width", p.width());
        g.writeBooleanField("detail", p.detail());
        g.writeBooleanField("rolledUp", p.rolledUp());
        g.writeObjectFieldStart("measures");
        for (Map.Entry<String, long[]> m : p.measures().entrySet()) {
            g.writeFieldName(m.getKey());
            g.writeArray(m.getValue(), 0, m.getValue().length);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("distributions");
        int[] offsets = p.distOffsets();
        int[] days = p.distDays();
        long[] counts = p.distCounts();
        g.writeFieldName("offsets");
        g.writeArray(offsets, 0, offsets.length);
        g.writeFieldName("days");
        g.writeArray(days, 0, days.length);
        g.writeFieldName("counts");
        g.writeArray(counts, 0, counts.length);
        g.writeEndObject();
        g.writeEndObject();
    }

    // ---- reading ------------------------------------------------------------------------

    /** The parts of the one JSON object in {@code in}, with every field present once and of its type. */
    static CubeCodec.Parts read(Reader in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            CubeCodec.Parts parts = object(p);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw fail(p, "the document holds more than one JSON value");
            }
            return parts;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : String.format(Locale.ROOT, " (line %d, column %d)", at.getLineNr(),
                    at.getColumnNr());
            throw new IllegalArgumentException("malformed JSON: " + firstLine(e.getOriginalMessage()) + where, e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static CubeCodec.Parts object(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new IllegalArgumentException("the document is empty; a cube is a JSON object");
        }
        if (t != JsonToken.START_OBJECT) {
            throw fail(p, "a cube is a JSON object, not %s", describeNumberKind(t));
        }
        String kind = null;
        long units = -1;
        List<Period> periods = null;
        long width = -1;
        Boolean detail = null;
        Boolean rolledUp = null;
        Map<String, long[]> measures = null;
        long[][] distributions = null;
        Set<String> seen = new HashSet<>();
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!FIELDS.contains(name)) {
                throw fail(p, "unknown field %s%s", name, Suggest.didYouMean(name, FIELDS));
            }
            if (!seen.add(name)) {
                throw fail(p, "the field %s appears twice", name);
            }
            p.nextToken();
            switch (name) {
                case "kind" -> kind = string(p, name);
                case "units" -> units = whole(p, name, Integer.MAX_VALUE);
                case "periods" -> periods = periods(p);
                case "width" -> width = whole(p, name, Integer.MAX_VALUE);
                case "detail" -> detail = bool(p, name);
                case "rolledUp" -> rolledUp = bool(p, name);
                case "measures" -> measures = measures(p);
                case "distributions" -> distributions = distributions(p);
                default -> throw new AssertionError(name);
            }
        }
        for (String field : FIELDS) {
            if (!seen.contains(field)) {
                throw fail(p, "the field %s is missing", field);
            }
        }
        return new CubeCodec.Parts(kind, (int) units, periods, (int) width, detail, rolledUp, measures,
                ints(distributions[0]), ints(distributions[1]), distributions[2]);
    }

    private static String string(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(p, "%s must be a string, not %s", field, describeNumberKind(p.currentToken()));
        }
        return p.getText();
    }

    private static boolean bool(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw fail(p, "%s must be true or false, not %s", field, describeNumberKind(t));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** A whole number from 0 to {@code max}. */
    private static long whole(JsonParser p, String field, long max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail(p, "%s must be a whole number, not %s", field, describeNumberKind(p.currentToken()));
        }
        long v = p.getLongValue();
        if (v < 0 || v > max) {
            throw fail(p, "%s is %d; it must be 0 to %d", field, v, max);
        }
        return v;
    }

    private static List<Period> periods(JsonParser p) throws IOException {
        expect(p, JsonToken.START_ARRAY, "periods", "an array of period texts");
        List<Period> periods = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String text = string(p, "periods[" + periods.size() + "]");
            try {
                periods.add(Period.parse(text));
            } catch (IllegalArgumentException e) {
                throw fail(p, "periods[%d]: %s", periods.size(), e.getMessage());
            }
        }
        return periods;
    }

    private static Map<String, long[]> measures(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, "measures", "an object of arrays by measure name");
        Map<String, long[]> measures = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (measures.containsKey(name)) {
                throw fail(p, "the measure %s appears twice", name);
            }
            p.nextToken();
            measures.put(name, longs(p, "measures." + name));
        }
        return measures;
    }

    /** Offsets, days and counts. */
    private static long[][] distributions(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, "distributions", "an object of offsets, days and counts");
        long[][] arrays = new long[3][];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int i = DISTRIBUTION_FIELDS.indexOf(name);
            if (i < 0) {
                throw fail(p, "unknown field distributions.%s%s", name,
                        Suggest.didYouMean(name, DISTRIBUTION_FIELDS));
            }
            if (arrays[i] != null) {
                throw fail(p, "the field distributions.%s appears twice", name);
            }
            p.nextToken();
            arrays[i] = longs(p, "distributions." + name);
            if (i < 2) {
                for (int k = 0; k < arrays[i].length; k++) {
                    if (arrays[i][k] > Integer.MAX_VALUE) {
                        throw fail(p, "distributions.%s[%d] is %d, more than %d", name, k, arrays[i][k],
                                Integer.MAX_VALUE);
                    }
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            if (arrays[i] == null) {
                throw fail(p, "the field distributions.%s is missing", DISTRIBUTION_FIELDS.get(i));
            }
        }
        return arrays;
    }

    /** An array of whole numbers; negative ones are left for the cube's checks, which name the cell. */
    private static long[] longs(JsonParser p, String field) throws IOException {
        expect(p, JsonToken.START_ARRAY, field, "an array of whole numbers");
        long[] values = new long[64];
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_INT) {
                throw fail(p, "%s[%d] must be a whole number, not %s", field, n, describeNumberKind(t));
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = p.getLongValue();
        }
        return Arrays.copyOf(values, n);
    }

    private static int[] ints(long[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) Math.max(Integer.MIN_VALUE, values[i]);
        }
        return out;
    }

    private static void expect(JsonParser p, JsonToken token, String field, String what) {
        if (p.currentToken() != token) {
            throw fail(p, "%s must be %s, not %s", field, what, describeNumberKind(p.currentToken()));
        }
    }

    private static IllegalArgumentException fail(JsonParser p, String message, Object... args) {
        JsonLocation at = p.currentTokenLocation();
        return new IllegalArgumentException(String.format(Locale.ROOT, message, args)
                + String.format(Locale.ROOT, " (line %d, column %d)", at.getLineNr(), at.getColumnNr()));
    }
}
