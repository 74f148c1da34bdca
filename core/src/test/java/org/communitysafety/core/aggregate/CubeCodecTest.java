package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.aggregate.CubeChecks.assertSameCube;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link CubeCodec}: round trips of random cubes through the bytes, a stream and the neutral
 * {@link CubeCodec.Parts}; the size of the binary form; and corrupt input, which must always be
 * an {@link IllegalArgumentException} with a message saying what is wrong.
 */
final class CubeCodecTest {
    private static final long SEED = 20240229L;
    private static final PeriodIndex YEAR = PeriodIndex.of(Period.ofYear(2024));

    /** Every state of the cube of each random case: detail or counts only, rolled up or not. */
    private static Stream<Cube<IncidentMeasure>> randomCubes() {
        return new Random(SEED).longs(80).mapToObj(RandomCases::generate).flatMap(c -> {
            IncidentStore store = c.store();
            Cube<IncidentMeasure> detail = IncidentAccumulator.create(c.tree().size(), c.taxonomy().size(), c.periods())
                    .add(store).snapshot();
            Cube<IncidentMeasure> counts = IncidentAccumulator.countsOnly(c.tree().size(), c.taxonomy().size(), c.periods())
                    .add(store).snapshot();
            return Stream.of(detail, counts, detail.rollUp(c.tree()), counts.rollUp(c.tree()));
        });
    }

    /** A small cube with a few of everything: 3 units × 2 periods × 2 categories. */
    private static Cube<IncidentMeasure> small() {
        Case c = RandomCases.generate(7, RandomCases.Periods.YEAR_AND_BASELINE, 40);
        return IncidentAggregation.aggregate(c.store(), c.periods(), 1);
    }

    // ---- round trips ------------------------------------------------------------------------

    @Test
    void bytes_randomCubes_roundTrip() {
        randomCubes().forEach(cube -> {
            byte[] bytes = CubeCodec.toBytes(cube);
            assertSameCube(CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS), cube, "%s", cube);
            assertThat(CubeCodec.toBytes(CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS))).isEqualTo(bytes);
        });
    }

    @Test
    void stream_randomCubesOneAfterAnother_readBackInOrder() throws IOException {
        List<Cube<IncidentMeasure>> cubes = randomCubes().limit(40).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Cube<IncidentMeasure> cube : cubes) {
            CubeCodec.write(cube, out);
        }
        out.write("after".getBytes(StandardCharsets.US_ASCII));

        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        for (Cube<IncidentMeasure> cube : cubes) {
            assertSameCube(CubeCodec.read(in, RecordKind.INCIDENTS), cube, "%s", cube);
        }
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("after");
    }

    @Test
    void parts_randomCubes_roundTrip() {
        randomCubes().forEach(cube -> {
            CubeCodec.Parts parts = CubeCodec.partsOf(cube);
            assertSameCube(CubeCodec.fromParts(parts, RecordKind.INCIDENTS), cube, "%s", cube);
            assertThat(CubeCodec.partsOf(CubeCodec.fromParts(parts, RecordKind.INCIDENTS))).isEqualTo(parts)
                    .hasSameHashCodeAs(parts);
        });
    }

    @Test
    void bytes_emptyCubes_roundTrip() {
        for (boolean detail : new boolean[] {true, false}) {
            for (PeriodIndex periods : List.of(YEAR, PeriodIndex.of(List.of()), PeriodIndex.monthsOf(2024, 2024))) {
                Cube<IncidentMeasure> empty = Cube.empty(RecordKind.INCIDENTS, 5, periods, 3, detail ? EnumSet.allOf(IncidentMeasure.class) : EnumSet.of(IncidentMeasure.COUNT));
                assertSameCube(CubeCodec.fromBytes(CubeCodec.toBytes(empty), RecordKind.INCIDENTS), empty, "%s", empty);
            }
        }
        Cube<IncidentMeasure> noUnits = Cube.empty(RecordKind.INCIDENTS, 0, YEAR, 1);
        assertSameCube(CubeCodec.fromBytes(CubeCodec.toBytes(noUnits), RecordKind.INCIDENTS), noUnits, "no units");
    }

    @Test
    void bytes_largestValues_roundTripExactly() {
        long[][] m = {{Long.MAX_VALUE, 0, 1, 127, 128, 16_383, 16_384, Long.MAX_VALUE - 1}};
        Cube<IncidentMeasure> cube = Cube.fromParts(RecordKind.INCIDENTS, new CubeParts("incidents", 2, YEAR, 4, false, false, m,
                new int[1], new int[0], new long[0]));

        Cube<IncidentMeasure> back = CubeCodec.fromBytes(CubeCodec.toBytes(cube), RecordKind.INCIDENTS);

        assertThat(back.count(0, 0, 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(back.count(1, 0, 3)).isEqualTo(Long.MAX_VALUE - 1);
        assertSameCube(back, cube, "largest values");
    }

    @Test
    void bytes_header_isAsDocumented() {
        byte[] bytes = CubeCodec.toBytes(Cube.empty(RecordKind.INCIDENTS, 1, YEAR, 1, EnumSet.of(IncidentMeasure.COUNT)));

        assertThat(Arrays.copyOf(bytes, 4)).isEqualTo("CSIC".getBytes(StandardCharsets.US_ASCII));
        assertThat(bytes[4]).isEqualTo((byte) CubeCodec.FORMAT_VERSION);
        assertThat(bytes[5]).isEqualTo((byte) 9);
        assertThat(new String(bytes, 6, 9, StandardCharsets.UTF_8)).isEqualTo("incidents");
        // body: units 1, width 1, flags 0, 1 period "2024", 1 measure of one zero (0, 0), 1 offset (0)
        byte[] body = {1, 1, 0, 1, 4, '2', '0', '2', '4', 1, 0, 0, 1, 0};
        assertThat(bytes[15]).isEqualTo((byte) body.length);
        assertThat(Arrays.copyOfRange(bytes, 16, 16 + body.length)).isEqualTo(body);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        long stored = ((bytes[bytes.length - 4] & 0xFFL) << 24) | ((bytes[bytes.length - 3] & 0xFF) << 16)
                | ((bytes[bytes.length - 2] & 0xFF) << 8) | (bytes[bytes.length - 1] & 0xFF);
        assertThat(stored).isEqualTo(crc.getValue());
        assertThat(bytes).hasSize(16 + body.length + 4);
    }

    // ---- size -------------------------------------------------------------------------------

    /** 8 bytes a cell of every measure: the size of the cube's arrays. */
    private static long rawBytes(Cube<IncidentMeasure> cube) {
        return 8L * cube.units() * cube.periods().size() * cube.width()
                * (cube.hasDetail() ? IncidentMeasure.values().length : 1);
    }

    @Test
    void bytes_standardSampleYearAndBaseline_areAFewPercentOfTheArrays() {
        Dataset data = SampleGenerator.of(SampleSpec.standard()).dataset();
        PeriodIndex years = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
        Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(IncidentStore.of(data), years, 1);
        Cube<IncidentMeasure> rolled = cube.rollUp(data.tree());

        byte[] bytes = CubeCodec.toBytes(cube);
        byte[] rolledBytes = CubeCodec.toBytes(rolled);

        assertThat(rawBytes(cube)).isEqualTo(8L * 557 * 2 * 18 * 7);
        assertThat((double) bytes.length / rawBytes(cube)).isLessThan(0.10);
        assertThat((double) rolledBytes.length / rawBytes(rolled)).isLessThan(0.10);
        assertSameCube(CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS), cube, "standard sample");
        assertSameCube(CubeCodec.fromBytes(rolledBytes, RecordKind.INCIDENTS), rolled, "standard sample, rolled up");
    }

    // ---- corrupt input ----------------------------------------------------------------------

    private static void assertRejected(String message, Executable read) {
        var e = assertThrows(IllegalArgumentException.class, read);
        assertEquals(message, e.getMessage());
    }

    @Test
    void fromBytes_empty_isRejected() {
        assertRejected("the input is empty; expected a cube starting with \"CSIC\"",
                () -> CubeCodec.fromBytes(new byte[0], RecordKind.INCIDENTS));
        assertRejected("the input is empty; expected a cube starting with \"CSIC\"",
                () -> CubeCodec.read(new ByteArrayInputStream(new byte[0]), RecordKind.INCIDENTS));
    }

    @Test
    void fromBytes_everyTruncation_isRejectedAsTruncated() throws IOException {
        byte[] bytes = CubeCodec.toBytes(small());
        for (int n = 1; n < bytes.length; n++) {
            byte[] cut = Arrays.copyOf(bytes, n);
            var e = assertThrows(IllegalArgumentException.class, () -> CubeCodec.fromBytes(cut, RecordKind.INCIDENTS),
                    "cut to " + n);
            assertThat(e.getMessage()).as("cut to %d", n).startsWith("the cube is truncated: ");
            var s = assertThrows(IllegalArgumentException.class,
                    () -> CubeCodec.read(new ByteArrayInputStream(cut), RecordKind.INCIDENTS), "cut to " + n);
            assertThat(s.getMessage()).as("stream cut to %d", n).startsWith("the cube is truncated: ");
        }
    }

    @Test
    void fromBytes_truncatedInTheBody_saysHowMuchIsMissing() {
        byte[] bytes = CubeCodec.toBytes(Cube.empty(RecordKind.INCIDENTS, 1, YEAR, 1, EnumSet.of(IncidentMeasure.COUNT)));

        assertRejected("the cube is truncated: its body length says 14 bytes, only 10 follow",
                () -> CubeCodec.fromBytes(Arrays.copyOf(bytes, 26), RecordKind.INCIDENTS));
        assertRejected("the cube is truncated: it ends in the checksum (byte 32)",
                () -> CubeCodec.fromBytes(Arrays.copyOf(bytes, 32), RecordKind.INCIDENTS));
        assertRejected("the cube is truncated: it ends in the kind (byte 8)",
                () -> CubeCodec.fromBytes(Arrays.copyOf(bytes, 8), RecordKind.INCIDENTS));
    }

    @Test
    void fromBytes_wrongMagic_isRejected() {
        byte[] json = "{\"kind\":\"incidents\"}".getBytes(StandardCharsets.UTF_8);
        assertRejected("not a cube: the input starts with 0x7b226b69, not \"CSIC\" (0x43534943)",
                () -> CubeCodec.fromBytes(json, RecordKind.INCIDENTS));
        assertRejected("not a cube: the input starts with 0x7b226b69, not \"CSIC\" (0x43534943)",
                () -> CubeCodec.read(new ByteArrayInputStream(json), RecordKind.INCIDENTS));
        assertRejected("not a cube: the input starts with 0x4358, not \"CSIC\" (0x43534943)",
                () -> CubeCodec.fromBytes(new byte[] {'C', 'X'}, RecordKind.INCIDENTS));
    }

    @Test
    void fromBytes_anotherVersion_isRejected() {
        byte[] bytes = CubeCodec.toBytes(small());
        bytes[4] = 2;
        assertRejected("the cube has format version 2; this library reads version 1",
                () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void fromBytes_flippedKind_isRejected() {
        byte[] bytes = CubeCodec.toBytes(small());
        bytes[14] ^= 1; // the last letter of "incidents"
        assertRejected("expected a cube of kind incidents, found \"incidentr\"",
                () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
        assertRejected("expected a cube of kind incidents, found \"incidentr\"",
                () -> CubeCodec.read(new ByteArrayInputStream(bytes), RecordKind.INCIDENTS));
    }

    @Test
    void fromBytes_cubeOfAnotherKind_isRejected() {
        CubeParts p = small().parts();
        byte[] disputes = CubeCodec.encode(new CubeParts("disputes", p.units(), p.periods(), p.width(), p.detail(),
                p.rolledUp(), p.measures(), p.distOffsets(), p.distDays(), p.distCounts()));

        assertRejected("expected a cube of kind incidents, found \"disputes\"",
                () -> CubeCodec.fromBytes(disputes, RecordKind.INCIDENTS));
        assertThat(CubeCodec.decode(disputes, "disputes").units()).isEqualTo(p.units());
    }

    @Test
    void fromBytes_everySingleFlippedBit_isRejected() {
        byte[] bytes = CubeCodec.toBytes(small());
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(IllegalArgumentException.class, () -> CubeCodec.fromBytes(flipped, RecordKind.INCIDENTS),
                    "bit " + bit + " flipped");
        }
    }

    @Test
    void fromBytes_aChangedValue_failsTheChecksum() {
        Cube<IncidentMeasure> cube = Cube.empty(RecordKind.INCIDENTS, 1, YEAR, 1, EnumSet.of(IncidentMeasure.COUNT));
        byte[] bytes = CubeCodec.toBytes(cube);
        bytes[26] = 1; // the zero of the single count becomes the value 1

        var e = assertThrows(IllegalArgumentException.class, () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
        assertThat(e.getMessage()).matches("the cube is corrupt: the CRC-32 of its 30 bytes is [0-9a-f]{8}, the "
                + "stored one [0-9a-f]{8}");
    }

    @Test
    void fromBytes_bytesAfterTheCube_areRejected() {
        byte[] bytes = CubeCodec.toBytes(Cube.empty(RecordKind.INCIDENTS, 1, YEAR, 1, EnumSet.of(IncidentMeasure.COUNT)));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);

        assertRejected("the input goes on after the cube: 2 more byte(s) from byte 34",
                () -> CubeCodec.fromBytes(longer, RecordKind.INCIDENTS));
    }

    // ---- bodies with a valid checksum but invalid content -----------------------------------

    /** A cube of kind incidents with the given body and a correct checksum. */
    private static byte[] crafted(Consumer<ByteSink> body) {
        ByteSink b = new ByteSink(64);
        body.accept(b);
        return CubeCodec.framed("incidents", b);
    }

    /** Units 1, width 2, the given flags, the period 2024. */
    private static void shape(ByteSink b, int flags) {
        shape(b, 2, flags, "2024");
    }

    /** Units 1, the given width and flags, then the period texts as written. */
    private static void shape(ByteSink b, int width, int flags, String... periods) {
        b.varint(1, "units");
        b.varint(width, "width");
        b.u8(flags);
        b.varint(periods.length, "periods");
        for (String period : periods) {
            b.string(period);
        }
    }

    @Test
    void body_aZeroRunPastTheEnd_isRejected() {
        byte[] bytes = crafted(b -> {
            shape(b, 0);
            b.varint(1, "measures");
            b.u8(0);
            b.varint(2, "run"); // 3 zeros in 2 cells
        });
        assertRejected("the measure 0 at byte 27 has a run of 3 zeros at cell 0, past its 2 cells",
                () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_unknownFlags_areRejected() {
        byte[] bytes = crafted(b -> shape(b, 4));
        assertRejected("the flags 04 have unknown bits", () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_aPeriodThatDoesNotParse_isRejected() {
        byte[] bytes = crafted(b -> shape(b, 2, 0, "2024-13"));
        assertRejected("period 0 of the cube: \"2024-13\" is not a period: month must be 1..12",
                () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_repeatedPeriods_areRejected() {
        byte[] bytes = crafted(b -> shape(b, 1, 0, "2024", "2024"));
        assertRejected("the cube's periods: period 2024 appears twice in [2024, 2024]; each must appear once",
                () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_aVarintOfTenBytes_isRejected() {
        byte[] bytes = crafted(b -> {
            for (int i = 0; i < 9; i++) {
                b.u8(0xFF);
            }
            b.u8(1);
        });
        assertRejected("the units at byte 16 is not a varint of at most 9 bytes",
                () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_moreItemsThanBytes_isRejected() {
        byte[] bytes = crafted(b -> {
            b.varint(1, "units");
            b.varint(1, "width");
            b.u8(0);
            b.varint(1_000_000, "periods");
        });
        assertRejected("the period count at byte 19 is 1000000, more than the 0 bytes left can hold",
                () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    /** A counts-only cube of 1 unit × 2024 × 2 categories with the given distribution section. */
    private static byte[] countsWithDistributions(Consumer<ByteSink> distributions) {
        return crafted(b -> {
            shape(b, 0);
            b.varint(1, "measures");
            b.varint(3, "count");
            b.varint(4, "count");
            distributions.accept(b);
        });
    }

    private static void detailWithDistribution(ByteSink b, int[] offsetDeltas, int[] days, long[] counts) {
        shape(b, 1);
        b.varint(7, "measures");
        for (int k = 0; k < 7; k++) {
            b.u8(0);
            b.varint(1, "run");
        }
        b.varint(offsetDeltas.length, "offsets");
        for (int d : offsetDeltas) {
            b.varint(d, "delta");
        }
        for (int d : days) {
            b.varint(d, "day");
        }
        for (long c : counts) {
            b.varint(c, "count");
        }
    }

    @Test
    void body_distributionsOfACountsOnlyCube_mustBeEmpty() {
        byte[] ok = countsWithDistributions(b -> {
            b.varint(1, "offsets");
            b.varint(0, "offset");
        });
        assertThat(CubeCodec.fromBytes(ok, RecordKind.INCIDENTS).count(0, 0, 1)).isEqualTo(4);

        byte[] bytes = countsWithDistributions(b -> {
            b.varint(2, "offsets");
            b.varint(0, "offset");
            b.varint(0, "offset");
        });
        assertRejected("an incident cube has 1 distribution offsets, not 2", () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_validDistribution_isRead() {
        byte[] bytes = crafted(b -> detailWithDistribution(b, new int[] {0, 2}, new int[] {1, 9}, new long[] {3, 1}));

        assertThat(CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS).distribution(0, 0)).isEqualTo(DayDistribution.ofValues(1, 1, 1,
                9));
    }

    @Test
    void body_distributionDaysNotIncreasing_areRejected() {
        byte[] bytes = crafted(b -> detailWithDistribution(b, new int[] {0, 2}, new int[] {9, 1}, new long[] {1, 1}));
        assertRejected("distribution 0 is not increasing days of 0 or more with positive counts: day 1, count 1 at "
                + "entry 1", () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_aCountOfZero_isRejected() {
        byte[] bytes = crafted(b -> detailWithDistribution(b, new int[] {0, 1}, new int[] {4}, new long[] {0}));
        assertRejected("distribution 0 is not increasing days of 0 or more with positive counts: day 4, count 0 at "
                + "entry 0", () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_firstOffsetNotZero_isRejected() {
        byte[] bytes = crafted(b -> detailWithDistribution(b, new int[] {1, 0}, new int[] {4}, new long[] {1}));
        assertRejected("the first distribution offset must be 0, not 1", () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    @Test
    void body_bytesLeftOver_areRejected() {
        byte[] bytes = crafted(b -> {
            detailWithDistribution(b, new int[] {0, 1}, new int[] {4}, new long[] {1});
            b.u8(0);
        });
        assertRejected("1 byte(s) left over after the distributions, from byte 45",
                () -> CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS));
    }

    // ---- the neutral view -------------------------------------------------------------------

    @Test
    void partsOf_namesTheMeasuresInOrder() {
        Cube<IncidentMeasure> cube = small();

        assertThat(CubeCodec.partsOf(cube).measures().keySet()).containsExactly("COUNT", "CRIMINAL", "CLEARED",
                "REPEAT_CALLS", "CLEARANCES", "LOSS_FEN", "RECOVERED_FEN");
        CubeCodec.Parts counts = CubeCodec.partsOf(Cube.empty(RecordKind.INCIDENTS, 2, YEAR, 3, EnumSet.of(IncidentMeasure.COUNT)));
        assertThat(counts.measures().keySet()).containsExactly("COUNT");
        assertThat(counts.distOffsets()).containsExactly(0);
        assertThat(counts).hasToString("Parts[incidents: 2 units × 1 periods × 3, counts only, measures [COUNT], 0 "
                + "distribution entries]");
    }

    @Test
    void parts_areCopiedInAndOut() {
        long[] count = {1, 2};
        Map<String, long[]> measures = new LinkedHashMap<>();
        measures.put("COUNT", count);
        CubeCodec.Parts parts = new CubeCodec.Parts("incidents", 1, List.of(Period.ofYear(2024)), 2, false, false,
                measures, new int[] {0}, new int[0], new long[0]);
        count[0] = 99;
        measures.clear();
        parts.measures().get("COUNT")[1] = 99;
        parts.measure("COUNT")[1] = 99;
        parts.distOffsets()[0] = 99;

        assertThat(parts.measure("COUNT")).containsExactly(1, 2);
        assertThat(parts.distOffsets()).containsExactly(0);
        assertThat(CubeCodec.fromParts(parts, RecordKind.INCIDENTS).count(0, 0, 1)).isEqualTo(2);
        assertRejected("no measure COUNTS among [COUNT]; did you mean COUNT?", () -> parts.measure("COUNTS"));
    }

    private static CubeCodec.Parts withMeasures(CubeCodec.Parts p, Map<String, long[]> measures) {
        return new CubeCodec.Parts(p.kind(), p.units(), p.periods(), p.width(), p.detail(), p.rolledUp(), measures,
                p.distOffsets(), p.distDays(), p.distCounts());
    }

    @Test
    void incidents_aMissingMeasure_isRejected() {
        CubeCodec.Parts p = CubeCodec.partsOf(small());
        Map<String, long[]> measures = new LinkedHashMap<>(p.measures());
        measures.remove("CLEARED");

        assertRejected("the measure CLEARED is missing; a cube of kind incidents with detail holds [COUNT, CRIMINAL, "
                + "CLEARED, REPEAT_CALLS, CLEARANCES, LOSS_FEN, RECOVERED_FEN]",
                () -> CubeCodec.fromParts(withMeasures(p, measures), RecordKind.INCIDENTS));
    }

    @Test
    void incidents_anUnknownMeasure_isRejectedWithASuggestion() {
        CubeCodec.Parts p = CubeCodec.partsOf(Cube.empty(RecordKind.INCIDENTS, 2, YEAR, 3, EnumSet.of(IncidentMeasure.COUNT)));
        Map<String, long[]> measures = new LinkedHashMap<>(p.measures());
        measures.put("CLEARD", new long[6]);

        assertRejected("unknown measure CLEARD; a cube of kind incidents with counts only holds [COUNT]",
                () -> CubeCodec.fromParts(withMeasures(p, measures), RecordKind.INCIDENTS));
        measures.remove("CLEARD");
        measures.put("COUNTS", new long[6]);
        assertRejected("unknown measure COUNTS; a cube of kind incidents with counts only holds [COUNT]; did you mean "
                + "COUNT?", () -> CubeCodec.fromParts(withMeasures(p, measures), RecordKind.INCIDENTS));
    }

    @Test
    void incidents_aNegativeOrMisSizedMeasure_isRejected() {
        CubeCodec.Parts p = CubeCodec.partsOf(Cube.empty(RecordKind.INCIDENTS, 2, YEAR, 3));
        Map<String, long[]> measures = new LinkedHashMap<>(p.measures());
        measures.put("LOSS_FEN", new long[] {0, 0, 0, -5, 0, 0});

        assertRejected("LOSS_FEN is negative (-5) in cell 3; a cube holds values of 0 or more",
                () -> CubeCodec.fromParts(withMeasures(p, measures), RecordKind.INCIDENTS));
        measures.put("LOSS_FEN", new long[5]);
        assertRejected("LOSS_FEN has 5 cells, not 6 (2 units × 1 periods × 3)",
                () -> CubeCodec.fromParts(withMeasures(p, measures), RecordKind.INCIDENTS));
    }

    @Test
    void incidents_anotherKind_isRejected() {
        CubeCodec.Parts p = CubeCodec.partsOf(small());
        CubeCodec.Parts outreach = new CubeCodec.Parts("outreach", p.units(), p.periods(), p.width(), p.detail(),
                p.rolledUp(), p.measures(), p.distOffsets(), p.distDays(), p.distCounts());

        assertRejected("expected a cube of kind incidents, found \"outreach\"", () -> CubeCodec.fromParts(outreach, RecordKind.INCIDENTS));
    }

    @Test
    void incidents_offsetsThatDecrease_areRejected() {
        Cube<IncidentMeasure> cube = Cube.empty(RecordKind.INCIDENTS, 2, YEAR, 1);
        CubeCodec.Parts p = CubeCodec.partsOf(cube);
        CubeCodec.Parts bad = new CubeCodec.Parts(p.kind(), p.units(), p.periods(), p.width(), p.detail(),
                p.rolledUp(), p.measures(), new int[] {0, 2, 1}, new int[] {1}, new long[] {1});

        assertRejected("distribution offset 2 (1) is below the one before (2)", () -> CubeCodec.fromParts(bad, RecordKind.INCIDENTS));
    }

    @Test
    void nulls_areNamed() {
        var cube = assertThrows(NullPointerException.class, () -> CubeCodec.toBytes((Cube<IncidentMeasure>) null));
        assertEquals("cube", cube.getMessage());
        var bytes = assertThrows(NullPointerException.class, () -> CubeCodec.fromBytes(null, RecordKind.INCIDENTS));
        assertEquals("bytes", bytes.getMessage());
        var parts = assertThrows(NullPointerException.class, () -> CubeCodec.fromParts(null, RecordKind.INCIDENTS));
        assertEquals("parts", parts.getMessage());
    }
}
