package org.communitysafety.core.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.CubeCodec;
import org.communitysafety.core.aggregate.DisputeMeasure;
import org.communitysafety.core.aggregate.IncidentAccumulator;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.OutreachMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAggregation;
import org.communitysafety.core.aggregate.RecordKind;
import org.communitysafety.core.aggregate.RecordStore;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CubeJson}: the document, round trips, and clear errors for malformed or invalid JSON. */
final class CubeJsonTest {
    /** A town and its village, two categories, one year. */
    private static final JurisdictionTree TREE = JurisdictionTree.of(Jurisdiction.root("T", "镇", Level.TOWN),
            Jurisdiction.of("V", "村", Level.VILLAGE, "T"));
    private static final PeriodIndex YEAR = PeriodIndex.of(Period.ofYear(2024));

    /** V theft on 2024-02-29 cleared 2024-03-03 with a loss; T fraud on 2024-05-01. */
    private static Cube<IncidentMeasure> tiny(boolean detail) {
        Taxonomy taxonomy = Taxonomy.of(Taxonomy.defaultCategories().subList(0, 2));
        IncidentStore store = IncidentStore.builder(TREE, taxonomy)
                .add(Incident.of("1", "V", taxonomy.category(0).code(), LocalDate.of(2024, 2, 29), true)
                        .withClearedOn(LocalDate.of(2024, 3, 3))
                        .withLoss(Money.ofFen(1234),
                                Money.ZERO))
                .add(Incident.of("2", "T", taxonomy.category(1).code(), LocalDate.of(2024, 5, 1), true))
                .build();
        return detail ? IncidentAggregation.aggregate(store, YEAR, 1) : IncidentAggregation.counts(store, YEAR, 1);
    }

    @Test
    void toJson_tinyCube_isTheDocumentedShape() {
        assertThat(CubeJson.toJson(tiny(true))).isEqualTo("{\"kind\":\"incidents\",\"units\":2,\"periods\":[\"2024\"],"
                + "\"width\":2,\"detail\":true,\"rolledUp\":false,\"measures\":{\"COUNT\":[1,0,0,1],"
                + "\"CRIMINAL\":[1,0,0,1],\"CLEARED\":[1,0,0,0],\"REPEAT_CALLS\":[0,0,0,0],\"CLEARANCES\":[1,0,0,0],"
                + "\"LOSS_FEN\":[1234,0,0,0],\"RECOVERED_FEN\":[0,0,0,0]},"
                + "\"distributions\":{\"offsets\":[0,1,1],\"days\":[3],\"counts\":[1]}}");
        assertThat(CubeJson.toJson(tiny(false).rollUp(TREE))).isEqualTo("{\"kind\":\"incidents\",\"units\":2,"
                + "\"periods\":[\"2024\"],\"width\":2,\"detail\":false,\"rolledUp\":true,\"measures\":{\"COUNT\":"
                + "[1,0,1,1]},\"distributions\":{\"offsets\":[0],\"days\":[],\"counts\":[]}}");
    }

    /** Cubes of the standard sample over overlapping periods, in every state. */
    private static Stream<Cube<IncidentMeasure>> sampleCubes() {
        Dataset data = SampleGenerator.of(SampleSpec.standard().withIncidents(5_000)).dataset();
        IncidentStore store = IncidentStore.of(data);
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024), Period.ofMonth(2024, 2),
                Period.yearToDate(LocalDate.of(2024, 2, 29)), Period.ofYear(2023));
        Cube<IncidentMeasure> detail = IncidentAggregation.aggregate(store, periods, 1);
        Cube<IncidentMeasure> counts = IncidentAggregation.counts(store, periods, 1);
        return Stream.of(detail, counts, detail.rollUp(data.tree()), counts.rollUp(data.tree()));
    }

    @Test
    void roundTrip_sampleCubes_givesEqualCubes() throws IOException {
        for (Cube<IncidentMeasure> cube : sampleCubes().toList()) {
            String json = CubeJson.toJson(cube);
            assertThat(CubeJson.fromJson(json, RecordKind.INCIDENTS)).as("%s", cube).isEqualTo(cube);

            StringWriter out = new StringWriter();
            CubeJson.write(cube, out);
            assertThat(out).hasToString(json);
            assertThat(CubeJson.read(new StringReader(json), RecordKind.INCIDENTS)).isEqualTo(cube);
        }
    }

    @Test
    void roundTrip_randomSplits_addUpToTheWhole() {
        Dataset data = SampleGenerator.of(SampleSpec.standard().withIncidents(3_000)).dataset();
        IncidentStore store = IncidentStore.of(data);
        PeriodIndex months = PeriodIndex.monthsOf(2024, 2024);
        Random r = new Random(11);
        Cube<IncidentMeasure> whole = IncidentAggregation.aggregate(store, months, 1);
        for (int round = 0; round < 10; round++) {
            int cut = r.nextInt(store.size() + 1);
            Cube<IncidentMeasure> a = IncidentAccumulator.create(store.unitCount(), store.categoryCount(), months)
                    .add(store, 0, cut).snapshot();
            Cube<IncidentMeasure> b = IncidentAccumulator.create(store.unitCount(), store.categoryCount(), months)
                    .add(store, cut, store.size()).snapshot();
            // as a distributed engine would: partials shipped as text, added on arrival
            Cube<IncidentMeasure> shipped = CubeJson.fromJson(CubeJson.toJson(a), RecordKind.INCIDENTS)
                    .plus(CubeJson.fromJson(CubeJson.toJson(b), RecordKind.INCIDENTS));
            assertThat(shipped).isEqualTo(whole);
        }
    }

    @Test
    void toJson_againstTheBinaryForm_isLargerButTheSameCube() {
        Cube<IncidentMeasure> cube = sampleCubes().findFirst().orElseThrow();
        String json = CubeJson.toJson(cube);
        byte[] bytes = CubeCodec.toBytes(cube);

        assertThat(json.length()).isGreaterThan(bytes.length);
        assertThat(CubeJson.fromJson(json, RecordKind.INCIDENTS)).isEqualTo(CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    // ---- errors -------------------------------------------------------------------------

    private static void assertRejected(String json, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> CubeJson.fromJson(json, RecordKind.INCIDENTS));
        assertEquals(message, e.getMessage());
    }

    private static final String VALID = CubeJson.toJson(tiny(false));

    @Test
    void valid_isTheCountsOnlyTinyCube() {
        assertThat(VALID).isEqualTo("{\"kind\":\"incidents\",\"units\":2,\"periods\":[\"2024\"],\"width\":2,"
                + "\"detail\":false,\"rolledUp\":false,\"measures\":{\"COUNT\":[1,0,0,1]},\"distributions\":"
                + "{\"offsets\":[0],\"days\":[],\"counts\":[]}}");
        assertThat(CubeJson.fromJson(VALID, RecordKind.INCIDENTS)).isEqualTo(tiny(false));
    }

    @Test
    void malformedJson_isRejectedWithItsPosition() {
        assertRejected(VALID.substring(0, 40), "malformed JSON: Unexpected end-of-input within/between Object entries "
                + "(line 1, column 41)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "trailing comma | {\"kind\":\"incidents\",}  | malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name (line 1, column 21)",
        "not an object  | [1,2]                        | a cube is a JSON object, not an array (line 1, column 1)",
        "a number       | 42                           | a cube is a JSON object, not a whole number (line 1, column 1)",
        "empty          | ` `                          | the document is empty; a cube is a JSON object",
        "bad literal    | {\"kind\":incidents}        | malformed JSON: Unrecognized token 'incidents': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 9)"})
    void malformedOrNotAnObject_isRejected(String what, String json, String message) {
        assertRejected(json, message);
    }

    @Test
    void aSecondValue_isRejected() {
        assertRejected(VALID + " {}", "the document holds more than one JSON value (line 1, column 178)");
    }

    /** Each case edits one spot of {@link #VALID}: replaces {@code find} with {@code replacement}. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // fields: unknown, missing, repeated
        "\"rolledUp\"             | \"rolledup\"                       | unknown field rolledup; did you mean rolledUp? (line 1, column 75)",
        "\"width\":2,             | ``                                | the field width is missing (line 1, column 166)",
        "\"width\":2,             | \"width\":2,\"width\":3,            | the field width appears twice (line 1, column 60)",
        // values of the wrong type
        "\"units\":2              | \"units\":\"2\"                     | units must be a whole number, not a string (line 1, column 29)",
        "\"units\":2              | \"units\":-2                        | units is -2; it must be 0 to 2147483647 (line 1, column 29)",
        "\"detail\":false         | \"detail\":0                        | detail must be true or false, not a whole number (line 1, column 69)",
        "[1,0,0,1]                | [1,0,0.5,1]                       | measures.COUNT[2] must be a whole number, not a decimal number (line 1, column 117)",
        "\"periods\":[\"2024\"]     | \"periods\":\"2024\"                 | periods must be an array of period texts, not a string (line 1, column 41)",
        // a period that does not parse
        "[\"2024\"]                 | [\"2024-13\"]                       | periods[0]: \"2024-13\" is not a period: month must be 1..12 (line 1, column 42)",
        // well-formed, but not a valid cube: the cube's own checks
        "[1,0,0,1]                | [1,0,1]                           | COUNT has 3 cells, not 4 (2 units × 1 periods × 2)",
        "[1,0,0,1]                | [1,0,-1,1]                        | COUNT is negative (-1) in cell 2; a cube holds values of 0 or more",
        "\"COUNT\"                | \"COUNTS\"                          | unknown measure COUNTS; a cube of kind incidents with counts only holds [COUNT]; did you mean COUNT?",
        "\"incidents\"            | \"disputes\"                        | expected a cube of kind incidents, found \"disputes\"",
        "\"offsets\":[0]          | \"offsets\":[0,0,0]                 | an incident cube has 1 distribution offsets, not 3"})
    void fromJson_oneEditToAValidCube_isRejectedWithTheReason(String find, String replacement, String message) {
        assertRejected(VALID.replace(find, replacement), message);
    }

    @Test
    void nulls_areNamed() {
        var json = assertThrows(NullPointerException.class, () -> CubeJson.fromJson(null, RecordKind.INCIDENTS));
        assertEquals("json", json.getMessage());
        var cube = assertThrows(NullPointerException.class, () -> CubeJson.toJson(null));
        assertEquals("cube", cube.getMessage());
    }

    @Test
    void parts_ofATinyCube_listThePeriods() {
        assertThat(CubeCodec.partsOf(tiny(true)).periods()).isEqualTo(List.of(Period.ofYear(2024)));
    }

    @Test
    void toJson_disputeAndOutreachCubes_roundTripThroughTheSameCode() {
        Dataset data = SampleGenerator.of(SampleSpec.standard().withVillages(30).withIncidents(0).withDisputes(800)
                .withOutreach(300)).dataset();
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
        Cube<DisputeMeasure> disputes = RecordAggregation.aggregate(RecordStore.disputesOf(data), periods, 1)
                .rollUp(data.tree());
        Cube<OutreachMeasure> outreach = RecordAggregation.aggregate(RecordStore.outreachOf(data), periods, 1);

        String json = CubeJson.toJson(disputes);

        assertThat(json).startsWith("{\"kind\":\"disputes\",\"units\":").contains("\"OLD_BACKLOG\":[");
        assertThat(CubeJson.fromJson(json, RecordKind.DISPUTES)).isEqualTo(disputes);
        assertThat(CubeJson.fromJson(CubeJson.toJson(outreach), RecordKind.OUTREACH)).isEqualTo(outreach);
        assertEquals("expected a cube of kind outreach, found \"disputes\"", assertThrows(
                IllegalArgumentException.class, () -> CubeJson.fromJson(json, RecordKind.OUTREACH)).getMessage());
    }
}
