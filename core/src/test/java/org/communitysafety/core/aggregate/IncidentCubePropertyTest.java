package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.aggregate.CubeChecks.assertMatchesNaive;
import static org.communitysafety.core.aggregate.CubeChecks.assertSameCube;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.aggregate.RandomCases.Periods;
import org.communitysafety.core.record.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is particular to the incident aggregation, over seeded random inputs ({@link
 * RandomCases}): counts only equal the counts of a cube with detail, the order of the store's
 * input does not matter, and more threads (which split the units, see {@link
 * IncidentAggregation}) give the same cube. The laws every kind shares — the naive reference in
 * every cell, merging, {@link Cube#plus}, {@link Cube#rollUp} — are {@link CubeLawsPropertyTest}'s,
 * for incidents with detail and counts only. Each failure names its seed.
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

    // ---- against the naive reference ------------------------------------------------------

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

}
