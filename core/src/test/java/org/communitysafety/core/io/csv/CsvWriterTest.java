package org.communitysafety.core.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.communitysafety.core.io.FailingWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvWriterTest {
    private static String write(String[]... rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.of(out)) {
            for (String[] row : rows) {
                writer.writeRow(row);
            }
        }
        return out.toString();
    }

    @Test
    void writeRow_plainFields_unquotedWithLf() throws IOException {
        assertThat(write(new String[] {"code", "name"}, new String[] {"330106", "西湖区"}))
                .isEqualTo("code,name\n330106,西湖区\n");
    }

    static Stream<Arguments> quoting() {
        return Stream.of(
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("\"", "\"\"\"\""),
                Arguments.of(" lead", "\" lead\""),
                Arguments.of("trail ", "\"trail \""),
                Arguments.of("in side", "in side"),
                Arguments.of("中文", "中文"),
                Arguments.of("\uFEFFx", "\"\uFEFFx\""),
                Arguments.of("5\" pipe", "\"5\"\" pipe\""));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("quoting")
    void writeRow_specialCharacters_quotedOnlyWhenNeeded(String field, String expected) throws IOException {
        assertThat(write(new String[] {field, "x"})).isEqualTo(expected + ",x\n");
    }

    @Test
    void writeRow_lineBreaksAndEdgeSpaces_quoted() throws IOException {
        assertThat(write(new String[] {"a\nb", "c\r\nd", "e\rf", "g ", " h", "\ti"}))
                .isEqualTo("\"a\nb\",\"c\r\nd\",\"e\rf\",\"g \",\" h\",\"\ti\"\n");
    }

    @Test
    void writeRow_emptyAndNullFields_writtenEmpty() throws IOException {
        assertThat(write(new String[] {"", null, "x", ""})).isEqualTo(",,x,\n");
    }

    @Test
    void writeRow_singleEmptyField_writtenAsQuotesSoItIsNotASkippedLine() throws IOException {
        String text = write(new String[] {""}, new String[] {null}, new String[] {"a"});
        assertThat(text).isEqualTo("\"\"\n\"\"\na\n");
        assertThat(CsvTestSupport.parse(text, 1 << 20)).containsExactly(
                CsvTestSupport.Rec.of(1, ""), CsvTestSupport.Rec.of(2, ""), CsvTestSupport.Rec.of(3, "a"));
    }

    @Test
    void writeRow_noFields_throws() {
        assertThatThrownBy(() -> write(new String[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row needs at least one field");
    }

    @Test
    void writeRow_list_sameAsArray() throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.of(out)) {
            writer.writeRow(List.of("a", "b,c"));
        }
        assertThat(out).hasToString("a,\"b,c\"\n");
    }

    @Test
    void open_withoutBom_noBom(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plain.csv");
        try (CsvWriter writer = CsvWriter.open(file, StandardCharsets.UTF_8)) {
            writer.writeRow("a", "西");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo("a,西\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void open_withBom_writesBomThatParserSkips(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("excel.csv");
        try (CsvWriter writer = CsvWriter.open(file, StandardCharsets.UTF_8, true)) {
            writer.writeRow("code", "name");
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        try (CsvParser parser = CsvParser.open(file)) {
            assertThat(CsvTestSupport.parseAll(parser)).containsExactly(CsvTestSupport.Rec.of(1, "code", "name"));
        }
    }

    @Test
    void open_characterNotInGbk_throwsInsteadOfWritingQuestionMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gbk.csv");
        assertThatThrownBy(() -> {
            try (CsvWriter writer = CsvWriter.open(file, Charset.forName("GBK"))) {
                writer.writeRow("😀");
            }
        }).isInstanceOf(IOException.class);
    }

    private static final String[] PIECES = {
        "a", "b", "Z", "1", "0", " ", "  ", "\t", ",", ",,", "\"", "\"\"", "\n", "\r\n", "\r", "西湖区", "村",
        "街道", "𠀀", "é", "x y", "'", ";", "\uFEFF",
    };

    private static String randomField(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(kind < 5 ? 3 : 8);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void roundTrip_seededRandomFields_parserReadsBackExactly() throws IOException {
        Random random = new Random(20240307L);
        for (int trial = 0; trial < 500; trial++) {
            int rowCount = 1 + random.nextInt(8);
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                String[] fields = new String[1 + random.nextInt(6)];
                for (int f = 0; f < fields.length; f++) {
                    fields[f] = randomField(random);
                }
                rows.add(fields);
            }
            String text = write(rows.toArray(new String[0][]));
            int chunk = 1 + random.nextInt(9);
            List<CsvTestSupport.Rec> parsed = CsvTestSupport.parse(text, chunk);
            assertThat(parsed).as("trial %d, text %s", trial, text).hasSize(rowCount);
            long expectedLine = 1;
            for (int r = 0; r < rowCount; r++) {
                assertThat(parsed.get(r).fields()).as("trial %d row %d", trial, r).containsExactly(rows.get(r));
                assertThat(parsed.get(r).line()).as("trial %d row %d line", trial, r).isEqualTo(expectedLine);
                expectedLine += 1 + lineBreaks(String.join(",", rows.get(r)));
            }
        }
    }

    @Test
    void roundTrip_randomFieldsThroughFilesInEveryCharset(@TempDir Path dir) throws IOException {
        Random random = new Random(42L);
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            Path file = dir.resolve(charset.name() + ".csv");
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r < 2000; r++) {
                String[] fields = new String[1 + random.nextInt(5)];
                for (int f = 0; f < fields.length; f++) {
                    fields[f] = randomField(random);
                }
                rows.add(fields);
            }
            try (CsvWriter writer = CsvWriter.open(file, charset)) {
                for (String[] row : rows) {
                    writer.writeRow(row);
                }
            }
            try (CsvParser parser = CsvParser.open(file, charset)) {
                CsvRow row = new CsvRow();
                for (String[] expected : rows) {
                    assertThat(parser.next(row)).isTrue();
                    assertThat(row.toArray()).containsExactly(expected);
                    assertThat(row.hasDecodingError()).isFalse();
                }
                assertThat(parser.next(row)).isFalse();
            }
        }
    }

    /** Physical line breaks in a text: CRLF counts once. */
    private static int lineBreaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void parser_ofStringReader_sanity() throws IOException {
        try (CsvParser parser = CsvParser.of(new StringReader(write(new String[] {"a b", " c"})), "w.csv")) {
            CsvRow row = new CsvRow();
            assertThat(parser.next(row)).isTrue();
            assertThat(row.toList()).containsExactly("a b", " c");
        }
    }

    /** Issue 13, item 6: CSV injection (https://owasp.org/www-community/attacks/CSV_Injection). */
    @Test
    void neutralise_formulas_getALeadingQuote() {
        assertThat(CsvWriter.neutralise("=HYPERLINK(\"http://evil.example\",\"click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(CsvWriter.neutralise("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvWriter.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvWriter.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvWriter.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvWriter.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvWriter.neutralise("-")).isEqualTo("'-");
        assertThat(CsvWriter.neutralise("-1-")).isEqualTo("'-1-");
    }

    @Test
    void neutralise_numbersAndOrdinaryText_unchanged() {
        for (String number : List.of("-981", "-5.86", "-5.860214", "-1.2E-8", "-1.2e+8", "+3", "-.5", "-0.0",
                "-Infinity", "42", "0.95")) {
            assertThat(CsvWriter.neutralise(number)).as(number).isEqualTo(number);
        }
        for (String text : List.of("白兴区", "small_count;baseline_small_count", "a=b", "2023-02-30", "")) {
            assertThat(CsvWriter.neutralise(text)).as(text).isEqualTo(text);
        }
        assertThat(CsvWriter.neutralise(null)).isNull();
    }

    @Test
    void writeRow_neutralisesOnlyWhenAsked() throws IOException {
        assertThat(write(new String[] {"=1+1", "-5.86", "@x"})).isEqualTo("=1+1,-5.86,@x\n");
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.of(out).neutralisingFormulas(true)) {
            writer.writeRow("=HYPERLINK(\"http://x\",\"click\")", "-5.86", "@SUM(A1:A9)", "\t=1");
        }
        assertThat(out.toString()).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",-5.86,'@SUM(A1:A9),'\t=1\n");
    }

    /** The hand-written number check answers as the pattern it stands for, on hand-picked and random strings. */
    @Test
    void isNumber_sameAnswersAsThePattern() {
        List<String> samples = new ArrayList<>(List.of("-981", "-5.86", "-1.2E-8", "+3", "-Infinity", "Infinity",
                "-", "+", "", ".", "-.", "-.5", "-5.", "1e", "1e+", "1E+5", "-1e-5x", "-Infinityx", "--1", "-1-",
                "-٣", "-0x1F", "+.e1", "-NaN", "-1.2.3", "-1e5.0"));
        Random random = new Random(13);
        String alphabet = "+-0123456789.eEInfity x٣";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(b.toString());
            samples.add("-" + b);
        }
        for (String s : samples) {
            assertThat(CsvWriter.isNumber(s)).as(s).isEqualTo(CsvWriter.NUMBER.matcher(s).matches());
        }
    }

    /** A record reaches the writer whole, in one call, so that a million rows cost a million calls, not forty million. */
    @Test
    void writeRow_recordGoesToTheWriterInOneCall() throws IOException {
        List<String> calls = new ArrayList<>();
        java.io.Writer recording = new java.io.Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                calls.add(new String(cbuf, off, len));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        CsvWriter w = CsvWriter.of(recording);
        w.writeRow("a", "b \"c\"", null, "x".repeat(1000));
        w.writeRow("");
        assertThat(calls).containsExactly("a,\"b \"\"c\"\"\",," + "x".repeat(1000) + "\n", "\"\"\n");
    }

    @Test
    void writeRow_writerFails_failureSurfaces() {
        java.io.Writer failing = new FailingWriter();
        assertThatThrownBy(() -> CsvWriter.of(failing).writeRow("a", "b")).isInstanceOf(IOException.class)
                .hasMessage("disk full");
    }
}
