package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.communitysafety.core.aggregate.CubeChecks.assertMatchesNaive;
import static org.communitysafety.core.aggregate.CubeChecks.assertSameCube;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.aggregate.RandomCases.Periods;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast paths of the incident aggregation, checked as properties over the seeded random
 * inputs of {@link RandomCases} (empty units and periods, leap days, period edges): the store's
 * rows sorted by (unit, day) so that a period is a range of rows; measure-selective
 * accumulators ({@link IncidentAccumulator#of}); the parallel pass over disjoint unit ranges.
 * Each failure names its seed.
 */
final class IncidentFastPathPropertyTest {
    private static final long SEED = 20241231L;
    private static final int CASES = 200;
    private static final IncidentMeasure[] ALL = IncidentMeasure.values();

    static Stream<Case> cases() {
        return new Random(SEED).longs(CASES).mapToObj(RandomCases::generate);
    }

    /** A random set of measures with COUNT, from the case's seed: every size from 1 to 7 occurs. */
    private static EnumSet<IncidentMeasure> measures(Random r) {
        EnumSet<IncidentMeasure> set = EnumSet.of(IncidentMeasure.COUNT);
        int p = r.nextInt(4); // 0: counts only now and then, 3: most measures
        for (IncidentMeasure m : ALL) {
            if (r.nextInt(4) < p) {
                set.add(m);
            }
        }
        return set;
    }

    private static Cube<IncidentMeasure> selective(Case c, IncidentStore store, EnumSet<IncidentMeasure> measures) {
        return IncidentAccumulator.of(c.tree().size(), c.taxonomy().size(), c.periods(), measures).add(store)
                .snapshot();
    }

    /** Every held measure of {@code cube} equals {@code full}'s; distributions iff CLEARANCES; absent measures throw. */
    private static void assertHeldEqualFull(Cube<IncidentMeasure> cube, Cube<IncidentMeasure> full, EnumSet<IncidentMeasure> measures,
            Object what) {
        assertThat(cube.measures()).as("%s", what).isEqualTo(measures);
        assertThat(cube.hasDetail()).as("%s", what).isEqualTo(measures.size() == ALL.length);
        List<String> diffs = new ArrayList<>();
        for (int u = 0; u < cube.units(); u++) {
            for (int p = 0; p < cube.periods().size(); p++) {
                for (IncidentMeasure m : ALL) {
                    if (!measures.contains(m)) {
                        continue;
                    }
                    for (int k = 0; k < cube.width(); k++) {
                        if (cube.get(m, u, p, k) != full.get(m, u, p, k) && diffs.size() < 5) {
                            diffs.add(String.format("%s (%d, %d, %d): expected %d, got %d", m, u, p, k,
                                    full.get(m, u, p, k), cube.get(m, u, p, k)));
                        }
                    }
                }
                if (measures.contains(IncidentMeasure.CLEARANCES)) {
                    if (!cube.distribution(u, p).equals(full.distribution(u, p)) && diffs.size() < 5) {
                        diffs.add(String.format("days to clear (%d, %d): expected %s, got %s", u, p,
                                full.distribution(u, p), cube.distribution(u, p)));
                    }
                }
            }
        }
        for (IncidentMeasure m : ALL) {
            assertThat(cube.has(m)).as("%s", what).isEqualTo(measures.contains(m));
            if (!measures.contains(m) && cube.units() > 0 && cube.periods().size() > 0) {
                assertThrows(IllegalStateException.class, () -> cube.get(m, 0, 0, 0));
            }
        }
        if (!measures.contains(IncidentMeasure.CLEARANCES) && cube.units() > 0 && cube.periods().size() > 0) {
            assertThrows(IllegalStateException.class, () -> cube.distribution(0, 0));
        }
        if (!diffs.isEmpty()) {
            fail("%s: the measure-selective cube differs:%n  %s", what, String.join("\n  ", diffs));
        }
    }

    // ---- the store's row order -----------------------------------------------------------

    @Test
    void build_randomInputs_rowsByUnitThenDay_tiesInTheOrderAdded() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            List<Incident> expected = new ArrayList<>(c.incidents());
            // List.sort is stable: incidents of one unit and day keep the order they were added in
            expected.sort(Comparator.comparingInt((Incident i) -> c.tree().indexOf(i.unit()))
                    .thenComparing(Incident::occurredOn));
            assertThat(store.size()).isEqualTo(expected.size());
            for (int r = 0; r < store.size(); r++) {
                Incident i = expected.get(r);
                String at = c + ", row " + r;
                assertThat(store.unit(r)).as(at).isEqualTo(c.tree().indexOf(i.unit()));
                assertThat(store.day(r)).as(at).isEqualTo(i.occurredOn().toEpochDay());
                assertThat(store.category(r)).as(at).isEqualTo(c.taxonomy().indexOf(i.category()));
                assertThat(store.lossFen(r)).as(at).isEqualTo(i.loss().fen());
                assertThat(store.recoveredFen(r)).as(at).isEqualTo(i.recovered().fen());
                assertThat(store.criminal(r)).as(at).isEqualTo(i.criminal());
                assertThat(store.clearDelay(r)).as(at).isEqualTo(i.clearedOn()
                        .map(d -> (int) (d.toEpochDay() - i.occurredOn().toEpochDay())).orElse(IncidentStore.NOT_CLEARED));
            }
            for (int u = 0; u < store.unitCount(); u++) {
                final int unit = u;
                assertThat(store.rowsFrom(u + 1) - store.rowsFrom(u)).as("%s, unit %d", c, u)
                        .isEqualTo((int) c.incidents().stream().filter(i -> c.tree().indexOf(i.unit()) == unit).count());
            }
        });
    }

    /** A town (index 1) and its village (index 0); two categories. */
    private static final JurisdictionTree TREE = JurisdictionTree.of(
            Jurisdiction.root("T", "镇", Level.TOWN), Jurisdiction.of("V", "村", Level.VILLAGE, "T"));
    private static final Taxonomy TAXONOMY = Taxonomy.of(List.of(
            Category.of("theft", "盗窃", "theft", true), Category.of("call", "求助", "call", false)));

    @Test
    void counts_oneYearOfThree_takesTheYearsRowsExactlyToItsEdges() {
        IncidentStore.Builder b = IncidentStore.builder(TREE, TAXONOMY);
        LocalDate[] days = {LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 12, 31)};
        // added latest first, so that sorting matters; unit 0 gets each day once, unit 1 twice
        for (int i = days.length - 1; i >= 0; i--) {
            b.add(0, i % 2, days[i], null, false, false, 0, 0);
            b.add(1, 0, days[i], days[i].plusDays(1), false, false, 0, 0);
            b.add(1, 1, days[i], null, false, false, 0, 0);
        }
        IncidentStore store = b.build();
        PeriodIndex y2023 = PeriodIndex.of(Period.ofYear(2023));
        PeriodIndex none = PeriodIndex.of(Period.ofYear(2030), Period.ofYear(2000));

        Cube<IncidentMeasure> counts = IncidentAggregation.counts(store, y2023, 1);
        Cube<IncidentMeasure> cleared = IncidentAggregation.aggregate(store, y2023,
                EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED), 1);

        // 2023-01-01 (i = 2), 2023-06-30 (i = 3), 2023-12-31 (i = 4): categories 0, 1, 0 at unit 0
        assertThat(new long[] {counts.count(0, 0, 0), counts.count(0, 0, 1), counts.count(1, 0, 0),
            counts.count(1, 0, 1)}).containsExactly(2, 1, 3, 3);
        // cleared the next day: 2023-12-31's is cleared in 2024, after the year's end
        assertThat(cleared.get(IncidentMeasure.CLEARED, 1, 0, 0)).isEqualTo(2);
        assertThat(cleared.get(IncidentMeasure.CLEARED, 1, 0, 1)).isZero();
        Cube<IncidentMeasure> empty = IncidentAggregation.aggregate(store, none, 1);
        assertSameCube(empty, Cube.empty(RecordKind.INCIDENTS, 2, none, 2), "periods outside the data");
    }

    // ---- measure-selective accumulators --------------------------------------------------

    @Test
    void of_randomMeasureSets_equalTheFullCubeInEveryHeldCell() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            Cube<IncidentMeasure> full = IncidentAccumulator.create(c.tree().size(), c.taxonomy().size(), c.periods())
                    .add(store).snapshot();
            Random r = new Random(c.seed() ^ 11);
            for (int t = 0; t < 3; t++) {
                EnumSet<IncidentMeasure> measures = measures(r);
                Cube<IncidentMeasure> cube = selective(c, store, measures);
                assertHeldEqualFull(cube, full, measures, c + ", " + measures);
                assertHeldEqualFull(cube.rollUp(c.tree()), full.rollUp(c.tree()), measures,
                        c + ", " + measures + ", rolled up");
            }
        });
    }

    @Test
    void of_allMeasuresAndCountOnly_areCreateAndCountsOnly() {
        cases().limit(60).forEach(c -> {
            IncidentStore store = c.store();
            int units = c.tree().size();
            int categories = c.taxonomy().size();
            Cube<IncidentMeasure> all = selective(c, store, EnumSet.allOf(IncidentMeasure.class));
            assertSameCube(all, IncidentAccumulator.create(units, categories, c.periods()).add(store).snapshot(),
                    "%s: of(all) = create", c);
            assertMatchesNaive(all, c, false);
            Cube<IncidentMeasure> count = selective(c, store, EnumSet.of(IncidentMeasure.COUNT));
            assertSameCube(count, IncidentAccumulator.countsOnly(units, categories, c.periods()).add(store).snapshot(),
                    "%s: of(COUNT) = countsOnly", c);
            assertSameCube(IncidentAggregation.aggregate(store, c.periods(), EnumSet.of(IncidentMeasure.COUNT), 1),
                    IncidentAggregation.counts(store, c.periods(), 1), "%s: aggregate(COUNT) = counts", c);
        });
    }

    @Test
    void of_randomPartsMergedOrAdded_equalsWhole() {
        cases().forEach(c -> {
            IncidentStore store = c.store();
            Random r = new Random(c.seed() ^ 12);
            EnumSet<IncidentMeasure> measures = measures(r);
            Cube<IncidentMeasure> whole = selective(c, store, measures);
            int[] cut = new int[2 + r.nextInt(6)];
            for (int i = 1; i < cut.length - 1; i++) {
                cut[i] = r.nextInt(store.size() + 1);
            }
            cut[cut.length - 1] = store.size();
            Arrays.sort(cut);
            List<IncidentAccumulator> parts = new ArrayList<>();
            Cube<IncidentMeasure> sum = Cube.empty(RecordKind.INCIDENTS, c.tree().size(), c.periods(), c.taxonomy().size(), measures);
            for (int i = 0; i + 1 < cut.length; i++) {
                IncidentAccumulator part = IncidentAccumulator.of(c.tree().size(), c.taxonomy().size(), c.periods(),
                        measures).add(store, cut[i], cut[i + 1]);
                parts.add(part);
                sum = part.snapshot().plus(sum);
            }
            Collections.shuffle(parts, r);
            IncidentAccumulator merged = IncidentAccumulator.of(c.tree().size(), c.taxonomy().size(), c.periods(),
                    measures);
            parts.forEach(merged::merge);
            String what = c + ", " + measures + ", cuts " + Arrays.toString(cut);
            assertSameCube(merged.snapshot(), whole, "%s: merged", what);
            assertSameCube(sum, whole, "%s: added", what);
            assertSameCube(sum.rollUp(c.tree()), whole.rollUp(c.tree()), "%s: added, rolled up", what);
        });
    }

    @Test
    void get_measureNotHeld_throwsNamingTheMeasuresHeld() {
        Case c = RandomCases.generate(SEED, Periods.YEAR_AND_BASELINE, 50);
        Cube<IncidentMeasure> cube = selective(c, c.store(), EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED));

        var get = assertThrows(IllegalStateException.class, () -> cube.get(IncidentMeasure.CRIMINAL, 0, 0, 0));
        var days = assertThrows(IllegalStateException.class, () -> cube.distribution(0, 0));
        var sum = assertThrows(IllegalStateException.class, () -> cube.total(IncidentMeasure.LOSS_FEN, 0, 0));

        assertEquals("this cube holds [COUNT, CLEARED] only, not CRIMINAL; aggregate with CRIMINAL among the measures "
                + "to read it", get.getMessage());
        assertEquals("this cube holds [COUNT, CLEARED] only, not CLEARANCES; aggregate with CLEARANCES among the "
                + "measures to read it", days.getMessage());
        assertEquals("this cube holds [COUNT, CLEARED] only, not LOSS_FEN; aggregate with LOSS_FEN among the measures "
                + "to read it", sum.getMessage());
        assertThat(cube.toString()).contains("measures [COUNT, CLEARED]");
    }

    @Test
    void of_measuresWithoutCount_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> IncidentAccumulator.of(2, 2, PeriodIndex.of(Period.ofYear(2024)),
                        EnumSet.of(IncidentMeasure.CLEARED)));
        assertEquals("the measures [CLEARED] must include COUNT", e.getMessage());
    }

    @Test
    void plus_differentMeasureSets_isRejected() {
        PeriodIndex year = PeriodIndex.of(Period.ofYear(2024));
        Cube<IncidentMeasure> a = Cube.empty(RecordKind.INCIDENTS, 2, year, 2, EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED));
        Cube<IncidentMeasure> b = Cube.empty(RecordKind.INCIDENTS, 2, year, 2, EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CRIMINAL));

        var e = assertThrows(IllegalArgumentException.class, () -> a.plus(b));

        assertEquals("a cube of [COUNT, CLEARED] and one of [COUNT, CRIMINAL] cannot be added", e.getMessage());
    }

    @Test
    void toBytes_cubeOfSomeMeasures_saysItCannotBeSerialised() {
        Cube<IncidentMeasure> cube = Cube.empty(RecordKind.INCIDENTS, 2, PeriodIndex.of(Period.ofYear(2024)), 2, EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED));

        var e = assertThrows(IllegalStateException.class, () -> CubeCodec.toBytes(cube));

        assertEquals("a cube of [COUNT, CLEARED] cannot be serialised: the binary and JSON forms (format version 1) "
                + "hold every measure or counts only", e.getMessage());
    }

    // ---- threads: disjoint unit ranges -----------------------------------------------------

    /** Large cases (20,000 incidents or more), so that the units are split among threads. */
    static Stream<Case> largeCases() {
        return Stream.of(Periods.OVERLAPPING, Periods.MONTHS_OF_THREE_YEARS, Periods.YEAR_AND_BASELINE,
                Periods.MIXED).flatMap(kind -> new Random(SEED ^ kind.ordinal()).longs(2)
                        .mapToObj(seed -> RandomCases.generate(seed, kind, 20_000 + Math.floorMod(seed, 25_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largeCases")
    void aggregate_selectiveMeasures_oneTwoAndThreeThreadsAgree(Case c) {
        IncidentStore store = c.store();
        Random r = new Random(c.seed());
        Cube<IncidentMeasure> full = IncidentAggregation.aggregate(store, c.periods(), 1);
        for (int t = 0; t < 3; t++) {
            EnumSet<IncidentMeasure> measures = measures(r);
            Cube<IncidentMeasure> one = IncidentAggregation.aggregate(store, c.periods(), measures, 1);
            assertSameCube(one, selective(c, store, measures), "%s, %s: 1 thread = one accumulator", c, measures);
            assertHeldEqualFull(one, full, measures, c + ", " + measures);
            for (int threads : new int[] {2, 3}) {
                assertSameCube(IncidentAggregation.aggregate(store, c.periods(), measures, threads), one,
                        "%s, %s, %d threads", c, measures, threads);
            }
        }
    }

    @Test
    void aggregate_oneUnitHoldingMostRows_threadsAgreeWithOne() {
        Case base = RandomCases.generate(SEED, Periods.YEAR_AND_BASELINE, 30_000);
        // move nine in ten incidents to one unit, so that the unit split is as uneven as it gets
        String big = base.tree().unit(base.tree().size() - 1).code();
        List<Incident> skewed = new ArrayList<>();
        for (int i = 0; i < base.incidents().size(); i++) {
            Incident x = base.incidents().get(i);
            skewed.add(i % 10 == 0 ? x : new Incident(x.id(), big, x.category(), x.occurredOn(), x.reportedOn(),
                    x.clearedOn(), x.criminal(), x.repeatCall(), x.loss(), x.recovered(), x.source()));
        }
        Case c = new Case(base.seed(), base.kind(), base.tree(), base.taxonomy(), base.periods(), skewed);
        IncidentStore store = c.store();
        Cube<IncidentMeasure> one = IncidentAggregation.aggregate(store, c.periods(), 1);
        assertMatchesNaive(one, c, false);
        for (int threads : new int[] {2, 3, 8}) {
            assertSameCube(IncidentAggregation.aggregate(store, c.periods(), threads), one, "%s, %d threads", c,
                    threads);
            assertSameCube(IncidentAggregation.counts(store, c.periods(), threads),
                    IncidentAggregation.counts(store, c.periods(), 1), "%s, counts, %d threads", c, threads);
        }
    }
}
