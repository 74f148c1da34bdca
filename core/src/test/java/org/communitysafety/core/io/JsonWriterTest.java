package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dependency-free JSON writer writes the very bytes Jackson's generator writes — the
 * indicators' JSON was written by Jackson and its golden hash must not move — so every case is
 * written by both and compared. Jackson is on the test class path only.
 */
final class JsonWriterTest {
    private static final JsonFactory JACKSON = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.6, 0.6", "26.666666666666668, 26.666666666666668", "2.0, 2.0", "1.0E7, 1.0E7",
        "9999999.0, 9999999.0", "0.001, 0.001", "9.0E-4, 9.0E-4", "1.0E-5, 1.0E-5", "-0.0, -0.0", "0.0, 0.0",
        "2.82879384806159E17, 2.82879384806159E17", "4.9E-324, 4.9E-324", "1.7976931348623157E308, 1.7976931348623157E308",
        "1.0E23, 1.0E23", "123456.789, 123456.789"})
    void number_handPickedDoubles_shortestDecimal(double value, String expected) {
        assertThat(JsonWriter.number(value)).isEqualTo(expected);
        assertThat(JsonWriter.number(value)).isEqualTo(DoubleToDecimal.toString(value));
    }

    /** Random bit patterns (subnormals, huge and tiny magnitudes) and the values results hold. */
    @Test
    void number_millionsOfDoubles_sameDigitsAsJackson() {
        Random random = new Random(20_241_231L);
        for (int i = 0; i < 1_000_000; i++) {
            double d = switch (i % 5) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble();
                case 2 -> random.nextDouble() * 200 - 100;
                case 3 -> Math.pow(10, random.nextInt(40) - 30) * random.nextDouble();
                default -> Double.longBitsToDouble(random.nextLong() & 0x000F_FFFF_FFFF_FFFFL);
            };
            if (Double.isFinite(d)) {
                String expected = DoubleToDecimal.toString(d);
                if (!JsonWriter.number(d).equals(expected)) {
                    assertThat(JsonWriter.number(d)).as("bits %x", Double.doubleToRawLongBits(d)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void number_powersOfTwoAndTen_sameDigitsAsJackson() {
        for (int e = -1074; e <= 1023; e++) {
            double d = Math.scalb(1.0, e);
            assertThat(JsonWriter.number(d)).isEqualTo(DoubleToDecimal.toString(d));
            assertThat(JsonWriter.number(Math.nextUp(d))).isEqualTo(DoubleToDecimal.toString(Math.nextUp(d)));
        }
        for (int e = -323; e <= 308; e++) {
            double d = Double.parseDouble("1e" + e);
            assertThat(JsonWriter.number(d)).isEqualTo(DoubleToDecimal.toString(d));
        }
    }

    @Test
    void number_notFinite_isRejected() {
        assertThatThrownBy(() -> JsonWriter.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a finite number: NaN");
    }

    @Test
    void string_everyCharacterBelow0x3000AndSurrogates_escapedAsJacksonDoes() throws IOException {
        StringBuilder s = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            s.append(c);
        }
        s.append("\uD83D\uDE00 \uD800 \uDFFF 市 \u2028 / <script>");
        String text = s.toString();
        assertThat(compact(w -> w.value(text))).isEqualTo(jackson(g -> g.writeString(text), false));
        assertThat(compact(w -> w.value(text))).contains("\\u001F", "\\b", "\\t", "\\n", "\\f", "\\r", "\\\"", "\\\\");
    }

    @Test
    void compact_nestedDocument_sameBytesAsJackson() throws IOException {
        assertThat(compact(JsonWriterTest::document)).isEqualTo(jackson(JsonWriterTest::document, false))
                .startsWith("{\"s\":\"a\",\"n\":null,\"l\":-42,")
                .contains("\"nan\":\"NaN\",\"inf\":\"-Infinity\"");
    }

    @Test
    void pretty_nestedDocument_sameBytesAsJacksonsDefaultPrettyPrinter() throws IOException {
        assertThat(pretty(JsonWriterTest::document)).isEqualTo(jackson(JsonWriterTest::document, true))
                .contains("  \"e\" : [ ],\n", "  \"o\" : { },\n", "\"a\" : [ 1, \"x\", true ]");
    }

    @Test
    void valueWithoutName_inObject_isMisuse() {
        JsonWriter w = JsonWriter.compact(new StringWriter()).beginObject();
        assertThatThrownBy(() -> w.value(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("a value in an object needs a name first");
        assertThatThrownBy(() -> JsonWriter.compact(new StringWriter()).beginArray().name("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a name (x) must follow the start of an object or a value in it");
        assertThatThrownBy(() -> JsonWriter.compact(new StringWriter()).beginArray().endObject())
                .isInstanceOf(IllegalStateException.class).hasMessage("no object to end here");
    }

    /**
     * Prepared names ({@code JsonWriter.Name}) write the bytes of names given as text: the same
     * document as Jackson's, compact and pretty, to a writer and to a stream (first entries and
     * entries after a comma, in nested objects).
     */
    @Test
    void preparedNames_sameBytesAsJackson() throws IOException {
        Doc<JsonWriter> prepared = w -> document(new PreparedNames(w));
        assertThat(compact(prepared)).isEqualTo(jackson(JsonWriterTest::document, false));
        assertThat(pretty(prepared)).isEqualTo(jackson(JsonWriterTest::document, true));
        assertThat(bytes(false, prepared)).isEqualTo(jackson(JsonWriterTest::document, false).getBytes(StandardCharsets.UTF_8));
        assertThat(bytes(true, prepared)).isEqualTo(jackson(JsonWriterTest::document, true).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void preparedNames_misuseAndNamesThatNeedEscaping_areRefused() {
        assertThatThrownBy(() -> JsonWriter.compact(new StringWriter()).beginArray().name(JsonWriter.Name.of("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a name (x) must follow the start of an object or a value in it");
        assertThatThrownBy(() -> JsonWriter.compact(new StringWriter()).beginObject().name(JsonWriter.Name.of("x"))
                .name(JsonWriter.Name.of("y"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("a name (y) must follow the start of an object or a value in it");
        for (String bad : new String[] {"a\"b", "a\\b", "tab\t", "市", "\u007F"}) {
            assertThatThrownBy(() -> JsonWriter.Name.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("a prepared name is printable ASCII without \" or \\");
        }
        assertThat(JsonWriter.Name.of("unitName")).hasToString("unitName");
    }

    /** UTF-8 bytes written to a stream are the bytes of the text written to a writer, compact and pretty. */
    @Test
    void outputStream_sameBytesAsTheWriterInUtf8() throws IOException {
        StringBuilder s = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            s.append(c);
        }
        s.append("\uD83D\uDE00 市 \u2028 / <script> \uFFFF");
        String text = s.toString();
        assertThat(bytes(false, w -> w.value(text))).isEqualTo(compact(w -> w.value(text)).getBytes(StandardCharsets.UTF_8));
        assertThat(bytes(false, JsonWriterTest::document))
                .isEqualTo(compact(JsonWriterTest::document).getBytes(StandardCharsets.UTF_8));
        assertThat(bytes(true, JsonWriterTest::document))
                .isEqualTo(pretty(JsonWriterTest::document).getBytes(StandardCharsets.UTF_8));
    }

    /** A document longer than the buffers, strings longer than them among them, comes out whole either way. */
    @Test
    void longDocument_sameTextThroughTheBuffers() throws IOException {
        StringBuilder expected = new StringBuilder("[");
        Doc<JsonWriter> doc = w -> {
            w.beginArray();
            for (int i = 0; i < 20_000; i++) {
                w.value("名" + i).value(i * 0.1).value(-i * 1_000_000_007L).value(i % 3 == 0).nullValue();
                if (i % 5_000 == 0) {
                    w.value("长".repeat(100_000 + i) + "\"\n");
                }
            }
            w.value(Long.MIN_VALUE).value(Long.MAX_VALUE).value(0L).value(-0.0).value(1e300);
            w.endArray();
        };
        for (int i = 0; i < 20_000; i++) {
            expected.append(i == 0 ? "" : ",").append("\"名").append(i).append("\",").append(JsonWriter.number(i * 0.1))
                    .append(',').append(-i * 1_000_000_007L).append(',').append(i % 3 == 0).append(",null");
            if (i % 5_000 == 0) {
                expected.append(",\"").append("长".repeat(100_000 + i)).append("\\\"\\n\"");
            }
        }
        expected.append(",-9223372036854775808,9223372036854775807,0,-0.0,1.0E300]");
        assertThat(compact(doc)).isEqualTo(expected.toString());
        assertThat(bytes(false, doc)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void outputStream_loneSurrogate_failsAsAUtf8WriterDoes() {
        assertThatThrownBy(() -> bytes(false, w -> w.beginArray().value("a\uD800b")))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> bytes(false, w -> w.value("\uDE00")))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(MalformedInputException.class);
    }

    /** The text is held back only until the document is complete or the buffer full; flush hands on the rest. */
    @Test
    void buffered_documentHandedOnWhenCompleteAndOnFlush() {
        StringWriter out = new StringWriter();
        JsonWriter w = JsonWriter.compact(out).beginObject().name("a").value(1);
        assertThat(out.toString()).isEmpty();
        w.flush();
        assertThat(out.toString()).isEqualTo("{\"a\":1");
        w.endObject();
        assertThat(out.toString()).isEqualTo("{\"a\":1}");
        w.raw("\n");
        assertThat(out.toString()).isEqualTo("{\"a\":1}\n");
    }

    @Test
    void failingWriterOrStream_failureSurfacesUnchecked() {
        java.io.Writer writer = new FailingWriter();
        OutputStream stream = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> JsonWriter.compact(writer).value("x")).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
        assertThatThrownBy(() -> JsonWriter.compact(stream).value("x")).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
    }

    private static byte[] bytes(boolean pretty, Doc<JsonWriter> doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonWriter w = pretty ? JsonWriter.pretty(out) : JsonWriter.compact(out);
        doc.write(w);
        w.flush();
        return out.toByteArray();
    }

    // ---- one document, written by both ----------------------------------------------------

    interface Doc<G> {
        void write(G g) throws IOException;
    }

    /** A document with every kind of value, empty containers and objects in arrays. */
    private static void document(Object target) throws IOException {
        Sink s = target instanceof Sink given ? given
                : target instanceof JsonWriter w ? new OursSink(w) : new JacksonSink((JsonGenerator) target);
        s.startObject();
        s.name("s"); s.string("a");
        s.name("n"); s.nul();
        s.name("l"); s.number(-42L);
        s.name("d"); s.number(0.1 + 0.2);
        s.name("nan"); s.number(Double.NaN);
        s.name("inf"); s.number(Double.NEGATIVE_INFINITY);
        s.name("b"); s.bool(false);
        s.name("e"); s.startArray(); s.endArray();
        s.name("o"); s.startObject(); s.endObject();
        s.name("a"); s.startArray(); s.number(1L); s.string("x"); s.bool(true); s.endArray();
        s.name("rows"); s.startArray();
        for (int i = 0; i < 2; i++) {
            s.startObject();
            s.name("i"); s.number((long) i);
            s.name("inner"); s.startArray(); s.startArray(); s.string("y"); s.endArray(); s.startObject(); s.endObject(); s.endArray();
            s.endObject();
        }
        s.endArray();
        s.endObject();
    }

    private interface Sink {
        void startObject() throws IOException;
        void endObject() throws IOException;
        void startArray() throws IOException;
        void endArray() throws IOException;
        void name(String n) throws IOException;
        void string(String v) throws IOException;
        void number(long v) throws IOException;
        void number(double v) throws IOException;
        void bool(boolean v) throws IOException;
        void nul() throws IOException;
    }

    private record OursSink(JsonWriter w) implements Sink {
        public void startObject() { w.beginObject(); }
        public void endObject() { w.endObject(); }
        public void startArray() { w.beginArray(); }
        public void endArray() { w.endArray(); }
        public void name(String n) { w.name(n); }
        public void string(String v) { w.value(v); }
        public void number(long v) { w.value(v); }
        public void number(double v) { w.value(v); }
        public void bool(boolean v) { w.value(v); }
        public void nul() { w.nullValue(); }
    }

    /** As {@link OursSink}, the names prepared. */
    private static final class PreparedNames implements Sink {
        private final JsonWriter w;
        private final OursSink values;

        PreparedNames(JsonWriter w) {
            this.w = w;
            this.values = new OursSink(w);
        }

        public void startObject() { w.beginObject(); }
        public void endObject() { w.endObject(); }
        public void startArray() { w.beginArray(); }
        public void endArray() { w.endArray(); }
        public void name(String n) { w.name(JsonWriter.Name.of(n)); }
        public void string(String v) { values.string(v); }
        public void number(long v) { values.number(v); }
        public void number(double v) { values.number(v); }
        public void bool(boolean v) { values.bool(v); }
        public void nul() { values.nul(); }
    }

    private record JacksonSink(JsonGenerator g) implements Sink {
        public void startObject() throws IOException { g.writeStartObject(); }
        public void endObject() throws IOException { g.writeEndObject(); }
        public void startArray() throws IOException { g.writeStartArray(); }
        public void endArray() throws IOException { g.writeEndArray(); }
        public void name(String n) throws IOException { g.writeFieldName(n); }
        public void string(String v) throws IOException { g.writeString(v); }
        public void number(long v) throws IOException { g.writeNumber(v); }
        public void number(double v) throws IOException { g.writeNumber(v); }
        public void bool(boolean v) throws IOException { g.writeBoolean(v); }
        public void nul() throws IOException { g.writeNull(); }
    }

    private static String compact(Doc<JsonWriter> doc) throws IOException {
        StringWriter out = new StringWriter();
        doc.write(JsonWriter.compact(out));
        return out.toString();
    }

    private static String pretty(Doc<JsonWriter> doc) throws IOException {
        StringWriter out = new StringWriter();
        doc.write(JsonWriter.pretty(out));
        return out.toString();
    }

    private static String jackson(Doc<JsonGenerator> doc, boolean pretty) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JACKSON.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            }
            doc.write(g);
        }
        return out.toString();
    }
}
