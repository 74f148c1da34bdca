package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordAggregation#byUnitRanges}, the dispute and outreach pass of a large tree by ranges
 * of units, against the chunked pass ({@link RecordAccumulator}, dense and hashed): the same
 * figures, hash, sparse cells entry for entry (the hashed snapshot's), distributions, bytes and
 * roll-up, over seeded random cases (units with no records, every unit at a range boundary,
 * overlapping, disjoint, mixed and empty periods, open and old disputes, sums past 2³¹) and
 * larger ones on 1, 2 and 3 threads; and {@link RecordAggregation#aggregate} taking that path
 * for a tree whose accumulators would hash.
 */
final class RecordRangeAggregationTest {
    private static final long SEED = 0x7EE3_6A11L;
    private static final int CASES = 200;

    /** Range sizes in cells: one unit a range, two units, a random number, and the default. */
    private static int[] rangeCells(RecordKind<?> kind, int units, PeriodIndex periods, Random r) {
        int unitCells = Math.max(1, periods.size() * kind.fixedWidth());
        return new int[] {1, 2 * unitCells, unitCells * (1 + r.nextInt(units)) + r.nextInt(unitCells),
                RecordAggregation.RANGE_CELLS};
    }

    /** The hashed accumulators' cube of {@code store} over rows split in {@code parts} chunks, merged. */
    private static <M extends Enum<M>> Cube<M> hashed(RecordStore<M> store, PeriodIndex periods, int parts) {
        RecordAccumulator<M> acc = RecordAccumulator.create(store.kind(), store.unitCount(), periods, true);
        for (int k = 0; k < parts; k++) {
            RecordAccumulator<M> part = RecordAccumulator.create(store.kind(), store.unitCount(), periods, true);
            acc.merge(part.add(store, store.size() * k / parts, store.size() * (k + 1) / parts));
        }
        return acc.snapshot();
    }

    /** {@code ranged} is the hashed pass's cube in every respect, and the dense pass's in figures. */
    private static <M extends Enum<M>> void assertSameAsHashed(Cube<M> ranged, RecordStore<M> store,
            PeriodIndex periods, JurisdictionTree tree, boolean everyCell, String what) {
        Cube<M> hashed = hashed(store, periods, 2);
        Cube<M> dense = RecordAccumulator.create(store.kind(), store.unitCount(), periods, false).add(store)
                .snapshot();
        assertThat(ranged.isSparse()).as(what).isTrue();
        assertThat(ranged).as(what).isEqualTo(dense).isEqualTo(hashed);
        assertThat(ranged.hashCode()).as(what).isEqualTo(dense.hashCode());
        assertThat(ranged.measures()).as(what).isEqualTo(dense.measures());
        assertThat(ranged.cells().start).as("%s: key starts", what).isEqualTo(hashed.cells().start);
        assertThat(ranged.cells().column).as("%s: columns", what).isEqualTo(hashed.cells().column);
        assertThat(ranged.cells().values).as("%s: values", what).isDeepEqualTo(hashed.cells().values);
        for (int u = 0; u < dense.units() && everyCell; u++) {   // besides equals: each read, cell by cell
            for (int p = 0; p < periods.size(); p++) {
                for (M m : dense.measures()) {
                    for (int c = 0; c < dense.width(); c++) {
                        int unit = u;
                        int period = p;
                        int column = c;
                        assertEquals(dense.get(m, u, p, c), ranged.get(m, u, p, c),
                                () -> what + ": " + m + " of unit " + unit + " in period " + period + ", column " + column);
                    }
                }
                if (dense.kind().distributionMeasure().isPresent()) {
                    assertThat(ranged.distribution(u, p)).as("%s: days of unit %d in %s", what, u, periods.period(p))
                            .isEqualTo(dense.distribution(u, p));
                }
            }
        }
        assertThat(CubeCodec.toBytes(ranged)).as("%s: bytes", what).isEqualTo(CubeCodec.toBytes(hashed))
                .isEqualTo(CubeCodec.toBytes(dense));
        Cube<M> rolled = ranged.rollUp(tree);
        assertThat(rolled).as("%s rolled up", what).isEqualTo(dense.rollUp(tree));
        assertThat(rolled.cells().values).as("%s rolled up", what).isDeepEqualTo(hashed.rollUp(tree).cells().values);
        assertThat(CubeCodec.toBytes(rolled)).as("%s rolled up: bytes", what)
                .isEqualTo(CubeCodec.toBytes(dense.rollUp(tree)));
    }

    private static <M extends Enum<M>> void randomCases(Function<Random, Case<M>> generate) {
        int[] unitsWithNoRecords = {0};
        Random seeds = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Random r = new Random(seeds.nextLong());
            Case<M> c = generate.apply(r);
            for (int u = 0; u < c.tree.size(); u++) {
                int unit = u;
                unitsWithNoRecords[0] += java.util.stream.IntStream.range(0, c.store.size())
                        .noneMatch(row -> c.store.unit(row) == unit) ? 1 : 0;
            }
            for (int cells : rangeCells(c.store.kind(), c.tree.size(), c.periods, r)) {
                for (int threads = 1; threads <= 3; threads++) {
                    Cube<M> ranged = RecordAggregation.byUnitRanges(c.store, c.periods, threads, cells);
                    assertSameAsHashed(ranged, c.store, c.periods, c.tree, threads == 1,
                            "case " + i + " (" + c.store + ", " + c.periods.periods() + "), " + cells + " cells a range, "
                                    + threads + " threads");
                }
            }
        }
        assertThat(unitsWithNoRecords[0]).as("units with no records across the cases").isGreaterThan(CASES);
    }

    private record Case<M extends Enum<M>>(JurisdictionTree tree, PeriodIndex periods, RecordStore<M> store) {}

    private static Case<DisputeMeasure> disputeCase(Random r, JurisdictionTree tree, int n) {
        PeriodIndex periods = DisputeOutreachCases.periods(r);
        DisputeStoreBuilder b = RecordStore.disputeBuilder(tree);
        DisputeOutreachCases.disputes(r, tree, periods, n).forEach(b::add);
        return new Case<>(tree, periods, b.build());
    }

    private static Case<OutreachMeasure> outreachCase(Random r, JurisdictionTree tree, int n) {
        PeriodIndex periods = DisputeOutreachCases.periods(r);
        OutreachStoreBuilder b = RecordStore.outreachBuilder(tree);
        DisputeOutreachCases.outreach(r, tree, periods, n).forEach(b::add);
        return new Case<>(tree, periods, b.build());
    }

    @Test
    void byUnitRanges_randomDisputes_sameCubeAsHashedAndDense() {
        randomCases(r -> disputeCase(r, DisputeOutreachCases.tree(r), r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(300)));
    }

    @Test
    void byUnitRanges_randomOutreach_sameCubeAsHashedAndDense() {
        randomCases(r -> outreachCase(r, DisputeOutreachCases.tree(r), r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(300)));
    }

    /** A city of {@code towns} towns of {@code villages} villages each: a wider tree than the random forests. */
    private static JurisdictionTree wide(int towns, int villages) {
        List<Jurisdiction> units = new ArrayList<>();
        units.add(Jurisdiction.root("C", "city", Level.CITY));
        for (int t = 0; t < towns; t++) {
            units.add(Jurisdiction.of("T" + t, "town " + t, Level.TOWN, "C"));
            for (int v = 0; v < villages; v++) {
                units.add(Jurisdiction.of("T" + t + "V" + v, "village " + t + "-" + v, Level.VILLAGE, "T" + t));
            }
        }
        return JurisdictionTree.of(units);
    }

    @Test
    void byUnitRanges_largerCasesOnSeveralThreads_sameCubeAsHashedAndDense() {
        Random seeds = new Random(SEED + 1);
        JurisdictionTree tree = wide(30, 100);
        for (int i = 0; i < 4; i++) {
            Random r = new Random(seeds.nextLong());
            int n = 20_000 + r.nextInt(25_000);
            Case<DisputeMeasure> d = disputeCase(r, tree, n);
            Case<OutreachMeasure> o = outreachCase(r, tree, n);
            for (int threads = 1; threads <= 3; threads++) {
                int held = 1 + r.nextInt(200);
                assertSameAsHashed(RecordAggregation.byUnitRanges(d.store, d.periods, threads,
                        held * d.periods.size() * DisputeOutreachCases.DISPUTE_TYPES), d.store, d.periods, tree, threads == 1,
                        "disputes " + i + ", " + held + " units a range, " + threads + " threads");
                assertSameAsHashed(RecordAggregation.byUnitRanges(o.store, o.periods, threads,
                        held * o.periods.size() * DisputeOutreachCases.OUTREACH_TYPES), o.store, o.periods, tree, threads == 1,
                        "outreach " + i + ", " + held + " units a range, " + threads + " threads");
            }
        }
    }

    @Test
    void aggregate_treeWhoseAccumulatorsWouldHash_takesTheRangesWithTheSameCube() {
        JurisdictionTree tree = wide(100, 1_000);   // 100,101 units: 2 years × 10 types × 9 measures > DENSE_SUMS
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
        Random r = new Random(SEED + 2);
        DisputeStoreBuilder b = RecordStore.disputeBuilder(tree);
        DisputeOutreachCases.disputes(r, tree, periods, 70_000).forEach(b::add);
        RecordStore<DisputeMeasure> store = b.build();
        long sums = (long) tree.size() * periods.size() * DisputeOutreachCases.DISPUTE_TYPES
                * DisputeMeasure.values().length;
        assertThat(sums).isGreaterThan(RecordAccumulator.DENSE_SUMS);
        assertThat(32L * store.size()).isGreaterThanOrEqualTo(sums / DisputeMeasure.values().length);

        Cube<DisputeMeasure> cube = RecordAggregation.aggregate(store, periods, 2);
        Cube<DisputeMeasure> hashed = RecordAggregation.chunked(store, periods, 2);
        assertThat(cube).isEqualTo(hashed);
        assertThat(cube.cells().start).isEqualTo(hashed.cells().start);
        assertThat(cube.cells().column).isEqualTo(hashed.cells().column);
        assertThat(cube.cells().values).isDeepEqualTo(hashed.cells().values);
        assertThat(CubeCodec.toBytes(cube)).isEqualTo(CubeCodec.toBytes(hashed));
        assertThat(CubeCodec.toBytes(cube.rollUp(tree))).isEqualTo(CubeCodec.toBytes(hashed.rollUp(tree)));
    }
}
