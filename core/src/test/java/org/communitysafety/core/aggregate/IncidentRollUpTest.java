package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitysafety.core.aggregate.CubeChecks.assertMatchesNaive;
import static org.communitysafety.core.aggregate.CubeChecks.assertSameCube;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.aggregate.RandomCases.Periods;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * {@link IncidentRollUp}, the work of {@code aggregateRolledUp}: the tree cut into pieces of
 * whole subtrees, each added and rolled up on its own, the tops rolled up by the thread that
 * finishes their last child. Whatever the pieces and the threads, the cube is the one the
 * aggregation rolled up afterwards gives (itself checked against a naive count here and in
 * {@link IncidentCubePropertyTest}). The real sizes cut pieces only above 10,000 rows a thread,
 * so these tests cut small ones: down to one row a piece, which makes every unit with rows under
 * it a top. Each failure names its seed.
 */
final class IncidentRollUpTest {
    private static final long SEED = 20261207L;
    /** Rows a piece: every unit a top, a few, many, and one piece of the whole tree. */
    private static final long[] PIECE_ROWS = {0, 1, 3, 17, 120, Long.MAX_VALUE};

    /**
     * Incidents on a tree of {@code units} units (down to four levels, sometimes two roots), on
     * every kind of unit with a skew (one unit may hold most rows), their clearances from the same
     * day to years later, or never.
     */
    static Case wide(long seed, int units, int n, PeriodIndex periods) {
        Random r = new Random(seed);
        JurisdictionTree tree = RandomCases.tree(r, units);
        Taxonomy taxonomy = RandomCases.taxonomy(r, 1 + r.nextInt(4));
        List<Incident> incidents = new ArrayList<>(n);
        LocalDate first = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < n; i++) {
            int u = (int) (tree.size() * Math.pow(r.nextDouble(), 2.5));
            LocalDate occurred = first.plusDays(r.nextInt(4 * 366));
            int k = r.nextInt(10);
            Optional<LocalDate> cleared = k < 2 ? Optional.empty()
                    : Optional.of(occurred.plusDays(k < 7 ? r.nextInt(30) : k < 9 ? r.nextInt(900) : r.nextInt(9000)));
            incidents.add(new Incident("I" + i, tree.unit(u).code(),
                    taxonomy.category(r.nextInt(taxonomy.size())).code(), occurred, Optional.empty(), cleared,
                    r.nextBoolean(), r.nextInt(5) == 0, Money.ofFen(r.nextInt(3) == 0 ? 1 + r.nextInt(100_000) : 0),
                    Money.ofFen(r.nextInt(4) == 0 ? 1 + r.nextInt(100_000) : 0), IncidentSource.UNSPECIFIED));
        }
        return new Case(seed, Periods.MIXED, tree, taxonomy, periods, List.copyOf(incidents));
    }

    private static void assertPiecesAgree(Case c, int[] threadCounts, long... pieceRows) {
        IncidentStore store = c.store();
        Cube<IncidentMeasure> expected = IncidentAggregation.aggregate(store, c.periods(), 1).rollUp(c.tree());
        for (long rows : pieceRows) {
            for (int threads : threadCounts) {
                assertSameCube(IncidentAggregation.rolledUp(store, c.periods(), IncidentAccumulator.ALL, c.tree(),
                        threads, rows), expected, "%s: pieces of %d rows on %d threads", c, rows, threads);
            }
        }
        Set<IncidentMeasure> some = EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED);
        assertSameCube(IncidentAggregation.rolledUp(store, c.periods(), RecordKind.INCIDENTS.maskOf(some), c.tree(), 2,
                3), IncidentAggregation.aggregate(store, c.periods(), some, 1).rollUp(c.tree()), "%s: %s", c, some);
    }

    @Test
    void rolledUp_randomCases_isTheAggregationRolledUpWhateverThePiecesAndThreads() {
        Random r = new Random(SEED);
        for (int t = 0; t < 120; t++) {
            assertPiecesAgree(RandomCases.generate(r.nextLong()), new int[] {1, 2, 3}, PIECE_ROWS);
        }
    }

    @Test
    void rolledUp_wideTrees_isTheAggregationRolledUpWhateverThePiecesAndThreads() {
        Random r = new Random(SEED ^ 1);
        List<PeriodIndex> periods = List.of(PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023)),
                PeriodIndex.monthsOf(2023, 2024), PeriodIndex.of(Period.ofYear(2024), Period.parse("2024-Q3"),
                        Period.ofYear(2022)));
        for (int t = 0; t < 6; t++) {
            Case c = wide(r.nextLong(), 150 + r.nextInt(250), 20_000, periods.get(t % periods.size()));
            assertPiecesAgree(c, new int[] {1, 2, 3, 8}, 1, 50, 400, 3_000, Long.MAX_VALUE);
            if (t == 0) {
                assertMatchesNaive(IncidentAggregation.rolledUp(c.store(), c.periods(), IncidentAccumulator.ALL,
                        c.tree(), 3, 400), c, true);
            }
        }
    }

    @Test
    void rolledUp_theArraysLate_piecesTakenBeforeAreCopiedInAndTheTopsWait() {
        Random r = new Random(SEED ^ 3);
        PeriodIndex years = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
        for (int t = 0; t < 4; t++) {
            Case c = wide(r.nextLong(), 100 + r.nextInt(200), 10_000, years);
            IncidentStore store = c.store();
            for (int mask : new int[] {IncidentAccumulator.ALL, IncidentAccumulator.COUNT_ONLY}) {
                Set<IncidentMeasure> measures = RecordKind.INCIDENTS.setOf(mask);
                Cube<IncidentMeasure> expected = IncidentAggregation.aggregate(store, years, measures, 1)
                        .rollUp(c.tree());
                for (long rows : new long[] {1, 200, 2_000}) {
                    for (long millis : new long[] {0, 30}) {
                        Cube<IncidentMeasure> cube = IncidentRollUp.run(store, c.tree(), years, mask, 2, rows, () -> {
                            sleep(millis);
                            return IncidentAccumulator.of(c.tree().size(), c.taxonomy().size(), years, measures);
                        });
                        assertSameCube(cube, expected, "%s: pieces of %d rows, arrays after %d ms, %s", c, rows,
                                millis, measures);
                    }
                }
            }
        }
        Case c = wide(SEED, 100, 10_000, years);
        IllegalStateException refused = new IllegalStateException("no memory for the arrays");
        assertThatThrownBy(() -> IncidentRollUp.run(c.store(), c.tree(), years, IncidentAccumulator.ALL, 2, 200,
                () -> {
                    sleep(30);
                    throw refused;
                })).isSameAs(refused);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void pieces_randomStores_areWholeSubtreesOfAtMostTheRowsAndTopsAlone() {
        Random r = new Random(SEED ^ 2);
        PeriodIndex year = PeriodIndex.of(Period.ofYear(2024));
        for (int t = 0; t < 40; t++) {
            Case c = wide(r.nextLong(), 1 + r.nextInt(300), r.nextInt(5_000), year);
            IncidentStore store = c.store();
            JurisdictionTree tree = c.tree();
            for (long rows : new long[] {0, 1, 10, 100, 1_000, Long.MAX_VALUE}) {
                int[][] pieces = IncidentRollUp.pieces(store, tree, year, rows);
                String what = c + ", pieces of " + rows + " rows";
                int next = 0;
                for (int[] p : pieces) {
                    assertThat(p[0]).as("%s: the pieces follow one another", what).isEqualTo(next);
                    assertThat(p[1]).as(what).isGreaterThan(p[0]);
                    next = p[1];
                    long pieceRows = store.rowsFrom(p[1]) - store.rowsFrom(p[0]);
                    if (p[2] == 1) {
                        assertThat(p[1] - p[0]).as("%s: a top is alone", what).isEqualTo(1);
                        assertThat(subtreeRows(store, tree, p[0])).as(what).isGreaterThan(rows);
                        continue;
                    }
                    assertThat(pieceRows).as("%s: rows of piece %d..%d", what, p[0], p[1]).isLessThanOrEqualTo(rows);
                    for (int u = p[0]; u < p[1]; u++) {
                        assertThat(tree.subtreeStart(u)).as("%s: the subtree of %d is in its piece", what, u)
                                .isGreaterThanOrEqualTo(p[0]);
                        int parent = tree.parent(u);
                        assertThat(parent < p[1] || subtreeRows(store, tree, parent) > rows)
                                .as("%s: the parent of %d is in the piece or a top", what, u).isTrue();
                    }
                }
                assertThat(next).as(what).isEqualTo(tree.size());
                if (rows == Long.MAX_VALUE) {
                    assertThat(pieces).as("%s: one piece", what).hasNumberOfRows(1);
                }
            }
        }
    }

    private static long subtreeRows(IncidentStore store, JurisdictionTree tree, int u) {
        return store.rowsFrom(u + 1) - store.rowsFrom(tree.subtreeStart(u));
    }
}
