package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.aggregate.CubeChecks.assertMatchesNaive;
import static org.communitysafety.core.aggregate.CubeChecks.assertSameCube;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.aggregate.RandomCases.Periods;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store's block bound ({@code clearedBy}, {@link IncidentStore#skipClearedBefore}) and the
 * passes that lean on it: the clearances of rows that occurred before the periods, or between
 * them, and of rows of a period cleared after its end. The inputs carry clearances over many
 * blocks: most rows cleared within days, some after years (up to 65,534 days, so that a row's
 * day plus delay passes the 0xFFFF the bound saturates at), some never; units without rows;
 * periods before, between and after the days the incidents occurred. Each failure names its seed.
 */
final class IncidentBlockBoundTest {
    private static final long SEED = 20261206L;

    /** Incidents on {@code days} days from {@code first}, their clearances drawn to cross blocks and periods. */
    private static Case carrying(long seed, PeriodIndex periods, LocalDate first, int days, int n) {
        return carrying(seed, periods, first, days, n, 0);
    }

    /** {@link #carrying}, over a taxonomy of {@code categories} (0: one to three). */
    private static Case carrying(long seed, PeriodIndex periods, LocalDate first, int days, int n, int categories) {
        Random r = new Random(seed);
        JurisdictionTree tree = RandomCases.tree(r, 1 + r.nextInt(8));
        Taxonomy taxonomy = RandomCases.taxonomy(r, categories > 0 ? categories : 1 + r.nextInt(3));
        List<String> active = new ArrayList<>();
        for (Jurisdiction u : tree.units()) {
            if (active.isEmpty() || r.nextInt(4) > 0) {
                active.add(u.code()); // a quarter of the units have no rows
            }
        }
        List<Incident> incidents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate occurred = first.plusDays(r.nextInt(days));
            int k = r.nextInt(20);
            Optional<LocalDate> cleared = k < 5 ? Optional.empty()
                    : Optional.of(occurred.plusDays(k < 14 ? r.nextInt(4) : k < 18 ? r.nextInt(800)
                            : k < 19 ? r.nextInt(IncidentStore.NOT_CLEARED) : IncidentStore.NOT_CLEARED - 1));
            incidents.add(new Incident("I" + i, active.get(r.nextInt(active.size())),
                    taxonomy.category(r.nextInt(taxonomy.size())).code(), occurred, Optional.empty(), cleared,
                    r.nextBoolean(), r.nextInt(5) == 0, Money.ofFen(r.nextInt(3) == 0 ? 1 + r.nextInt(1000) : 0),
                    Money.ofFen(r.nextInt(4) == 0 ? 1 + r.nextInt(1000) : 0), IncidentSource.UNSPECIFIED));
        }
        return new Case(seed, Periods.MIXED, tree, taxonomy, periods, List.copyOf(incidents));
    }

    private static PeriodIndex years(int... years) {
        List<Period> ps = new ArrayList<>();
        for (int y : years) {
            ps.add(Period.ofYear(y));
        }
        return PeriodIndex.of(ps);
    }

    static Stream<Case> cases() {
        LocalDate from2019 = LocalDate.of(2019, 1, 1);
        List<Period> overlapping = new ArrayList<>(Period.ofYear(2024).months());
        overlapping.add(Period.ofYear(2024));
        overlapping.add(Period.yearToDate(LocalDate.of(2024, 2, 29)));
        List<Case> cases = new ArrayList<>();
        Random r = new Random(SEED);
        for (int t = 0; t < 3; t++) {
            // a year and its baseline after years of rows cleared into them
            cases.add(carrying(r.nextLong(), years(2024, 2023), from2019, 6 * 366, 3000));
            // two years with the one between them: its rows are read for their clearances only
            cases.add(carrying(r.nextLong(), years(2024, 2022), from2019, 6 * 366, 3000));
            // periods before every row, and after every row occurred (only clearances fall in them)
            cases.add(carrying(r.nextLong(), years(2010, 2011), from2019, 6 * 366, 2000));
            cases.add(carrying(r.nextLong(), years(2031, 2030), from2019, 6 * 366, 2000));
            // months of three years, and overlapping periods
            cases.add(carrying(r.nextLong(), PeriodIndex.monthsOf(2022, 2024), from2019, 6 * 366, 3000));
            cases.add(carrying(r.nextLong(), PeriodIndex.of(overlapping), from2019, 6 * 366, 3000));
            // rows over 65,000 days, so that day + delay passes 0xFFFF, and periods past it
            cases.add(carrying(r.nextLong(), years(2178, 2179, 2185), LocalDate.of(2000, 1, 1), 65_000, 3000));
            cases.add(carrying(r.nextLong(), years(2200, 2190, 2000), LocalDate.of(2000, 1, 1), 65_000, 3000));
        }
        for (int categories : new int[] {IncidentStore.PACKED_CATEGORIES, IncidentStore.PACKED_CATEGORIES + 1, 256}) {
            // the flags byte holds the category up to 64 categories (a packed store), not from 65:
            // the fused loop of a year and its baseline reads one byte or two
            cases.add(carrying(r.nextLong(), years(2024, 2023), from2019, 6 * 366, 6000, categories));
            cases.add(carrying(r.nextLong(), PeriodIndex.monthsOf(2023, 2024), from2019, 6 * 366, 6000, categories));
        }
        for (int t = 0; t < 3; t++) {
            // two two-year periods, each longer than the days-to-clear histogram (731 days over
            // 512): a row cleared in its period may have taken more days than it holds, so the
            // fused loop gathers such rows, where with shorter periods it need not
            cases.add(carrying(r.nextLong(), PeriodIndex.of(Period.ofRange(LocalDate.of(2023, 1, 1),
                    LocalDate.of(2024, 12, 31)), Period.ofRange(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31))),
                    from2019, 6 * 366, 3000));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aggregate_clearancesAcrossBlocks_matchNaive(Case c) {
        IncidentStore store = c.store();
        Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(store, c.periods(), 1);
        assertMatchesNaive(cube, c, false);
        assertMatchesNaive(cube.rollUp(c.tree()), c, true);
        Cube<IncidentMeasure> rolled = cube.rollUp(c.tree());
        for (int threads : new int[] {1, 2, 3, 8}) {
            assertSameCube(cube.rollUp(c.tree(), threads), rolled, "%s: rolled up on %d threads", c, threads);
            assertSameCube(IncidentAggregation.aggregateRolledUp(store, c.periods(), c.tree(), threads), rolled,
                    "%s: aggregated rolled up on %d threads", c, threads);
        }
        Set<IncidentMeasure> some = EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED);
        assertSameCube(IncidentAggregation.aggregateRolledUp(store, c.periods(), some, c.tree(), 2),
                IncidentAggregation.aggregate(store, c.periods(), some, 1).rollUp(c.tree()), "%s: %s rolled up", c,
                some);
        assertSameCube(cube, IncidentAggregation.aggregate(store, c.periods(), 1), "%s: the store unchanged", c);
        assertSameCube(IncidentAccumulator.create(c.tree().size(), c.taxonomy().size(), c.periods()).add(store)
                .snapshot(), cube, "%s: one accumulator", c);
    }

    @Test
    void aggregate_largeCarryingCases_threadsAgreeWithOne() {
        Random r = new Random(SEED ^ 1);
        for (PeriodIndex periods : List.of(years(2024, 2023), years(2024, 2022), PeriodIndex.monthsOf(2022, 2024))) {
            Case c = carrying(r.nextLong(), periods, LocalDate.of(2019, 1, 1), 6 * 366, 30_000);
            IncidentStore store = c.store();
            Cube<IncidentMeasure> one = IncidentAggregation.aggregate(store, periods, 1);
            for (int threads : new int[] {2, 3}) {
                assertSameCube(IncidentAggregation.aggregate(store, periods, threads), one, "%s, %d threads", c,
                        threads);
            }
        }
    }

    @Test
    void clearedBy_randomStores_isEachBlocksLatestClearanceSaturated() {
        Random r = new Random(SEED ^ 2);
        for (int t = 0; t < 20; t++) {
            boolean wide = t % 2 == 0;
            IncidentStore store = carrying(r.nextLong(), years(2024), wide ? LocalDate.of(2000, 1, 1)
                    : LocalDate.of(2022, 1, 1), wide ? 65_000 : 1000, r.nextInt(2000)).store();
            int blocks = (store.size() + IncidentStore.BLOCK - 1) / IncidentStore.BLOCK;
            assertThat(store.clearedBy).hasSize(blocks);
            for (int b = 0; b < blocks; b++) {
                int latest = 0;
                for (int row = b * IncidentStore.BLOCK; row < Math.min(store.size(), (b + 1) * IncidentStore.BLOCK);
                        row++) {
                    if (store.clearDelay(row) != IncidentStore.NOT_CLEARED) {
                        latest = Math.max(latest, store.day(row) - store.baseDay + store.clearDelay(row));
                    }
                }
                assertThat((int) store.clearedBy[b]).as("block %d of %s", b, store).isEqualTo(Math.min(latest, 0xFFFF));
            }
        }
    }

    @Test
    void skipClearedBefore_randomRanges_passesOnlyRowsClearedBeforeTheDay() {
        Random r = new Random(SEED ^ 3);
        for (int t = 0; t < 10; t++) {
            IncidentStore store = carrying(r.nextLong(), years(2024), LocalDate.of(2000, 1, 1), 65_000, 3000).store();
            for (int k = 0; k < 2000; k++) {
                int from = r.nextInt(store.size() + 1);
                int to = from + r.nextInt(store.size() - from + 1);
                // around the days rows clear on, and the saturation at 0xFFFF
                int rel = k % 3 == 0 ? 0xFFFF : from < store.size() && k % 3 == 1
                        ? Math.min(0xFFFF, store.day(from) - store.baseDay + r.nextInt(50)) : r.nextInt(0x10000);
                int next = store.skipClearedBefore(from, to, rel);
                assertThat(next).isBetween(from, to);
                assertThat(next == from || next == to || next % IncidentStore.BLOCK == 0).isTrue();
                for (int row = from; row < next; row++) {
                    int delay = store.clearDelay(row);
                    assertThat(delay == IncidentStore.NOT_CLEARED
                            || (long) store.day(row) - store.baseDay + delay < Math.min(rel, 0xFFFF))
                            .as("row %d skipped from %d to %d before day %d", row, from, to, rel).isTrue();
                }
            }
        }
    }

    @Test
    void skipClearedBefore_notClearedAndLongDelays_skipsOnlyBlocksWithoutALaterClearance() {
        JurisdictionTree tree = RandomCases.tree(new Random(SEED), 1);
        Taxonomy taxonomy = RandomCases.taxonomy(new Random(SEED), 1);
        IncidentStore.Builder b = IncidentStore.builder(tree, taxonomy);
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 4 * IncidentStore.BLOCK; i++) {
            // block 0 never cleared, block 1 cleared the same day, block 2 so but one row 65,534 days on,
            // block 3 a day on
            LocalDate cleared = i < 32 ? null : i < 64 || i >= 96 ? day.plusDays(i >= 96 ? 1 : 0)
                    : i == 70 ? day.plusDays(IncidentStore.NOT_CLEARED - 1) : day;
            b.add(0, 0, day, cleared, false, false, 0, 0);
        }
        IncidentStore store = b.build();

        assertThat(bounds(store)).containsExactly(0, 0, IncidentStore.NOT_CLEARED - 1, 1);
        assertThat(store.skipClearedBefore(0, store.size(), 1)).isEqualTo(2 * IncidentStore.BLOCK);
        assertThat(store.skipClearedBefore(0, store.size(), 0)).isZero();
        assertThat(store.skipClearedBefore(5, store.size(), 0xFFFE)).isEqualTo(2 * IncidentStore.BLOCK);
        assertThat(store.skipClearedBefore(5, store.size(), 0xFFFF)).isEqualTo(store.size());
        assertThat(store.skipClearedBefore(3 * IncidentStore.BLOCK + 3, store.size(), 2)).isEqualTo(store.size());
        assertThat(store.skipClearedBefore(3, 20, 1)).isEqualTo(20);
        // clears 65,534 days after 2020-01-01: in 2199
        Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(store, years(2199, 2020), 1);
        assertThat(cube.get(IncidentMeasure.CLEARANCES, 0, 0, 0)).isEqualTo(1);
        assertThat(cube.distribution(0, 0).days()).containsExactly(IncidentStore.NOT_CLEARED - 1);
        assertThat(cube.get(IncidentMeasure.CLEARANCES, 0, 1, 0)).isEqualTo(4 * IncidentStore.BLOCK - 32 - 1);
    }

    private static int[] bounds(IncidentStore store) {
        int[] out = new int[store.clearedBy.length];
        for (int b = 0; b < out.length; b++) {
            out[b] = store.clearedBy[b];
        }
        return out;
    }

    @Test
    void emptyStore_hasNoBlocks_andAggregatesToTheEmptyCube() {
        JurisdictionTree tree = RandomCases.tree(new Random(SEED), 3);
        Taxonomy taxonomy = RandomCases.taxonomy(new Random(SEED), 2);
        IncidentStore store = IncidentStore.builder(tree, taxonomy).build();
        PeriodIndex periods = years(2024, 2023);

        assertThat(store.clearedBy).isEmpty();
        assertThat(store.skipClearedBefore(0, 0, 5)).isZero();
        assertSameCube(IncidentAggregation.aggregate(store, periods, 2),
                Cube.empty(RecordKind.INCIDENTS, 3, periods, 2), "empty store");
        assertSameCube(IncidentAggregation.aggregate(store, PeriodIndex.monthsOf(2022, 2024), 1),
                Cube.empty(RecordKind.INCIDENTS, 3, PeriodIndex.monthsOf(2022, 2024), 2), "empty store, months");
    }
}
