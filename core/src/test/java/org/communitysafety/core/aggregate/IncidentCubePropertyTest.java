package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.aggregate.CubeChecks.assertMatchesNaive;
import static org.communitysafety.core.aggregate.CubeChecks.assertSameCube;

import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.aggregate.RandomCases.Periods;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of the incident aggregation, checked over seeded random inputs ({@link RandomCases}):
 * the cube equals the naive reference ({@link NaiveIncidents}) in every cell, splitting the
 * input and merging gives the whole, {@link Cube<IncidentMeasure>#plus} is commutative and associative
 * with {@link Cube<IncidentMeasure>#empty} as identity, more threads give the same cube, and after
 * {@link Cube<IncidentMeasure>#rollUp} every unit is its own figures plus its children's and equals the
 * naive figure over its subtree. Each failure names its seed.
 */
final class IncidentCubePropertyTest {
    private static final long SEED = 20240229L;
    private static final int CASES = 200;

    /** The seeds of the random cases; each case derives everything from its seed. */
    static LongStream seeds() {
        return new Random(SEED).longs(CASES);
    }

    /** Cases of every period kind: overlapping, disjoint, mixed and none. */
    static Stream<Case> cases() {
        return seeds().mapToObj(RandomCases::generate);
    }

    private static IncidentAccumulator accumulator(Case c, boolean detail) {
        return detail ? IncidentAccumulator.create(c.tree().size(), c.taxonomy().size(), c.periods())
                : IncidentAccumulator.countsOnly(c.tree().size(), c.taxonomy().size(), c.periods());
    }

    private static Cube<IncidentMeasure> whole(Case c, IncidentStore store, boolean detail) {
        return accumulator(c, detail).add(store).snapshot();
    }

    /** Sorted random cut points 0 = cut[0] ≤ ... ≤ cut[k] = n; repeats make empty parts. */
    private static int[] cuts(Random r, int n) {
        int[] cut = new int[2 + r.nextInt(6)];
        for (int i = 1; i < cut.length - 1; i++) {
            cut[i] = r.nextInt(n + 1);
        }
        cut[cut.length - 1] = n;
        Arrays.sort(cut);
        return cut;
    }

    // ---- against the naive reference ------------------------------------------------------

    @Test
    void snapshot_randomInputs_equalsNaiveInEveryCell() {
        cases().forEach(c -> {
            Cube<IncidentMeasure> cube = whole(c, c.store(), true);
            assertThat(cube.hasDetail()).isTrue();
            assertMatchesNaive(cube, c, false);
        });
    }

    @Test
    void countsOnly_randomInputs_equalsNaiveCounts() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            Cube<IncidentMeasure> counts = whole(c, store, false);
            assertThat(counts.hasDetail()).isFalse();
            assertMatchesNaive(counts, c, false);
            assertSameCube(IncidentAggregation.counts(store, c.periods(), 1), counts, "%s", c);
        });
    }

    @Test
    void countsOnly_sameCountsAsDetail() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            Cube<IncidentMeasure> detail = whole(c, store, true);
            Cube<IncidentMeasure> counts = whole(c, store, false);
            for (int u = 0; u < detail.units(); u++) {
                for (int p = 0; p < detail.periods().size(); p++) {
                    for (int k = 0; k < detail.width(); k++) {
                        assertThat(counts.count(u, p, k)).as("%s (%d, %d, %d)", c, u, p, k)
                                .isEqualTo(detail.count(u, p, k));
                    }
                }
            }
        });
    }

    @Test
    void snapshot_storeInAnyOrder_isTheSame() {
        cases().limit(50).forEach(c -> {
            List<Incident> shuffled = new ArrayList<>(c.incidents());
            Collections.shuffle(shuffled, new Random(c.seed()));
            Case reordered = new Case(c.seed(), c.kind(), c.tree(), c.taxonomy(), c.periods(), shuffled);
            assertSameCube(whole(reordered, reordered.store(), true), whole(c, c.store(), true), "%s", c);
        });
    }

    // ---- merging -------------------------------------------------------------------------

    @Test
    void merge_accumulatorsOfRandomParts_equalsWhole() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            Random r = new Random(c.seed() ^ 1);
            for (boolean detail : new boolean[] {true, false}) {
                int[] cut = cuts(r, store.size());
                List<IncidentAccumulator> parts = new ArrayList<>();
                for (int i = 0; i + 1 < cut.length; i++) {
                    parts.add(accumulator(c, detail).add(store, cut[i], cut[i + 1]));
                }
                Collections.shuffle(parts, r);
                IncidentAccumulator total = accumulator(c, detail);
                parts.forEach(total::merge);
                assertSameCube(total.snapshot(), whole(c, store, detail), "%s, detail %s, cuts %s", c, detail,
                        Arrays.toString(cut));
            }
        });
    }

    @Test
    void add_consecutiveRangesIntoOneAccumulator_equalsWhole() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            int[] cut = cuts(new Random(c.seed() ^ 2), store.size());
            IncidentAccumulator acc = accumulator(c, true);
            for (int i = 0; i + 1 < cut.length; i++) {
                acc.add(store, cut[i], cut[i + 1]);
            }
            assertSameCube(acc.snapshot(), whole(c, store, true), "%s, cuts %s", c, Arrays.toString(cut));
        });
    }

    @Test
    void plus_snapshotsOfRandomParts_equalsWhole() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            Random r = new Random(c.seed() ^ 3);
            for (boolean detail : new boolean[] {true, false}) {
                int[] cut = cuts(r, store.size());
                List<Cube<IncidentMeasure>> parts = new ArrayList<>();
                for (int i = 0; i + 1 < cut.length; i++) {
                    parts.add(accumulator(c, detail).add(store, cut[i], cut[i + 1]).snapshot());
                }
                Collections.shuffle(parts, r);
                Cube<IncidentMeasure> sum = Cube.empty(RecordKind.INCIDENTS, c.tree().size(), c.periods(), c.taxonomy().size(), detail ? EnumSet.allOf(IncidentMeasure.class) : EnumSet.of(IncidentMeasure.COUNT));
                for (Cube<IncidentMeasure> part : parts) {
                    sum = sum.plus(part);
                }
                assertSameCube(sum, whole(c, store, detail), "%s, detail %s, cuts %s", c, detail,
                        Arrays.toString(cut));
            }
        });
    }

    @Test
    void plus_isCommutativeAndAssociative_withEmptyAsIdentity() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            Random r = new Random(c.seed() ^ 4);
            for (boolean detail : new boolean[] {true, false}) {
                int i = r.nextInt(store.size() + 1);
                int j = i + r.nextInt(store.size() - i + 1);
                Cube<IncidentMeasure> a = accumulator(c, detail).add(store, 0, i).snapshot();
                Cube<IncidentMeasure> b = accumulator(c, detail).add(store, i, j).snapshot();
                Cube<IncidentMeasure> d = accumulator(c, detail).add(store, j, store.size()).snapshot();
                Cube<IncidentMeasure> empty = Cube.empty(RecordKind.INCIDENTS, c.tree().size(), c.periods(), c.taxonomy().size(), detail ? EnumSet.allOf(IncidentMeasure.class) : EnumSet.of(IncidentMeasure.COUNT));

                assertSameCube(a.plus(b), b.plus(a), "%s: a + b = b + a", c);
                assertSameCube(a.plus(b).plus(d), a.plus(b.plus(d)), "%s: (a + b) + d = a + (b + d)", c);
                assertSameCube(a.plus(empty), a, "%s: a + empty = a", c);
                assertSameCube(empty.plus(a), a, "%s: empty + a = a", c);
                assertSameCube(empty, accumulator(c, detail).snapshot(), "%s: empty = snapshot of nothing", c);
                // the same laws after roll-up, and roll-up is linear
                JurisdictionTree tree = c.tree();
                Cube<IncidentMeasure> ra = a.rollUp(tree);
                Cube<IncidentMeasure> rb = b.rollUp(tree);
                Cube<IncidentMeasure> rd = d.rollUp(tree);
                assertSameCube(ra.plus(rb), rb.plus(ra), "%s: rolled a + b = b + a", c);
                assertSameCube(ra.plus(rb).plus(rd), ra.plus(rb.plus(rd)), "%s: rolled associativity", c);
                assertSameCube(a.plus(b).rollUp(tree), ra.plus(rb), "%s: rollUp(a + b) = rollUp(a) + rollUp(b)",
                        c);
                assertSameCube(empty.rollUp(tree).plus(ra), ra, "%s: rolled empty + a = a", c);
            }
        });
    }

    // ---- threads --------------------------------------------------------------------------

    /** Cases large enough (20,000 incidents or more) for the aggregation to split them over threads. */
    static Stream<Case> largeCases() {
        return Stream.of(Periods.OVERLAPPING, Periods.MONTHS_OF_THREE_YEARS, Periods.YEAR_AND_BASELINE,
                Periods.MIXED).flatMap(kind -> new Random(SEED ^ kind.ordinal()).longs(2)
                        .mapToObj(seed -> RandomCases.generate(seed, kind, 20_000 + (int) Math.floorMod(seed, 25_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largeCases")
    void aggregate_twoAndThreeThreads_equalsOneThread(Case c) {
        IncidentStore store = c.store();
        Cube<IncidentMeasure> one = IncidentAggregation.aggregate(store, c.periods(), 1);
        Cube<IncidentMeasure> counts = IncidentAggregation.counts(store, c.periods(), 1);
        assertSameCube(one, whole(c, store, true), "%s: 1 thread = one accumulator", c);
        for (int threads : new int[] {2, 3}) {
            assertSameCube(IncidentAggregation.aggregate(store, c.periods(), threads), one, "%s, %d threads", c,
                    threads);
            assertSameCube(IncidentAggregation.counts(store, c.periods(), threads), counts, "%s, counts, %d threads",
                    c, threads);
        }
    }

    @Test
    void aggregate_largeCase_equalsNaive() {
        Case c = RandomCases.generate(SEED, Periods.OVERLAPPING, 21_000);
        assertMatchesNaive(IncidentAggregation.aggregate(c.store(), c.periods(), 3), c, false);
    }

    // ---- roll-up --------------------------------------------------------------------------

    @Test
    void rollUp_everyUnit_isItsOwnFiguresPlusItsChildren() {
        cases().forEach(c -> {
            JurisdictionTree tree = c.tree();
            for (boolean detail : new boolean[] {true, false}) {
                Cube<IncidentMeasure> own = whole(c, c.store(), detail);
                Cube<IncidentMeasure> rolled = own.rollUp(tree);
                assertThat(rolled.isRolledUp()).isTrue();
                for (int u = 0; u < tree.size(); u++) {
                    for (int p = 0; p < c.periods().size(); p++) {
                        for (IncidentMeasure m : IncidentMeasure.values()) {
                            if (m != IncidentMeasure.COUNT && !detail) {
                                continue;
                            }
                            for (int k = 0; k < c.taxonomy().size(); k++) {
                                long expected = own.get(m, u, p, k);
                                for (int child : tree.children(u)) {
                                    expected += rolled.get(m, child, p, k);
                                }
                                assertThat(rolled.get(m, u, p, k)).as("%s: %s of unit %d, period %d, category %d", c,
                                        m, u, p, k).isEqualTo(expected);
                            }
                        }
                        if (detail) {
                            DayDistribution expected = own.distribution(u, p);
                            for (int child : tree.children(u)) {
                                expected = expected.plus(rolled.distribution(child, p));
                            }
                            assertThat(rolled.distribution(u, p)).as("%s: days to clear of unit %d, period %d", c, u, p)
                                    .isEqualTo(expected);
                        }
                    }
                }
            }
        });
    }

    @Test
    void rollUp_everyUnit_equalsNaiveOverItsSubtree() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            assertMatchesNaive(whole(c, store, true).rollUp(c.tree()), c, true);
            assertMatchesNaive(whole(c, store, false).rollUp(c.tree()), c, true);
        });
    }
}
