package org.communitysafety.core.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.JURISDICTIONS;
import static org.communitysafety.core.io.ReadTestSupport.assertBooksBalance;
import static org.communitysafety.core.io.ReadTestSupport.messages;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.io.FileSummary;
import org.communitysafety.core.io.InteropSamples;
import org.communitysafety.core.io.Problem;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.io.RejectedRow;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines: writing and reading back, every way a line can be bad with the exact message,
 * the encoding rules, and the bookkeeping law rows read = accepted + rejected.
 */
final class JsonLinesTest {
    static final String I1 = "{\"id\":\"I1\",\"unit\":\"330101001\",\"category\":\"theft\",\"occurred_on\":\"2024-03-07\"}";
    static final String I2 = "{\"id\":\"I2\",\"unit\":\"330101002\",\"category\":\"fraud\",\"occurred_on\":\"2024-03-08\"}";
    static final String I3 = "{\"id\":\"I3\",\"unit\":\"330101002\",\"category\":\"fraud\",\"occurred_on\":\"2024-03-09\"}";

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private void writeJurisdictions() throws IOException {
        write("jurisdictions.csv", JURISDICTIONS);
    }

    private ReadResult read() {
        return DatasetReader.read(dir);
    }

    private ReadResult readLenient() {
        return DatasetReader.read(dir, ReadOptions.defaults().asLenient());
    }

    // ---- round trip and writer ---------------------------------------------------------

    /** Issue 13, hardening item 8: Jackson's limits are named without its internals. */
    @Test
    void numberPastJacksonsLimit_messageSaysTheLimitNotTheLibrary() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", I1 + "\n{\"id\":\"I2\",\"unit\":\"330101002\",\"category\":\"fraud\","
                + "\"occurred_on\":\"2024-03-08\",\"loss\":" + "9".repeat(1500) + "}\n");

        ReadResult result = readLenient();

        assertThat(messages(result)).singleElement().asString().startsWith("incidents.jsonl line 2: not a JSON object: ")
                .contains("1000").doesNotContain("StreamReadConstraints").doesNotContain("`");
        assertThat(result.orThrow().incidents()).hasSize(1);
    }

    @Test
    void write_fullDataset_readsBackEqualStrictly() throws IOException {
        Dataset data = InteropSamples.full();

        JsonLinesWriter.write(data, dir);
        ReadResult result = DatasetReader.read(dir);

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow()).isEqualTo(data);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("disputes.jsonl",
                    "incidents.jsonl", "jurisdictions.jsonl", "outreach.jsonl", "populations.jsonl",
                    "taxonomy.jsonl");
        }
        assertThat(result.report().file("incidents.jsonl").accepted()).isEqualTo(3);
    }

    @Test
    void write_defaultTaxonomyAndNoPopulations_writesOnlyTheFourFiles() throws IOException {
        Dataset full = InteropSamples.full();
        Dataset data = Dataset.of(full.tree(), List.of(Incident.of("I1", "330101001", "theft",
                LocalDate.of(2024, 3, 7), true)), List.of(), List.of());

        JsonLinesWriter.write(data, dir);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("disputes.jsonl",
                    "incidents.jsonl", "jurisdictions.jsonl", "outreach.jsonl");
        }
        assertThat(Files.size(dir.resolve("disputes.jsonl"))).isZero();
        assertThat(JsonLines.read(dir).orThrow()).isEqualTo(data);
    }

    @Test
    void writeIncidents_fieldsLikeTheCsvWriter_numbersAndBooleansTypedAbsentOmitted() throws IOException {
        Path file = dir.resolve("incidents.jsonl");

        long n = JsonLinesWriter.writeIncidents(InteropSamples.full().incidents().stream(), file);

        assertThat(n).isEqualTo(3);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                {"id":"I1","unit":"330101001","category":"telecom_fraud","occurred_on":"2024-03-07",\
                "reported_on":"2024-03-08","cleared_on":"2024-03-20","criminal":true,"repeat_call":true,\
                "loss":123456789.99,"recovered":0.01,"source":"online"}
                {"id":"I2","unit":"330101002","category":"gambling","occurred_on":"2024-02-29","criminal":false,\
                "repeat_call":false}
                {"id":"案-3","unit":"330101","category":"elder_fraud","occurred_on":"2024-12-31","criminal":false,\
                "repeat_call":false,"loss":12.50,"source":"walk_in"}
                """);
    }

    @Test
    void writeJurisdictionsAndOutreach_numericColumns_areJsonNumbers() throws IOException {
        Dataset data = InteropSamples.full();
        Path units = dir.resolve("jurisdictions.jsonl");
        Path outreach = dir.resolve("outreach.jsonl");

        JsonLinesWriter.writeJurisdictions(data.tree().units(), units);
        JsonLinesWriter.writeOutreach(data.outreach().stream(), outreach);

        assertThat(Files.readAllLines(units)).contains(
                "{\"code\":\"330101001\",\"name\":\"西溪社区\",\"level\":\"village\",\"parent_code\":\"330101\","
                        + "\"population\":5000,\"households\":1800,\"area_km2\":1.2,\"kind\":\"urban\"}",
                "{\"code\":\"33\",\"name\":\"测试市\",\"level\":\"city\"}");
        assertThat(Files.readAllLines(outreach)).containsExactly(
                "{\"id\":\"O1\",\"unit\":\"330101002\",\"type\":\"anti_fraud\",\"held_on\":\"2024-03-01\",\"staff\":2,"
                        + "\"volunteers\":5,\"audience\":120,\"households\":30,\"hazards_found\":3,"
                        + "\"hazards_fixed\":2,\"leads\":1,\"frauds_stopped\":4,\"loss_avoided\":5000.05}",
                "{\"id\":\"O2\",\"unit\":\"3301\",\"type\":\"patrol\",\"held_on\":\"2024-03-02\",\"staff\":0,"
                        + "\"volunteers\":0,\"audience\":0,\"households\":0,\"hazards_found\":0,\"hazards_fixed\":0,"
                        + "\"leads\":0,\"frauds_stopped\":0}");
    }

    @Test
    void writeIncidents_failingStream_propagatesTheIOException() {
        Stream<Incident> failing = Stream.generate(() -> {
            throw new java.io.UncheckedIOException(new IOException("disk full"));
        });

        assertThatThrownBy(() -> JsonLinesWriter.writeIncidents(failing, dir.resolve("incidents.jsonl")))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    // ---- values -------------------------------------------------------------------------

    @Test
    void read_jsonNumbersBooleansAndNull_takenAsTheirText() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", """
                {"id":"I1","unit":"330101001","category":"theft","occurred_on":"2024-03-07","loss":12.5,"recovered":3,"criminal":false,"repeat_call":true,"source":null,"cleared_on":null}
                {"ID":"I2","Unit":"330101002","CATEGORY":"fraud","occurred_on":"2024/3/8","loss":"0.01","repeat_call":"是"}
                """);
        write("outreach.jsonl", """
                {"id":"O1","unit":"330101002","type":"visit","held_on":20240301,"staff":3,"audience":"120","hazards_found":2,"hazards_fixed":2.0}
                """);

        ReadResult result = read();

        assertThat(messages(result)).isEmpty();
        Dataset data = result.orThrow();
        Incident i1 = data.incidents().get(0);
        assertThat(i1.loss()).isEqualTo(Money.ofFen(1250));
        assertThat(i1.recovered()).isEqualTo(Money.ofYuan(3));
        assertThat(i1.criminal()).isFalse();
        assertThat(i1.repeatCall()).isTrue();
        assertThat(i1.source()).isEqualTo(IncidentSource.UNSPECIFIED);
        assertThat(i1.clearedOn()).isEmpty();
        Incident i2 = data.incidents().get(1);
        assertThat(i2.occurredOn()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(i2.loss()).isEqualTo(Money.ofFen(1));
        assertThat(i2.repeatCall()).isTrue();
        OutreachSession o1 = data.outreach().get(0);
        assertThat(o1.heldOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(o1.audience()).isEqualTo(120);
        assertThat(o1.hazardsFixed()).isEqualTo(2);
    }

    @Test
    void read_numbersAsJsonNumbers_loadCounts() throws IOException {
        writeJurisdictions();
        write("outreach.jsonl", """
                {"id":"O1","unit":"330101002","type":"visit","held_on":"2024-03-01","staff":3,"audience":"120","hazards_found":2,"hazards_fixed":1,"loss_avoided":99.99}
                """);

        OutreachSession o = read().orThrow().outreach().get(0);

        assertThat(o.staff()).isEqualTo(3);
        assertThat(o.audience()).isEqualTo(120);
        assertThat(o.hazardsFixed()).isEqualTo(1);
        assertThat(o.lossAvoided()).isEqualTo(Money.ofFen(9999));
    }

    @Test
    void read_badValue_sameProblemTextAsCsv() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", I1 + "\n" + I2 + "\n"
                + "{\"id\":\"I3\",\"unit\":\"330101001\",\"category\":\"theft\",\"occurred_on\":\"2023-02-01\","
                + "\"cleared_on\":\"2023-02-30\"}\n");

        ReadResult result = read();

        assertThat(messages(result)).containsExactly(
                "incidents.jsonl line 3, column cleared_on: 2023-02-30 is not a date");
        assertThat(result.dataset()).isEmpty();
        Path csvDir = Files.createDirectory(dir.resolve("csv"));
        Files.writeString(csvDir.resolve("jurisdictions.csv"), JURISDICTIONS);
        Files.writeString(csvDir.resolve("incidents.csv"), "id,unit,category,occurred_on,cleared_on\n"
                + "I1,330101001,theft,2024-03-07,\nI3,330101001,theft,2023-02-01,2023-02-30\n");
        Problem csv = DatasetReader.read(csvDir).report().errors().get(0);
        Problem json = result.report().errors().get(0);
        assertThat(json.reason()).isEqualTo(csv.reason());
        assertThat(json.column()).isEqualTo(csv.column());
        assertThat(json.value()).isEqualTo(csv.value()).isEqualTo("2023-02-30");
    }

    @Test
    void read_nestedValue_rejectsTheRowNamingTheColumn() throws IOException {
        writeJurisdictions();
        String nested = "{\"id\":\"I2\",\"unit\":\"330101001\",\"category\":\"theft\",\"occurred_on\":\"2024-03-07\","
                + "\"loss\":[1,2],\"source\":{\"kind\":\"call\"}}";
        write("incidents.jsonl", I1 + "\n" + nested + "\n");

        ReadResult result = readLenient();

        assertThat(messages(result)).containsExactly("incidents.jsonl line 2: column loss: expected a string, number"
                + " or boolean, found an array; column source: expected a string, number or boolean, found an object");
        assertThat(result.report().rejected()).containsExactly(new RejectedRow("incidents.jsonl", 2,
                List.of(nested), result.report().errors()));
        assertThat(result.report().file("incidents.jsonl").accepted()).isEqualTo(1);
    }

    @Test
    void read_keyTwiceIgnoringCase_rejectsTheRow() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", "{\"id\":\"I1\",\"ID\":\"I9\",\"unit\":\"330101001\",\"category\":\"theft\","
                + "\"occurred_on\":\"2024-03-07\"}\n");

        assertThat(messages(read())).containsExactly("incidents.jsonl line 1: column id: the key ID appears twice");
    }

    @Test
    void read_missingRequiredKey_isARequiredValueProblem() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", "{\"id\":\"I1\",\"unit\":\"330101001\",\"occurred_on\":\"2024-03-07\"}\n");

        assertThat(messages(read())).containsExactly("incidents.jsonl line 1, column category: a value is required");
    }

    // ---- unknown keys -------------------------------------------------------------------

    @Test
    void read_unknownKeyOnEveryRow_warnsOncePerKeyAndLoads() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", """
                {"id":"I1","unit":"330101001","category":"theft","occurred_on":"2024-03-07","colour":"red"}
                {"id":"I2","unit":"330101001","category":"theft","occurred_on":"2024-03-07","colour":"blue","sorce":"call"}
                {"id":"I3","unit":"330101001","category":"theft","occurred_on":"2024-03-07","COLOUR":["nested","is","fine"]}
                """);

        ReadResult result = read();

        assertThat(messages(result)).containsExactly(
                "incidents.jsonl line 1: warning: unknown key colour, ignored",
                "incidents.jsonl line 2: warning: unknown key sorce, ignored; did you mean source?");
        assertThat(result.orThrow().incidents()).hasSize(3);
        assertThat(result.report().file("incidents.jsonl").warnings()).isEqualTo(2);
    }

    @Test
    void read_lineWith100000UnknownKeys_namesTenAndCountsTheRest() throws IOException {
        // issue 13: every unknown key copied the line's warning list, 32 s and 2.4 GB for this line
        writeJurisdictions();
        StringBuilder line = new StringBuilder("{\"id\":\"I1\",\"unit\":\"330101001\",\"category\":\"theft\","
                + "\"occurred_on\":\"2024-03-07\"");
        for (int i = 0; i < 100_000; i++) {
            line.append(",\"k").append(i).append("\":1");
        }
        write("incidents.jsonl", line.append("}\n").append(
                "{\"id\":\"I2\",\"unit\":\"330101001\",\"category\":\"theft\",\"occurred_on\":\"2024-03-07\","
                        + "\"k0\":1,\"k95\":2,\"k96\":3}\n").toString());

        ReadResult result = read();

        List<String> messages = messages(result);
        assertThat(messages).hasSize(13); // line 2: k0 was named on line 1, k95 and k96 were only counted
        assertThat(messages.get(0)).isEqualTo("incidents.jsonl line 1: warning: unknown key k0, ignored");
        assertThat(messages.get(9)).isEqualTo("incidents.jsonl line 1: warning: unknown key k9, ignored");
        assertThat(messages.get(10)).isEqualTo("incidents.jsonl line 1: warning: 99,990 more unknown keys,"
                + " ignored (a line names at most 10, a file 100)");
        assertThat(messages.subList(11, 13)).containsExactly("incidents.jsonl line 2: warning: unknown key k95, ignored",
                "incidents.jsonl line 2: warning: unknown key k96, ignored");
        assertThat(String.join("\n", messages).length()).isLessThan(2_000);
        assertThat(result.orThrow().incidents()).hasSize(2);
    }

    @Test
    void read_manyLinesWithNewUnknownKeys_aFileNamesAtMostAHundred() throws IOException {
        writeJurisdictions();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("{\"id\":\"I").append(i).append("\",\"unit\":\"330101001\",\"category\":\"theft\","
                    + "\"occurred_on\":\"2024-03-07\"");
            for (int k = 0; k < 5; k++) {
                text.append(",\"x").append(i).append('_').append(k).append("\":1");
            }
            text.append("}\n");
        }
        write("incidents.jsonl", text.toString());

        List<String> messages = messages(read());

        assertThat(messages.stream().filter(m -> m.contains("warning: unknown key x"))).hasSize(100);
        assertThat(messages).contains("incidents.jsonl line 21: warning: 5 more unknown keys, ignored"
                + " (a line names at most 10, a file 100) (10 rows; lines 21, 22, 23, 24, 25, …)");
    }

    // ---- malformed lines ----------------------------------------------------------------

    @Test
    void read_malformedLines_rejectedWithLineNumbersAndReadingContinues() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", I1 + "\n"
                + "{\"id\":\"I2\", broken}\n"
                + I2 + "\n"
                + "[1,2]\n"
                + "{\"id\":\"I4\",\"unit\":\"330101001\"\n"
                + I3 + " " + I1 + "\n"
                + "\"just a string\"\n"
                + I3 + "\n");

        ReadResult result = readLenient();

        assertThat(messages(result)).containsExactly(
                "incidents.jsonl line 2: not a JSON object: Unexpected character ('b' (code 98)): was expecting"
                        + " double-quote to start field name (at character 13)",
                "incidents.jsonl line 4: not a JSON object: the line holds an array",
                "incidents.jsonl line 5: not a JSON object: Unexpected end-of-input: expected close marker for"
                        + " Object (at character 30)",
                "incidents.jsonl line 6: not a JSON object: the line holds more than one JSON value",
                "incidents.jsonl line 7: not a JSON object: the line holds a string");
        FileSummary summary = result.report().file("incidents.jsonl");
        assertThat(summary.rowsRead()).isEqualTo(8);
        assertThat(summary.accepted()).isEqualTo(3);
        assertThat(summary.rejected()).isEqualTo(5);
        assertThat(result.dataset().orElseThrow().incidents()).extracting(Incident::id)
                .containsExactly("I1", "I2", "I3");
        assertThat(result.report().rejected().get(0).fields()).containsExactly("{\"id\":\"I2\", broken}");
        assertBooksBalance(result);
    }

    @Test
    void read_malformedLineStrict_loadsNothing() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", I1 + "\nnull\n");

        ReadResult result = read();

        assertThat(messages(result)).containsExactly("incidents.jsonl line 2: not a JSON object: the line holds null");
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_blankLinesAndLineBreaks_skippedButCounted() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", "\n" + I1 + "\r\n   \t\r\n" + I2 + "\r" + "{bad}" + "\n\n" + I3);

        ReadResult result = readLenient();

        assertThat(messages(result)).containsExactly("incidents.jsonl line 5: not a JSON object: Unexpected"
                + " character ('b' (code 98)): was expecting double-quote to start field name (at character 2)");
        assertThat(result.report().rejected().get(0).line()).isEqualTo(5);
        FileSummary summary = result.report().file("incidents.jsonl");
        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(summary.accepted()).isEqualTo(3);
        assertBooksBalance(result);
    }

    @Test
    void read_emptyFile_isValidWithoutRows() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", "");
        write("disputes.jsonl", "\n\n");

        ReadResult result = read();

        assertThat(messages(result)).isEmpty();
        assertThat(result.report().file("incidents.jsonl")).isEqualTo(
                new FileSummary("incidents.jsonl", true, 0, 0, 0, 0));
        assertThat(result.report().file("disputes.jsonl").rowsRead()).isZero();
        assertThat(result.orThrow().incidents()).isEmpty();
    }

    @Test
    void read_byteOrderMark_isSkipped() throws IOException {
        write("jurisdictions.jsonl", "\uFEFF{\"code\":\"1\",\"name\":\"市\",\"level\":\"city\"}\n");

        ReadResult result = read();

        assertThat(messages(result)).isEmpty();
        assertThat(result.orThrow().tree().unit("1").name()).isEqualTo("市");
    }

    // ---- encodings ----------------------------------------------------------------------

    @Test
    void read_gbkFileAsUtf8_oneErrorAtTheFirstBadLineWithByteOffsetAndHintThenStops() throws IOException {
        write("jurisdictions.csv", "code,name,level,parent_code\n33,C,city,\n330101001,V,village,33\n"
                + "330101002,W,village,33\n");
        String line1 = I1 + "\n";
        String line2 = "{\"id\":\"案2\",\"unit\":\"330101001\",\"category\":\"theft\",\"occurred_on\":\"2024-03-07\"}\n";
        String line3 = I3 + "\n";
        String line4 = "{\"id\":\"I4\",\"unit\":\"330101001\",\"category\":\"theft\",\"occurred_on\":\"2024-03-07\","
                + "\"x\":\"网上\"}\n";
        Charset gbk = Charset.forName("GBK");
        Files.write(dir.resolve("incidents.jsonl"), (line1 + line2 + line3 + line4).getBytes(gbk));
        long offset2 = line1.length() + line2.indexOf('案');
        long offset4 = (line1 + line2 + line3).getBytes(gbk).length + line4.indexOf('网');
        byte[] dian = "案".getBytes(gbk);
        byte[] wang = "网".getBytes(gbk);

        ReadResult result = readLenient();

        // one error, not one a bad line: line 4 (offset4, bytes of 网) is never reached
        assertThat(messages(result)).containsExactly(
                String.format("incidents.jsonl line 2: not valid UTF-8 at byte %d (bytes %02X %02X); the file looks"
                        + " like GBK/GB18030: read it with encoding gbk; the file was not read from this line on",
                        offset2, dian[0], dian[1]));
        assertThat(messages(result)).noneMatch(m -> m.contains("byte " + offset4 + " (bytes "
                + String.format("%02X %02X", wang[0], wang[1])));
        // the line before counts as read and accepted; the rest of the file is not read
        assertThat(result.report().file("incidents.jsonl").rowsRead()).isEqualTo(1);
        assertThat(result.report().file("incidents.jsonl").accepted()).isEqualTo(1);
        assertThat(result.report().rejected()).isEmpty();
        assertBooksBalance(result);
        ReadResult asGbk = DatasetReader.read(dir, ReadOptions.defaults().withEncoding("gbk"));
        assertThat(messages(asGbk)).containsExactly("incidents.jsonl line 4: warning: unknown key x, ignored");
        assertThat(asGbk.orThrow().incidents()).extracting(Incident::id).containsExactly("I1", "案2", "I3", "I4");
    }

    @Test
    void read_invalidBytes_sameMessageAsTheCsvReaderForTheSameBytes() throws IOException {
        // the same bytes at the same offset: line 1 is blank in JSON and the header in CSV
        String header = "id,unit,category,occurred_on";
        byte[] bad = {(byte) 0xC4, (byte) 0xE3};
        Path csvDir = Files.createDirectory(dir.resolve("csv"));
        Path jsonDir = Files.createDirectory(dir.resolve("json"));
        Files.writeString(csvDir.resolve("jurisdictions.csv"), JURISDICTIONS);
        Files.writeString(jsonDir.resolve("jurisdictions.csv"), JURISDICTIONS);
        Files.write(csvDir.resolve("incidents.csv"), concat((header + "\nx").getBytes(StandardCharsets.US_ASCII), bad,
                ",330101001,theft,2024-03-07\n".getBytes(StandardCharsets.US_ASCII)));
        Files.write(jsonDir.resolve("incidents.jsonl"), concat((" ".repeat(header.length()) + "\nx")
                .getBytes(StandardCharsets.US_ASCII), bad, "\n".getBytes(StandardCharsets.US_ASCII)));

        Problem csv = DatasetReader.read(csvDir).report().errors().get(0);
        Problem json = DatasetReader.read(jsonDir).report().errors().get(0);

        assertThat(json.line()).isEqualTo(csv.line()).isEqualTo(2);
        assertThat(json.reason()).isEqualTo(csv.reason()).isEqualTo("not valid UTF-8 at byte 30 (bytes C4 E3); the file looks like GBK/GB18030: read it with"
                + " encoding gbk; the file was not read from this line on");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void open_asciiIncompatibleCharset_isRefused() {
        assertThatThrownBy(() -> JsonLinesRowSource.open(dir.resolve("x.jsonl"), StandardCharsets.UTF_16,
                List.of("id"))).isInstanceOf(IOException.class).hasMessage("a JSON Lines file must be in an"
                        + " ASCII-compatible encoding such as UTF-8, GBK or GB18030, not UTF-16");
    }

    @Test
    void rowSource_lineLongerThanTheLimit_rejectedWithoutHoldingIt() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < (JsonLinesRowSource.MAX_LINE_BYTES >> 16) + 1; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\":\"small\"}\n".getBytes(StandardCharsets.US_ASCII));
        }

        try (RowSource source = JsonLinesRowSource.open(file, StandardCharsets.UTF_8, List.of("id"))) {
            assertThat(source.next()).isTrue();
            assertThat(source.rowError()).contains("the line is longer than 16777216 bytes; a JSON Lines file has"
                    + " one object per line");
            assertThat(source.fields()).isEmpty();
            assertThat(source.next()).isTrue();
            assertThat(source.line()).isEqualTo(2);
            assertThat(source.rowError()).isEmpty();
            assertThat(source.fields()).containsExactly("small");
            assertThat(source.next()).isFalse();
        }
    }

    @Test
    void rowSource_header_isTheColumnsEvenForAnEmptyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("e.jsonl"), "");

        try (RowSource source = JsonLinesRowSource.open(file, StandardCharsets.UTF_8, List.of("id", "unit"))) {
            assertThat(source.header()).contains(List.of("id", "unit"));
            assertThat(source.next()).isFalse();
        }
    }

    // ---- formats mixed ------------------------------------------------------------------

    @Test
    void read_csvJurisdictionsWithJsonlIncidents_readsBoth() throws IOException {
        writeJurisdictions();
        write("incidents.jsonl", I1 + "\n" + I2 + "\n");

        ReadResult result = read();

        assertThat(messages(result)).isEmpty();
        assertThat(result.report().file("jurisdictions.csv").accepted()).isEqualTo(5);
        assertThat(result.report().file("incidents.jsonl").accepted()).isEqualTo(2);
        assertThat(result.orThrow().incidents()).extracting(Incident::id).containsExactly("I1", "I2");
    }

    @Test
    void read_jsonlJurisdictionRejected_laterRowsSayWhereItWasRejected() throws IOException {
        write("jurisdictions.jsonl", """
                {"code":"33","name":"测试市","level":"市"}
                {"code":"3301","name":"西湖区","level":"区","parent_code":"99"}
                """);
        write("incidents.jsonl", "{\"id\":\"I1\",\"unit\":\"3301\",\"category\":\"theft\",\"occurred_on\":\"2024-03-07\"}");

        ReadResult result = read();

        assertThat(messages(result)).containsExactly(
                "jurisdictions.jsonl line 2, column parent_code: parent 99 does not exist",
                "incidents.jsonl line 1, column unit: unit 3301 was rejected in jurisdictions.jsonl");
    }

    @Test
    void read_jsonlIncidentsWithoutJurisdictions_rowsRejectedAsUnknownUnits() throws IOException {
        write("incidents.jsonl", I1 + "\n" + I2 + "\n");

        ReadResult result = readLenient();

        assertThat(messages(result)).containsExactly(
                "jurisdictions.csv: the file is missing from " + dir + "; it is required",
                "incidents.jsonl line 1, column unit: unknown unit 330101001",
                "incidents.jsonl line 2, column unit: unknown unit 330101002");
        assertThat(result.dataset()).isEmpty();
        assertBooksBalance(result);
    }

    @Test
    void read_csvAndJsonlOfOneKind_readsTheCsvAndWarns() throws IOException {
        Dataset data = InteropSamples.full();
        DatasetWriter.write(data, dir);
        write("incidents.jsonl", "not even json\n");

        ReadResult result = read();

        assertThat(messages(result)).containsExactly("incidents.jsonl: warning: both incidents.csv and"
                + " incidents.jsonl exist; only incidents.csv is read");
        assertThat(result.orThrow()).isEqualTo(data);
    }
}
