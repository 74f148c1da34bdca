package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.io.JsonWriter;
import org.communitysafety.core.io.csv.CsvWriter;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tidy results as JSON and CSV: the same columns, nulls where nothing applies (the Tablesaw table: {@code interop.tablesaw.ResultsTablesTest}). */
class ResultsFormatTest {

    static final Results R = HandComputedTest.R;

    @Test
    void jsonLines_areTheJsonRows_eachOnALine_toStringsWritersAndFilesAlike(@TempDir Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode rows = mapper.readTree(R.toJson()).get("rows");
        String lines = R.toJsonLines();
        String[] split = lines.split("\n", -1);
        assertThat(split).hasSize(R.size() + 1);
        assertThat(split[R.size()]).isEmpty();   // a line break after the last row, nothing after it
        for (int i = 0; i < R.size(); i++) {
            assertThat(mapper.readTree(split[i])).as("line %d", i + 1).isEqualTo(rows.get(i));
        }
        Path file = dir.resolve("rows.jsonl");
        R.writeJsonLines(file);
        assertThat(Files.readString(file)).isEqualTo(lines);
        StringWriter w = new StringWriter();
        R.writeJsonLines(w);
        assertThat(w.toString()).isEqualTo(lines);
        assertThat(Results.of(R.period(), R.baseline(), List.of()).toJsonLines()).isEmpty();
    }

    @Test
    void csvByteOrderMark_onlyWhenAsked_firstInWritersAndFiles(@TempDir Path dir) throws Exception {
        StringWriter w = new StringWriter();
        R.writeCsv(w, true, true);
        assertThat(w.toString()).isEqualTo("\uFEFF" + R.toCsv());
        Path file = dir.resolve("rows.csv");
        R.writeCsv(file, true, true);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + R.toCsv());
        R.writeCsv(file, true, false);
        assertThat(Files.readString(file)).isEqualTo(R.toCsv());
        R.writeCsv(file);
        assertThat(Files.readString(file)).isEqualTo(R.toCsv());
    }

    @Test
    void jsonHasThePeriodTheBaselineAndEveryColumnOfEveryRow() throws Exception {
        JsonNode root = new ObjectMapper().readTree(R.toJson());
        assertThat(root.get("period").asText()).isEqualTo("2024");
        assertThat(root.get("baseline").asText()).isEqualTo("2023");
        assertThat(root.get("rows").size()).isEqualTo(R.size());
        for (JsonNode row : root.get("rows")) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(Results.COLUMNS);
        }
        JsonNode count = rowOf(root, "incidents.count", "T", "all");
        assertThat(count.get("value").isIntegralNumber()).isTrue();
        assertThat(count.get("value").asLong()).isEqualTo(5);
        assertThat(count.get("numerator").isNull()).isTrue();
        assertThat(count.get("changePoints").isNull()).isTrue();
        assertThat(count.get("change").asLong()).isEqualTo(2);
        assertThat(count.get("significant").asBoolean()).isFalse();
        assertThat(count.get("flags").get(0).asText()).isEqualTo("small_count");
        JsonNode rate = rowOf(root, "incidents.clearance_rate", "T", "all");
        assertThat(rate.get("value").asDouble()).isEqualTo(0.6);
        assertThat(rate.get("numerator").asLong()).isEqualTo(3);
        assertThat(rate.get("denominator").asLong()).isEqualTo(5);
        assertThat(rate.get("changePct").asDouble()).isEqualTo(80.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rate.get("changePoints").asDouble()).isEqualTo(26.666666666666668,
                org.assertj.core.api.Assertions.within(1e-9));
        JsonNode zero = rowOf(root, "incidents.count", "V3", "criminal");
        assertThat(zero.get("changePct").isNull()).isTrue();
        assertThat(zero.get("pValue").isNull()).isTrue();
        assertThat(zero.get("significant").isNull()).isTrue();
        JsonNode none = new ObjectMapper().readTree(Indicators.of(HandComputedTest.DATA).period("2024")
                .compute("incidents.count").toJson());
        assertThat(none.get("baseline").isNull()).isTrue();
        assertThat(none.get("rows").get(0).get("baselinePeriod").isNull()).isTrue();
    }

    private static JsonNode rowOf(JsonNode root, String indicator, String unit, String group) {
        for (JsonNode row : root.get("rows")) {
            if (row.get("indicator").asText().equals(indicator) && row.get("unit").asText().equals(unit)
                    && row.get("group").asText().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no row " + indicator + " " + unit + " " + group);
    }

    @Test
    void csvHasTheSameColumnsAndALinePerRow() {
        String[] lines = R.toCsv().split("\r?\n");
        assertThat(lines[0]).isEqualTo(String.join(",", Results.COLUMNS));
        assertThat(lines).hasSize(R.size() + 1);
        String t = java.util.Arrays.stream(lines)
                .filter(l -> l.startsWith("incidents.clearance_rate,T,Town,town,2024,all,")).findFirst().orElseThrow();
        assertThat(t).startsWith("incidents.clearance_rate,T,Town,town,2024,all,0.6,3,5,");
        assertThat(t).endsWith(",small_count;baseline_small_count");
    }

    @Test
    void toStringShowsABoundedTable() {
        String s = R.toString();
        assertThat(s).startsWith("Results: " + R.size() + " rows, period 2024 vs 2023");
        assertThat(s).contains("more rows");
        assertThat(s.lines().count()).isLessThan(30);
    }

    // ---- the streaming writers write what the cells say -------------------------------------

    /** A sample's results, with units whose names need escaping, quoting or neutralising added. */
    static final Results SAMPLE = awkward(Indicators.of(ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard()
            .withVillages(30).withIncidents(3_000).withDisputes(500).withOutreach(100)).dataset()))
            .period("2024").compareYearOnYear().computeAll());

    private static Results awkward(Results results) {
        List<String> names = List.of("=HYPERLINK(\"http://x\",\"点击\")", "a,b", " 前后有空格 ", "引号\"与\\反斜杠",
                "换行\n与\r回车\t制表", "\u0001控制\u001F", "😀 emoji", "-5.86", "+市", "@区", "\uFEFF开头");
        List<IndicatorRow> rows = new ArrayList<>(results.rows());
        for (int i = 0; i < names.size(); i++) {
            IndicatorRow r = rows.get(i * 7);
            rows.add(new IndicatorRow(r.indicator(), r.unit() + i, names.get(i), r.level(), r.period(), r.group(),
                    r.value(), r.numerator(), r.denominator(), r.interval(), r.change(), r.flags()));
        }
        return Results.of(results.period(), results.baseline(), rows);
    }

    /** The JSON as the cells of each row give it, written cell by cell: what the writer wrote before it streamed. */
    private static String jsonOfCells(Results results) {
        StringWriter out = new StringWriter();
        JsonWriter g = JsonWriter.compact(out);
        g.beginObject();
        g.name("period").value(results.period().toString());
        g.name("baseline").value(results.baseline().map(Object::toString).orElse(null));
        g.name("rows").beginArray();
        for (IndicatorRow r : results) {
            Object[] cells = ResultsFormat.cells(r);
            g.beginObject();
            for (int i = 0; i < cells.length; i++) {
                g.name(Results.COLUMNS.get(i));
                Object cell = cells[i];
                if (cell == null) {
                    g.nullValue();
                } else if (cell instanceof String t) {
                    g.value(t);
                } else if (cell instanceof Long l) {
                    g.value(l.longValue());
                } else if (cell instanceof Double d) {
                    g.value(d.doubleValue());
                } else if (cell instanceof Boolean b) {
                    g.value(b.booleanValue());
                } else {
                    g.beginArray();
                    for (Object o : (List<?>) cell) {
                        g.value(o.toString());
                    }
                    g.endArray();
                }
            }
            g.endObject();
        }
        g.endArray();
        g.endObject();
        g.raw("\n");
        return out.toString();
    }

    /** The CSV as the cells of each row give it ({@link ResultsFormat#text}). */
    private static String csvOfCells(Results results, boolean neutralise) throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.of(out).neutralisingFormulas(neutralise);
        csv.writeRow(Results.COLUMNS);
        for (IndicatorRow r : results) {
            List<String> fields = new ArrayList<>();
            for (Object cell : ResultsFormat.cells(r)) {
                fields.add(ResultsFormat.text(cell));
            }
            csv.writeRow(fields);
        }
        return out.toString();
    }

    @Test
    void json_streamed_sameTextAsTheCells() throws IOException {
        for (Results results : List.of(R, SAMPLE, SAMPLE.filter(r -> false))) {
            String expected = jsonOfCells(results);
            assertThat(results.toJson()).isEqualTo(expected);
            StringWriter w = new StringWriter();
            results.writeJson(w);
            assertThat(w.toString()).isEqualTo(expected);
        }
        assertThat(SAMPLE.toJson()).contains("\"unitName\":\"引号\\\"与\\\\反斜杠\"", "\\u0001控制\\u001F",
                "\"unitName\":\"😀 emoji\"");
    }

    @Test
    void json_toAFile_sameBytesAsTheTextInUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.json");
        SAMPLE.writeJson(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(jsonOfCells(SAMPLE).getBytes(StandardCharsets.UTF_8));
    }

    /** At least {@code n} rows: the sample's, over and over — enough for the file writer to format slices on several threads. */
    private static Results atLeast(int n, Results results) {
        List<IndicatorRow> rows = new ArrayList<>();
        while (rows.size() < n) {
            rows.addAll(results.rows());
        }
        return Results.of(results.period(), results.baseline(), rows);
    }

    @Test
    void json_toAFile_manyRows_formattedOnSeveralThreads_sameBytesAsTheText(@TempDir Path dir) throws IOException {
        Results many = atLeast(100_000, SAMPLE);
        Path file = dir.resolve("many.json");
        many.writeJson(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(jsonOfCells(many).getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream three = new java.io.ByteArrayOutputStream();
        ResultsFormat.writeJson(many, one, 1);
        ResultsFormat.writeJson(many, three, 3);
        assertThat(three.toByteArray()).isEqualTo(one.toByteArray()).isEqualTo(Files.readAllBytes(file));
    }

    // ---- a computation's packed rows are written from their longs: the same bytes ----------

    /** The sample of {@link #SAMPLE} with 200 villages: its catalogue has more rows than two slices of the file writer. */
    private static final Indicators PACKED = Indicators.of(ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard()
            .withVillages(200).withIncidents(20_000).withDisputes(3_000).withOutreach(600)).dataset())).period("2024");

    /**
     * A computation's own results hold their rows packed ({@link PackedRows}), and the writers
     * format them from the longs without making the rows; the JSON must be the bytes the rows'
     * cells give — with a comparison, with changes withheld by suppression, and without one.
     */
    @Test
    void json_ofPackedRows_writtenFromTheirLongs_sameBytesAsTheCells(@TempDir Path dir) throws IOException {
        List<Results> computed = List.of(PACKED.compareYearOnYear().computeAll(),
                PACKED.compareYearOnYear().suppressBelow(5).computeAll(), PACKED.noComparison().computeAll());
        for (Results packed : computed) {
            assertThat(packed.rows()).isInstanceOf(PackedRows.class);
            assertThat(packed.size()).isGreaterThan(2 * 16_384);   // formatted in slices on several threads
            Results objects = Results.of(packed.period(), packed.baseline(), new ArrayList<>(packed.rows()));
            assertThat(objects.rows()).isNotInstanceOf(PackedRows.class);
            String expected = jsonOfCells(packed);
            assertThat(packed.toJson()).isEqualTo(expected).isEqualTo(objects.toJson());
            assertThat(packed.toJsonLines()).isEqualTo(objects.toJsonLines());
            Path file = dir.resolve("packed.json");
            packed.writeJson(file);
            assertThat(Files.readAllBytes(file)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
            ResultsFormat.writeJson(packed, one, 1);
            assertThat(one.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
        // what the rows hold, so that every branch of the writer is taken
        List<IndicatorRow> all = new ArrayList<>();
        computed.forEach(r -> all.addAll(r.rows()));
        assertThat(all).anyMatch(r -> r.change().isPresent() && r.change().get().pValue().isPresent())
                .anyMatch(r -> r.change().isPresent() && r.change().get().baselineValue().isEmpty())
                .anyMatch(r -> r.change().isEmpty())
                .anyMatch(r -> r.interval().isPresent())
                .anyMatch(r -> r.interval().isEmpty())
                .anyMatch(r -> r.value().isEmpty())
                .anyMatch(r -> r.flags().size() > 1)
                .anyMatch(r -> r.flags().contains(Flag.SUPPRESSED))
                .anyMatch(r -> r.group().kind() == Group.Kind.CATEGORY)
                .anyMatch(r -> r.group().kind() == Group.Kind.TYPE)
                .anyMatch(r -> r.indicator().unit() == Indicator.Unit.COUNT && r.value().isPresent())
                .anyMatch(r -> r.indicator().unit() != Indicator.Unit.COUNT && r.value().isPresent());
    }

    @Test
    void json_toAFile_manyRows_aLoneSurrogateInALaterSlice_isAnIoException(@TempDir Path dir) {
        List<IndicatorRow> rows = new ArrayList<>(atLeast(100_000, SAMPLE).rows());
        IndicatorRow r = rows.get(70_000);
        rows.set(70_000, new IndicatorRow(r.indicator(), r.unit(), "半个\uD800", r.level(), r.period(), r.group(),
                r.value(), r.numerator(), r.denominator(), r.interval(), r.change(), r.flags()));
        Results bad = Results.of(SAMPLE.period(), SAMPLE.baseline(), rows);
        assertThatThrownBy(() -> bad.writeJson(dir.resolve("bad.json"))).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void csv_streamed_sameTextAsTheCells(@TempDir Path dir) throws IOException {
        for (boolean neutralise : new boolean[] {true, false}) {
            String expected = csvOfCells(SAMPLE, neutralise);
            assertThat(SAMPLE.toCsv(neutralise)).isEqualTo(expected);
            Path file = dir.resolve("r" + neutralise + ".csv");
            SAMPLE.writeCsv(file, neutralise);
            assertThat(Files.readString(file)).isEqualTo(expected);
        }
        assertThat(SAMPLE.toCsv()).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\",", ",-5.86,", ",'+市,");
        assertThat(R.toCsv()).isEqualTo(csvOfCells(R, true));
    }

    @Test
    void write_failingWriter_failureSurfacesUnchecked() {
        Writer failing = new FailingWriter();
        assertThatThrownBy(() -> SAMPLE.writeJson(failing)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
        assertThatThrownBy(() -> SAMPLE.writeCsv(failing)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
    }

    @Test
    void writeJson_toAFile_loneSurrogate_isAnIoException(@TempDir Path dir) {
        IndicatorRow r = R.rows().get(0);
        Results bad = Results.of(R.period(), R.baseline(), List.of(new IndicatorRow(r.indicator(), r.unit(),
                "半个\uD800", r.level(), r.period(), r.group(), r.value(), r.numerator(), r.denominator(),
                r.interval(), r.change(), r.flags())));
        assertThatThrownBy(() -> bad.writeJson(dir.resolve("bad.json"))).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> bad.writeJson(dir)).isInstanceOf(IOException.class);
    }
}
