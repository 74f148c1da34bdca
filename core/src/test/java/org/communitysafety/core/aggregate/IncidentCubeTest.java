package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.aggregate.IncidentMeasure.CLEARANCES;
import static org.communitysafety.core.aggregate.IncidentMeasure.CLEARED;
import static org.communitysafety.core.aggregate.IncidentMeasure.COUNT;
import static org.communitysafety.core.aggregate.IncidentMeasure.CRIMINAL;
import static org.communitysafety.core.aggregate.IncidentMeasure.LOSS_FEN;
import static org.communitysafety.core.aggregate.IncidentMeasure.RECOVERED_FEN;
import static org.communitysafety.core.aggregate.IncidentMeasure.REPEAT_CALLS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.RandomCases.Case;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * A hand-worked cube around 29 February 2024, and the errors of cubes, accumulators and the
 * parallel aggregation, with their messages.
 *
 * <pre>
 *   C city ─┬─ T town ── V village        dense indices (post-order): V 0, T 1, W 2, C 3
 *           └─ W village
 *   periods: 0 = 2024, 1 = 2024-02, 2 = 2024-01-01..2024-02-29 (year to date)
 *
 *   1  V theft  occurred 2024-02-29  cleared 2024-03-01  criminal, loss 1000, recovered 200
 *   2  V theft  occurred 2024-02-01  cleared 2024-02-29  repeat call
 *   3  T call   occurred 2023-12-31  cleared 2024-01-01  (filed at the town)
 *   4  W call   occurred 2024-03-01  not cleared
 *   5  C theft  occurred 2024-12-31  cleared 2025-01-01  (filed at the city)
 * </pre>
 */
final class IncidentCubeTest {
    private static final JurisdictionTree TREE = JurisdictionTree.of(
            Jurisdiction.root("C", "市", Level.CITY),
            Jurisdiction.of("T", "镇", Level.TOWN, "C"),
            Jurisdiction.of("V", "村", Level.VILLAGE, "T"),
            Jurisdiction.of("W", "社区", Level.VILLAGE, "C"));
    private static final int V = 0;
    private static final int T = 1;
    private static final int W = 2;
    private static final int C = 3;
    private static final Taxonomy TAXONOMY = Taxonomy.of(List.of(
            Category.of("theft", "盗窃", "theft", true), Category.of("call", "求助", "call", false)));
    private static final int THEFT = 0;
    private static final int CALL = 1;
    private static final PeriodIndex PERIODS = PeriodIndex.of(Period.ofYear(2024), Period.ofMonth(2024, 2),
            Period.yearToDate(LocalDate.of(2024, 2, 29)));
    private static final int YEAR = 0;
    private static final int FEB = 1;
    private static final int YTD = 2;

    private static final List<Incident> INCIDENTS = List.of(
            incident("1", "V", "theft", "2024-02-29", "2024-03-01", true, false, 1000, 200),
            incident("2", "V", "theft", "2024-02-01", "2024-02-29", false, true, 0, 0),
            incident("3", "T", "call", "2023-12-31", "2024-01-01", false, false, 0, 0),
            incident("4", "W", "call", "2024-03-01", null, false, false, 0, 0),
            incident("5", "C", "theft", "2024-12-31", "2025-01-01", true, false, 0, 0));

    private static Incident incident(String id, String unit, String category, String occurred, String cleared,
            boolean criminal, boolean repeat, long loss, long recovered) {
        return new Incident(id, unit, category, LocalDate.parse(occurred), Optional.empty(),
                Optional.ofNullable(cleared).map(LocalDate::parse), criminal, repeat, Money.ofFen(loss),
                Money.ofFen(recovered), IncidentSource.UNSPECIFIED);
    }

    private static IncidentStore store() {
        IncidentStore.Builder b = IncidentStore.builder(TREE, TAXONOMY);
        INCIDENTS.forEach(b::add);
        return b.build();
    }

    private static Cube<IncidentMeasure> cube() {
        return IncidentAccumulator.create(TREE.size(), TAXONOMY.size(), PERIODS).add(store()).snapshot();
    }

    private static Cube<IncidentMeasure> counts() {
        return IncidentAccumulator.countsOnly(TREE.size(), TAXONOMY.size(), PERIODS).add(store()).snapshot();
    }

    @Test
    void tree_postOrder_isAsDrawn() {
        assertThat(TREE.indexOf("V")).isEqualTo(V);
        assertThat(TREE.indexOf("T")).isEqualTo(T);
        assertThat(TREE.indexOf("W")).isEqualTo(W);
        assertThat(TREE.indexOf("C")).isEqualTo(C);
    }

    @Test
    void get_leapDayIncidentClearedTheDayAfter_isClearedInTheYearOnly() {
        Cube<IncidentMeasure> cube = cube();

        // incidents 1 and 2 occurred in all three periods
        assertThat(cube.get(COUNT, V, YEAR, THEFT)).isEqualTo(2);
        assertThat(cube.get(COUNT, V, FEB, THEFT)).isEqualTo(2);
        assertThat(cube.get(COUNT, V, YTD, THEFT)).isEqualTo(2);
        assertThat(cube.get(CRIMINAL, V, FEB, THEFT)).isEqualTo(1);
        assertThat(cube.get(REPEAT_CALLS, V, YTD, THEFT)).isEqualTo(1);
        assertThat(cube.get(LOSS_FEN, V, FEB, THEFT)).isEqualTo(1000);
        assertThat(cube.get(RECOVERED_FEN, V, YEAR, THEFT)).isEqualTo(200);
        // cleared on 2024-03-01: by the end of 2024, not by the end of February (the 29th)
        assertThat(cube.get(CLEARED, V, YEAR, THEFT)).isEqualTo(2);
        assertThat(cube.get(CLEARED, V, FEB, THEFT)).isEqualTo(1);
        assertThat(cube.get(CLEARED, V, YTD, THEFT)).isEqualTo(1);
        // cleared in the period: 2024-03-01 is in the year only, 2024-02-29 in all three
        assertThat(cube.get(CLEARANCES, V, YEAR, THEFT)).isEqualTo(2);
        assertThat(cube.get(CLEARANCES, V, FEB, THEFT)).isEqualTo(1);
        assertThat(cube.distribution(V, YEAR)).isEqualTo(DayDistribution.ofValues(1, 28));
        assertThat(cube.distribution(V, FEB)).isEqualTo(DayDistribution.ofValues(28));
        assertThat(cube.distribution(V, YTD)).isEqualTo(DayDistribution.ofValues(28));
    }

    @Test
    void get_occurredLastYearClearedOnNewYearsDay_isAClearanceButNotAnIncident() {
        Cube<IncidentMeasure> cube = cube();

        assertThat(cube.get(COUNT, T, YEAR, CALL)).isZero();
        assertThat(cube.get(CLEARED, T, YEAR, CALL)).isZero();
        assertThat(cube.get(CLEARANCES, T, YEAR, CALL)).isEqualTo(1);
        assertThat(cube.get(CLEARANCES, T, YTD, CALL)).isEqualTo(1);
        assertThat(cube.get(CLEARANCES, T, FEB, CALL)).isZero();
        assertThat(cube.distribution(T, YTD)).isEqualTo(DayDistribution.ofValues(1));
        assertThat(cube.distribution(T, FEB)).isEqualTo(DayDistribution.empty());
    }

    @Test
    void get_occurredOnTheLastDayClearedTheDayAfter_isNotCleared() {
        Cube<IncidentMeasure> cube = cube();

        assertThat(cube.get(COUNT, C, YEAR, THEFT)).isEqualTo(1);
        assertThat(cube.get(CLEARED, C, YEAR, THEFT)).isZero();
        assertThat(cube.get(CLEARANCES, C, YEAR, THEFT)).isZero();
        assertThat(cube.get(COUNT, C, FEB, THEFT)).isZero();
    }

    @Test
    void rollUp_handWorkedTree_sumsEachSubtree() {
        Cube<IncidentMeasure> rolled = cube().rollUp(TREE);

        assertThat(rolled.get(COUNT, T, YEAR, THEFT)).isEqualTo(2);
        assertThat(rolled.get(CLEARANCES, T, YEAR, CALL)).isEqualTo(1);
        assertThat(rolled.get(COUNT, C, YEAR, THEFT)).isEqualTo(3);
        assertThat(rolled.get(COUNT, C, YEAR, CALL)).isEqualTo(1);
        assertThat(rolled.total(COUNT, C, YEAR)).isEqualTo(4);
        assertThat(rolled.total(CLEARANCES, C, YEAR)).isEqualTo(3);
        assertThat(rolled.sum(COUNT, C, FEB, new boolean[] {true, false})).isEqualTo(2);
        assertThat(rolled.get(LOSS_FEN, C, YTD, THEFT)).isEqualTo(1000);
        assertThat(rolled.distribution(T, YEAR)).isEqualTo(DayDistribution.ofValues(1, 1, 28));
        assertThat(rolled.distribution(C, YEAR)).isEqualTo(DayDistribution.ofValues(1, 1, 28));
        assertThat(rolled.distribution(C, YEAR).median()).hasValue(1.0);
        assertThat(rolled.distribution(W, YEAR).isEmpty()).isTrue();
    }

    @Test
    void handWorkedCube_equalsTheNaiveReference() {
        Case c = new Case(0, RandomCases.Periods.OVERLAPPING, TREE, TAXONOMY, PERIODS, INCIDENTS);

        CubeChecks.assertMatchesNaive(cube(), c, false);
        CubeChecks.assertMatchesNaive(cube().rollUp(TREE), c, true);
        CubeChecks.assertMatchesNaive(counts(), c, false);
    }

    @Test
    void toString_showsShapeAndTotals() {
        assertThat(cube()).hasToString("Cube[incidents: 4 units × 3 periods × 2 categories, totals {COUNT=8, CRIMINAL=4,"
                + " CLEARED=4, REPEAT_CALLS=3, CLEARANCES=6, LOSS_FEN=3000, RECOVERED_FEN=600}]");
        assertThat(counts()).hasToString("Cube[incidents: 4 units × 3 periods × 2 categories, counts only, totals "
                + "{COUNT=8}]");
        assertThat(cube().rollUp(TREE)).hasToString("Cube[incidents: 4 units × 3 periods × 2 categories, rolled up]");
    }

    // ---- errors ---------------------------------------------------------------------------

    @Test
    void rollUp_twice_isRejected() {
        Cube<IncidentMeasure> rolled = cube().rollUp(TREE);

        var e = assertThrows(IllegalStateException.class, () -> rolled.rollUp(TREE));
        assertEquals("the incident cube is already rolled up; rolling it up again would count every descendant twice",
                e.getMessage());
        var parallel = assertThrows(IllegalStateException.class, () -> rolled.rollUp(TREE, 2));
        assertEquals(e.getMessage(), parallel.getMessage());
    }

    @Test
    void rollUp_onThreads_isTheSameCubeAndNeedsAThread() {
        Cube<IncidentMeasure> rolled = cube().rollUp(TREE);

        assertEquals(rolled, cube().rollUp(TREE, 2));
        assertEquals(rolled, cube().rollUp(TREE, 16));
        var e = assertThrows(IllegalArgumentException.class, () -> cube().rollUp(TREE, 0));
        assertEquals("threads must be at least 1, got 0", e.getMessage());
    }

    @Test
    void aggregateRolledUp_isTheAggregateRolledUpAndNeedsTheStoresTree() {
        IncidentStore store = store();

        assertEquals(cube().rollUp(TREE), IncidentAggregation.aggregateRolledUp(store, PERIODS, TREE, 2));
        assertEquals(cube().rollUp(TREE), IncidentAggregation.aggregateRolledUp(store, PERIODS, TREE, 1));
        assertThat(IncidentAggregation.aggregateRolledUp(store, PERIODS, TREE, 1).get(COUNT, C, YEAR, THEFT))
                .as("the city's thefts: its own and the village's two").isEqualTo(3);
        PeriodIndex year = PeriodIndex.of(Period.ofYear(2024));
        JurisdictionTree other = JurisdictionTree.of(Jurisdiction.root("X", "X", Level.TOWN));
        var e = assertThrows(IllegalArgumentException.class,
                () -> IncidentAggregation.aggregateRolledUp(store, year, other, 1));
        assertEquals("the tree has 1 units; the store " + TREE.size(), e.getMessage());
    }

    @Test
    void rollUp_anotherTree_isRejected() {
        JurisdictionTree other = JurisdictionTree.of(Jurisdiction.root("X", "X", Level.TOWN));

        var e = assertThrows(IllegalArgumentException.class, () -> cube().rollUp(other));
        assertEquals("the tree has 1 units; the cube 4", e.getMessage());
    }

    @Test
    void plus_differentPeriods_isRejectedNamingBothShapes() {
        Cube<IncidentMeasure> year = Cube.empty(RecordKind.INCIDENTS, 4, PeriodIndex.of(Period.ofYear(2024)), 2);

        var e = assertThrows(IllegalArgumentException.class, () -> cube().plus(year));
        assertEquals("cubes of different shapes cannot be added: (4 units, [2024, 2024-02, 2024-01-01..2024-02-29], 2 "
                + "categories) and (4 units, [2024], 2 categories)", e.getMessage());
    }

    @Test
    void plus_differentUnitsOrCategories_isRejected() {
        var units = assertThrows(IllegalArgumentException.class,
                () -> cube().plus(Cube.empty(RecordKind.INCIDENTS, 5, PERIODS, 2)));
        assertThat(units.getMessage()).startsWith("cubes of different shapes cannot be added: (4 units,")
                .contains("and (5 units,");
        var categories = assertThrows(IllegalArgumentException.class,
                () -> cube().plus(Cube.empty(RecordKind.INCIDENTS, 4, PERIODS, 3)));
        assertThat(categories.getMessage()).endsWith("2 categories) and (4 units, [2024, 2024-02, "
                + "2024-01-01..2024-02-29], 3 categories)");
    }

    @Test
    void plus_detailAndCountsOnly_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> cube().plus(counts()));
        assertEquals("a cube with detail and one with counts only cannot be added", e.getMessage());
    }

    @Test
    void plus_rolledUpAndNot_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> cube().rollUp(TREE).plus(cube()));
        assertEquals("a rolled-up cube and one that is not cannot be added", e.getMessage());
    }

    @Test
    void countsOnly_otherMeasuresAndDistributions_areUnavailable() {
        Cube<IncidentMeasure> counts = counts();

        var get = assertThrows(IllegalStateException.class, () -> counts.get(CRIMINAL, V, YEAR, THEFT));
        assertEquals("this cube holds counts only; aggregate with detail for CRIMINAL", get.getMessage());
        var days = assertThrows(IllegalStateException.class, () -> counts.distribution(V, YEAR));
        assertEquals("this cube holds counts only; aggregate with detail for CLEARANCES", days.getMessage());
        assertThat(counts.count(V, YEAR, THEFT)).isEqualTo(2);
    }

    @Test
    void get_outsideTheCube_namesTheShape() {
        var e = assertThrows(IndexOutOfBoundsException.class, () -> cube().get(COUNT, 4, 0, 0));
        assertEquals("(unit 4, period 0, category 0) is outside (4, 3, 2)", e.getMessage());
    }

    @Test
    void sum_maskOfTheWrongLength_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> cube().sum(COUNT, 0, 0, new boolean[1]));
        assertEquals("the mask has 1 categories; the cube 2", e.getMessage());
    }

    @Test
    void empty_negativeUnits_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Cube.empty(RecordKind.INCIDENTS, -1, PERIODS, 2));
        assertEquals("units (-1) must be ≥ 0 and categories (2) > 0", e.getMessage());
    }

    @Test
    void accumulator_badShapes_areRejected() {
        var units = assertThrows(IllegalArgumentException.class, () -> IncidentAccumulator.create(0, 2, PERIODS));
        assertEquals("units must be positive, got 0", units.getMessage());
        var categories = assertThrows(IllegalArgumentException.class,
                () -> IncidentAccumulator.countsOnly(4, 257, PERIODS));
        assertEquals("categories must be 1..256, got 257", categories.getMessage());
    }

    @Test
    void accumulator_storeOfAnotherShape_isRejected() {
        IncidentAccumulator acc = IncidentAccumulator.create(4, 3, PERIODS);

        var e = assertThrows(IllegalArgumentException.class, () -> acc.add(store()));
        assertEquals("the store has 4 units and 2 categories; the accumulator 4 and 3", e.getMessage());
    }

    @Test
    void accumulator_rowsOutsideTheStore_areRejected() {
        IncidentAccumulator acc = IncidentAccumulator.create(4, 2, PERIODS);

        var e = assertThrows(IllegalArgumentException.class, () -> acc.add(store(), 2, 6));
        assertEquals("rows 2..6 are outside 0..5", e.getMessage());
        var reversed = assertThrows(IllegalArgumentException.class, () -> acc.add(store(), 3, 2));
        assertEquals("rows 3..2 are outside 0..5", reversed.getMessage());
    }

    @Test
    void accumulator_mergeOfAnotherShape_isRejected() {
        IncidentAccumulator acc = IncidentAccumulator.create(4, 2, PERIODS);

        for (IncidentAccumulator other : List.of(IncidentAccumulator.countsOnly(4, 2, PERIODS),
                IncidentAccumulator.create(4, 2, PeriodIndex.of(Period.ofYear(2024))),
                IncidentAccumulator.create(5, 2, PERIODS))) {
            var e = assertThrows(IllegalArgumentException.class, () -> acc.merge(other));
            assertEquals("accumulators of different shapes cannot be merged", e.getMessage());
        }
    }

    @Test
    void aggregate_zeroThreads_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> IncidentAggregation.aggregate(store(), PERIODS, 0));
        assertEquals("threads must be at least 1, got 0", e.getMessage());
    }

    // ---- the standard sample ------------------------------------------------------------

    @Test
    void aggregate_standardSample_rootTotalsEqualTheIncidentsOfEachYear() {
        Dataset data = SampleGenerator.of(SampleSpec.standard()).dataset();
        PeriodIndex years = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));

        Cube<IncidentMeasure> rolled = IncidentAggregation.aggregate(IncidentStore.of(data), years, 2).rollUp(data.tree());

        for (int p = 0; p < years.size(); p++) {
            Period year = years.period(p);
            long total = 0;
            long clearances = 0;
            for (int root : data.tree().roots()) {
                total += rolled.total(COUNT, root, p);
                clearances += rolled.total(CLEARANCES, root, p);
            }
            assertThat(total).as("%s", year)
                    .isEqualTo(data.incidents().stream().filter(i -> year.contains(i.occurredOn())).count());
            assertThat(clearances).as("%s", year).isEqualTo(data.incidents().stream()
                    .filter(i -> i.clearedOn().filter(year::contains).isPresent()).count());
        }
    }
}
