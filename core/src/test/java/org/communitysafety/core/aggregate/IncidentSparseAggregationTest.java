package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitysafety.core.aggregate.CubeChecks.assertSameCube;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.aggregate.RandomCases.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unit-ranged sparse aggregation ({@link IncidentAggregation#aggregateSparse}) makes the very
 * cube of the dense pass made sparse ({@code aggregate(...).sparse()}): the same figures, the
 * same distributions, the same sparse cells entry for entry, the same bytes serialised and the
 * same roll-up — over seeded random cases ({@link RandomCases}: units with no rows, several
 * periods overlapping or not, every measure set the indicators use and random others) with
 * ranges of one unit (every unit at a range boundary), of a few units, and of the default size,
 * on one to three threads. Each failure names its seed.
 */
final class IncidentSparseAggregationTest {
    private static final long SEED = 20261206L;
    private static final int CASES = 200;
    private static final IncidentMeasure[] ALL = IncidentMeasure.values();

    /** Every measure, COUNT alone, the groups {@code Aggregates} asks for, and a random set with COUNT. */
    private static List<Set<IncidentMeasure>> measureSets(Random r) {
        List<Set<IncidentMeasure>> sets = new ArrayList<>();
        sets.add(EnumSet.allOf(IncidentMeasure.class));
        sets.add(EnumSet.of(IncidentMeasure.COUNT));
        sets.add(EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED, IncidentMeasure.REPEAT_CALLS));
        sets.add(EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARANCES));
        sets.add(EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.LOSS_FEN, IncidentMeasure.RECOVERED_FEN));
        Set<IncidentMeasure> random = EnumSet.of(IncidentMeasure.COUNT);
        for (IncidentMeasure m : ALL) {
            if (r.nextBoolean()) {
                random.add(m);
            }
        }
        sets.add(random);
        return sets;
    }

    /** Range sizes in cells a measure: one unit a range, two units, a random few, and the default. */
    private static int[] rangeCells(Case c, Random r) {
        int unitCells = Math.max(1, c.periods().size() * c.taxonomy().size());
        return new int[] {1, 2 * unitCells, unitCells * (1 + r.nextInt(c.tree().size())) + r.nextInt(unitCells),
                IncidentAggregation.RANGE_CELLS};
    }

    /** {@code sparse} is {@code dense.sparse()} in every respect: figures, cells, bytes, roll-up. */
    private static void assertSameAsDenseMadeSparse(Cube<IncidentMeasure> sparse, Cube<IncidentMeasure> dense,
            Case c, String what) {
        Cube<IncidentMeasure> expected = dense.sparse();
        assertThat(sparse.isSparse()).as("%s %s", c, what).isTrue();
        assertSameCube(sparse, dense, "%s %s", c, what);
        assertThat(sparse.measures()).as("%s %s", c, what).isEqualTo(dense.measures());
        assertThat(sparse.hashCode()).as("%s %s", c, what).isEqualTo(dense.hashCode());
        SparseCells a = sparse.cells();
        SparseCells b = expected.cells();
        assertThat(a.start).as("%s %s: key starts", c, what).isEqualTo(b.start);
        assertThat(a.column).as("%s %s: columns", c, what).isEqualTo(b.column);
        assertThat(a.values).as("%s %s: values", c, what).isDeepEqualTo(b.values);
        if (dense.hasDetail() || dense.measures().equals(EnumSet.of(IncidentMeasure.COUNT))) {   // the codec's forms
            assertThat(CubeCodec.toBytes(sparse)).as("%s %s: bytes", c, what).isEqualTo(CubeCodec.toBytes(expected));
        }
        Cube<IncidentMeasure> rolled = sparse.rollUp(c.tree());
        assertSameCube(rolled, dense.rollUp(c.tree()), "%s %s rolled up", c, what);
        assertSameCube(sparse.rollUp(c.tree(), 2), rolled, "%s %s rolled up on two threads", c, what);
        assertSameCube(dense.rollUp(c.tree(), 3), rolled, "%s %s dense, rolled up on three threads", c, what);
        assertThat(rolled.cells().values).as("%s %s rolled up", c, what)
                .isDeepEqualTo(expected.rollUp(c.tree()).cells().values);
    }

    @Test
    void aggregateSparse_randomCases_sameCubeAsDenseMadeSparse() {
        int[] unitsWithNoRows = {0};
        new Random(SEED).longs(CASES).mapToObj(RandomCases::generate).forEach(c -> {
            Random r = new Random(c.seed());
            IncidentStore store = c.store();
            for (int u = 0; u < store.unitCount(); u++) {
                unitsWithNoRows[0] += store.rowsFrom(u) == store.rowsFrom(u + 1) ? 1 : 0;
            }
            for (Set<IncidentMeasure> measures : measureSets(r)) {
                Cube<IncidentMeasure> dense = IncidentAggregation.aggregate(store, c.periods(), measures, 1);
                for (int cells : rangeCells(c, r)) {
                    int mask = RecordKind.INCIDENTS.maskOf(measures);
                    assertSameAsDenseMadeSparse(IncidentAggregation.sparse(store, c.periods(), mask, 1, cells), dense,
                            c, measures + ", ranges of " + cells + " cells");
                }
                assertSameAsDenseMadeSparse(IncidentAggregation.aggregateSparse(store, c.periods(), measures, 1),
                        dense, c, measures + ", default ranges");
            }
        });
        assertThat(unitsWithNoRows[0]).as("units with no rows among the cases").isGreaterThan(100);
    }

    /** IncidentCubePropertyTest's cases of 20,000 incidents or more, so that the ranges are split over threads. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.communitysafety.core.aggregate.IncidentCubePropertyTest#largeCases")
    void aggregateSparse_oneTwoAndThreeThreads_sameCubeAsDenseMadeSparse(Case c) {
        IncidentStore store = c.store();
        Random r = new Random(c.seed());
        for (Set<IncidentMeasure> measures : measureSets(r)) {
            Cube<IncidentMeasure> dense = IncidentAggregation.aggregate(store, c.periods(), measures, 1);
            int mask = RecordKind.INCIDENTS.maskOf(measures);
            for (int threads = 1; threads <= 3; threads++) {
                for (int cells : rangeCells(c, r)) {
                    assertSameAsDenseMadeSparse(IncidentAggregation.sparse(store, c.periods(), mask, threads, cells),
                            dense, c, measures + ", " + threads + " threads, ranges of " + cells + " cells");
                }
            }
        }
    }

    @Test
    void aggregateSparse_noCount_namesTheRule() {
        RandomCases.Case c = RandomCases.generate(SEED, Periods.YEAR_AND_BASELINE, 10);
        assertThatThrownBy(() -> IncidentAggregation.aggregateSparse(c.store(), c.periods(),
                EnumSet.of(IncidentMeasure.CLEARED), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the measures [CLEARED] must include COUNT");
    }

    @Test
    void aggregateSparse_noThreads_isRejected() {
        RandomCases.Case c = RandomCases.generate(SEED, Periods.YEAR_AND_BASELINE, 10);
        assertThatThrownBy(() -> IncidentAggregation.aggregateSparse(c.store(), c.periods(),
                EnumSet.of(IncidentMeasure.COUNT), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, got 0");
    }
}
