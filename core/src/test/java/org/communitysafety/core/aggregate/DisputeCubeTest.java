package org.communitysafety.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.CITY;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.DISPUTE_TYPES;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.TOWN;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.V1;
import static org.communitysafety.core.aggregate.DisputeOutreachCases.V2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dispute measures on hand-worked cases, and the cube's contract. */
final class DisputeCubeTest {
    private static final JurisdictionTree TREE = DisputeOutreachCases.CITY_OF_TWO_VILLAGES;

    private static Cube<DisputeMeasure> one(DisputeType type, String received, DisputeStatus status, String closed,
            PeriodIndex periods) {
        RecordStore<DisputeMeasure> store = RecordStore.disputeBuilder(TREE).add(V1, type, LocalDate.parse(received), status,
                closed == null ? null : LocalDate.parse(closed), 0).build();
        return RecordAccumulator.create(RecordKind.DISPUTES, TREE.size(), periods).add(store).snapshot();
    }

    /**
     * One dispute against one period. Columns: received, status, closed, period, then RECEIVED,
     * RESOLVED, CONCLUDED_OF_RECEIVED, CONCLUDED, CONCLUDED_RESOLVED, OPENING_BACKLOG,
     * CLOSING_BACKLOG, OLD_BACKLOG.
     */
    @ParameterizedTest(name = "received {0}, {1} {2}: in {3}")
    @CsvSource(nullValues = "-", value = {
        // received in December, closed in January: opening backlog and concluded in 2024, not received
        "2023-12-20, RESOLVED, 2024-01-05, 2024,    0, 0, 0, 1, 1, 1, 0, 0",
        "2023-12-20, RESOLVED, 2024-01-05, 2023,    1, 0, 0, 0, 0, 0, 1, 0",
        "2023-12-20, RESOLVED, 2024-01-05, 2024-01, 0, 0, 0, 1, 1, 1, 0, 0",
        "2023-12-20, RESOLVED, 2024-01-05, 2023-12, 1, 0, 0, 0, 0, 0, 1, 0",
        // closed on a period's first day: open at its start, concluded in it
        "2024-01-15, RESOLVED, 2024-02-01, 2024-02, 0, 0, 0, 1, 1, 1, 0, 0",
        "2024-01-15, RESOLVED, 2024-02-01, 2024-01, 1, 0, 0, 0, 0, 0, 1, 0",
        // closed on a period's last day: concluded in it, not open at its end
        "2024-01-15, RESOLVED, 2024-01-31, 2024-01, 1, 1, 1, 1, 1, 0, 0, 0",
        "2024-01-15, RESOLVED, 2024-01-31, 2024-02, 0, 0, 0, 0, 0, 0, 0, 0",
        // closed the day it was received; failed and referred conclude but do not resolve
        "2024-03-01, FAILED,   2024-03-01, 2024-03, 1, 0, 1, 1, 0, 0, 0, 0",
        "2024-03-01, REFERRED, 2024-03-10, 2024,    1, 0, 1, 1, 0, 0, 0, 0",
        "2022-05-01, FAILED,   2024-12-31, 2024,    0, 0, 0, 1, 0, 1, 0, 0",
        // open disputes
        "2024-06-10, OPEN,     -,          2024,    1, 0, 0, 0, 0, 0, 1, 0",
        "2024-06-10, OPEN,     -,          2025,    0, 0, 0, 0, 0, 1, 1, 1",
        "2025-01-01, OPEN,     -,          2024,    0, 0, 0, 0, 0, 0, 0, 0",
        // old: more than 365 days before the last day (2024 has 366 days)
        "2023-12-31, OPEN,     -,          2024,    0, 0, 0, 0, 0, 1, 1, 1",
        "2024-01-01, OPEN,     -,          2024,    1, 0, 0, 0, 0, 0, 1, 0",
        "2023-12-30, RESOLVED, 2025-01-01, 2024,    0, 0, 0, 0, 0, 1, 1, 1",
        "2022-05-01, RESOLVED, 2024-01-01, 2024,    0, 0, 0, 1, 1, 1, 0, 0",
        "2022-05-01, RESOLVED, 2023-06-30, 2024,    0, 0, 0, 0, 0, 0, 0, 0",
        // the leap day, in a year to date that ends on it and one that ends the day before
        "2024-02-29, RESOLVED, 2024-02-29, 2024-01-01..2024-02-29, 1, 1, 1, 1, 1, 0, 0, 0",
        "2024-02-29, RESOLVED, 2024-02-29, 2024-01-01..2024-02-28, 0, 0, 0, 0, 0, 0, 0, 0",
        "2024-02-29, RESOLVED, 2024-03-01, 2024-02, 1, 0, 0, 0, 0, 0, 1, 0",
        "2024-02-29, RESOLVED, 2024-03-01, 2024-03, 0, 0, 0, 1, 1, 1, 0, 0",
    })
    void get_oneDispute_countsAsDefined(String received, DisputeStatus status, String closed, String period,
            long rec, long resolved, long concludedOfReceived, long concluded, long concludedResolved, long opening,
            long closing, long old) {
        Cube<DisputeMeasure> cube = one(DisputeType.FAMILY, received, status, closed, PeriodIndex.of(Period.parse(period)));
        long[] expected = {rec, resolved, concludedOfReceived, concluded, concludedResolved, opening, closing, old, 0};
        long[] actual = Arrays.stream(DisputeMeasure.values())
                .mapToLong(m -> cube.get(m, V1, 0, DisputeType.FAMILY)).toArray();

        assertThat(actual).as("%s", List.of(DisputeMeasure.values())).containsExactly(expected);
        assertThat(opening + rec - concluded).as("the ledger").isEqualTo(closing);
        assertThat(cube.total(DisputeMeasure.RECEIVED, V2, 0)).isZero();
    }

    @Test
    void daysToClose_disputeReceivedInDecemberClosedInJanuary_isInJanuarysDistribution() {
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
        Cube<DisputeMeasure> cube = one(DisputeType.LABOUR, "2023-12-20", DisputeStatus.RESOLVED, "2024-01-05", periods);

        assertThat(cube.distribution(V1, 0)).isEqualTo(DayDistribution.ofValues(16));
        assertThat(cube.distribution(V1, 1)).isEqualTo(DayDistribution.empty());
        assertThat(cube.distribution(V2, 0)).isEqualTo(DayDistribution.empty());
    }

    @Test
    void daysToClose_severalDisputes_isTheExactDistributionWithItsMedian() {
        PeriodIndex march = PeriodIndex.of(Period.ofMonth(2024, 3));
        RecordStore<DisputeMeasure> store = RecordStore.disputeBuilder(TREE)
                .add(V1, DisputeType.FAMILY, LocalDate.of(2024, 3, 1), DisputeStatus.RESOLVED,
                        LocalDate.of(2024, 3, 4), 0)
                .add(V1, DisputeType.LAND, LocalDate.of(2024, 2, 1), DisputeStatus.FAILED, LocalDate.of(2024, 3, 1), 0)
                .add(V1, DisputeType.FAMILY, LocalDate.of(2024, 3, 2), DisputeStatus.RESOLVED,
                        LocalDate.of(2024, 3, 5), 0)
                .add(V1, DisputeType.FAMILY, LocalDate.of(2024, 3, 9), DisputeStatus.OPEN, null, 0)
                .add(V1, DisputeType.FAMILY, LocalDate.of(2024, 3, 9), DisputeStatus.REFERRED, LocalDate.of(2024, 4, 1),
                        0)
                .build();

        DayDistribution d = RecordAggregation.aggregate(store, march, 1).distribution(V1, 0);

        assertThat(d).isEqualTo(DayDistribution.ofValues(3, 29, 3));
        assertThat(d.median()).hasValue(3.0);
    }

    @Test
    void amount_disputesReceivedInThePeriod_sumsTheirFen() {
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024));
        RecordStore<DisputeMeasure> store = RecordStore.disputeBuilder(TREE)
                .add(V1, DisputeType.LABOUR, LocalDate.of(2024, 1, 1), DisputeStatus.OPEN, null, 800_000)
                .add(V1, DisputeType.LABOUR, LocalDate.of(2024, 12, 31), DisputeStatus.RESOLVED,
                        LocalDate.of(2025, 1, 3), 25_050)
                .add(V1, DisputeType.LABOUR, LocalDate.of(2023, 12, 31), DisputeStatus.RESOLVED,
                        LocalDate.of(2024, 1, 2), 9_999_999)
                .add(V2, DisputeType.COMMERCIAL, LocalDate.of(2024, 5, 5), DisputeStatus.OPEN, null, 3_000_000_00L)
                .build();

        Cube<DisputeMeasure> cube = RecordAggregation.aggregate(store, periods, 1);

        assertThat(cube.get(DisputeMeasure.AMOUNT_FEN, V1, 0, DisputeType.LABOUR)).isEqualTo(825_050);
        assertThat(cube.get(DisputeMeasure.AMOUNT_FEN, V2, 0, DisputeType.COMMERCIAL)).isEqualTo(300_000_000);
        assertThat(cube.rollUp(TREE).total(DisputeMeasure.AMOUNT_FEN, CITY, 0)).isEqualTo(300_825_050);
    }

    @Test
    void get_overlappingPeriods_countsADisputeInEveryPeriodThatContainsIt() {
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024), Period.ofMonth(2024, 2), Period.ofQuarter(2024, 1),
                Period.yearToDate(LocalDate.of(2024, 2, 29)), Period.ofMonth(2024, 3));
        Cube<DisputeMeasure> cube = one(DisputeType.NEIGHBOUR, "2024-02-29", DisputeStatus.RESOLVED, "2024-03-01", periods);

        assertThat(periods.periods()).extracting(p -> cube.get(DisputeMeasure.RECEIVED, V1, periods.indexOf(p),
                DisputeType.NEIGHBOUR)).containsExactly(1L, 1L, 1L, 1L, 0L);
        assertThat(periods.periods()).extracting(p -> cube.get(DisputeMeasure.CONCLUDED, V1, periods.indexOf(p),
                DisputeType.NEIGHBOUR)).containsExactly(1L, 0L, 1L, 0L, 1L);
        assertThat(periods.periods()).extracting(p -> cube.get(DisputeMeasure.CLOSING_BACKLOG, V1,
                periods.indexOf(p), DisputeType.NEIGHBOUR)).containsExactly(0L, 1L, 0L, 1L, 0L);
    }

    @Test
    void sumAndTotal_overTypes_addTheSelectedColumns() {
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024));
        RecordStore<DisputeMeasure> store = RecordStore.disputeBuilder(TREE)
                .add(V1, DisputeType.LAND, LocalDate.of(2024, 4, 1), DisputeStatus.OPEN, null, 0)
                .add(V1, DisputeType.LAND, LocalDate.of(2024, 4, 2), DisputeStatus.OPEN, null, 0)
                .add(V1, DisputeType.FAMILY, LocalDate.of(2024, 4, 3), DisputeStatus.OPEN, null, 0)
                .add(V1, DisputeType.OTHER, LocalDate.of(2024, 4, 3), DisputeStatus.OPEN, null, 0)
                .build();
        Cube<DisputeMeasure> cube = RecordAggregation.aggregate(store, periods, 1);
        boolean[] landAndFamily = new boolean[DISPUTE_TYPES];
        landAndFamily[DisputeType.LAND.ordinal()] = true;
        landAndFamily[DisputeType.FAMILY.ordinal()] = true;

        assertThat(cube.sum(DisputeMeasure.RECEIVED, V1, 0, landAndFamily)).isEqualTo(3);
        assertThat(cube.total(DisputeMeasure.RECEIVED, V1, 0)).isEqualTo(4);
        assertThat(cube.get(DisputeMeasure.RECEIVED, V1, 0, DisputeType.LAND.ordinal())).isEqualTo(2);
        assertEquals("the mask has 3 types; the cube 10", assertThrows(IllegalArgumentException.class,
                () -> cube.sum(DisputeMeasure.RECEIVED, V1, 0, new boolean[3])).getMessage());
    }

    @Test
    void get_outsideTheShape_namesTheIndicesAndTheShape() {
        Cube<DisputeMeasure> cube = Cube.empty(RecordKind.DISPUTES, TREE.size(), PeriodIndex.of(Period.ofYear(2024)), DISPUTE_TYPES);

        var e = assertThrows(IndexOutOfBoundsException.class, () -> cube.get(DisputeMeasure.RECEIVED, 0, 1, 0));

        assertEquals("(unit 0, period 1, type 0) is outside (4, 1, 10)", e.getMessage());
        assertThrows(NullPointerException.class, () -> cube.get(null, 0, 0, 0));
    }

    @Test
    void rollUp_cityOfTwoVillages_addsVillagesToTownAndTownToCity() {
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024));
        RecordStore<DisputeMeasure> store = RecordStore.disputeBuilder(TREE)
                .add(V1, DisputeType.FAMILY, LocalDate.of(2024, 1, 2), DisputeStatus.RESOLVED,
                        LocalDate.of(2024, 1, 4), 0)
                .add(V2, DisputeType.FAMILY, LocalDate.of(2024, 1, 3), DisputeStatus.RESOLVED,
                        LocalDate.of(2024, 1, 13), 0)
                .add(TOWN, DisputeType.FAMILY, LocalDate.of(2024, 2, 3), DisputeStatus.OPEN, null, 0)
                .build();
        Cube<DisputeMeasure> raw = RecordAggregation.aggregate(store, periods, 1);

        Cube<DisputeMeasure> rolled = raw.rollUp(TREE);

        assertThat(rolled.total(DisputeMeasure.RECEIVED, TOWN, 0)).isEqualTo(3);
        assertThat(rolled.total(DisputeMeasure.RECEIVED, CITY, 0)).isEqualTo(3);
        assertThat(rolled.total(DisputeMeasure.CLOSING_BACKLOG, CITY, 0)).isEqualTo(1);
        assertThat(rolled.distribution(CITY, 0)).isEqualTo(DayDistribution.ofValues(2, 10));
        assertThat(raw.total(DisputeMeasure.RECEIVED, CITY, 0)).isZero();
        assertEquals("the dispute cube is already rolled up; rolling it up again would count every descendant twice",
                assertThrows(IllegalStateException.class, () -> rolled.rollUp(TREE)).getMessage());
    }

    @Test
    void plus_differentShapesOrStates_isRejectedSayingWhy() {
        Cube<DisputeMeasure> year = Cube.empty(RecordKind.DISPUTES, TREE.size(), PeriodIndex.of(Period.ofYear(2024)), DISPUTE_TYPES);
        Cube<DisputeMeasure> month = Cube.empty(RecordKind.DISPUTES, TREE.size(), PeriodIndex.of(Period.ofMonth(2024, 1)), DISPUTE_TYPES);

        assertEquals("cubes of different shapes cannot be added: (4 units, [2024], 10 types) and (4 units, [2024-01], 10 types)",
                assertThrows(IllegalArgumentException.class, () -> year.plus(month)).getMessage());
        assertEquals("a rolled-up cube and one that is not cannot be added",
                assertThrows(IllegalArgumentException.class, () -> year.plus(year.rollUp(TREE))).getMessage());
    }

    @Test
    void create_otherThanOneColumnPerType_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Cube.empty(RecordKind.DISPUTES, 4, PeriodIndex.of(Period.ofYear(2024)), 3));

        assertEquals("a dispute cube has 10 types, not 3", e.getMessage());
        assertThat(RecordAccumulator.create(RecordKind.DISPUTES, 4, PeriodIndex.of(Period.ofYear(2024))).snapshot()
                .width()).isEqualTo(10);
        assertEquals("incidents are aggregated by IncidentAccumulator and IncidentAggregation, not by a "
                + "RecordAccumulator", assertThrows(IllegalArgumentException.class, () -> RecordAccumulator.create(
                        RecordKind.INCIDENTS, 4, PeriodIndex.of(Period.ofYear(2024)))).getMessage());
    }

    @Test
    void add_storeOfAnotherTree_isRejected() {
        RecordStore<DisputeMeasure> store = RecordStore.disputeBuilder(TREE).build();
        RecordAccumulator<DisputeMeasure> acc = RecordAccumulator.create(RecordKind.DISPUTES, 5, PeriodIndex.of(Period.ofYear(2024)));

        assertEquals("the store has 4 units; the accumulator 5",
                assertThrows(IllegalArgumentException.class, () -> acc.add(store)).getMessage());
        assertEquals("rows 0..1 are outside 0..0",
                assertThrows(IllegalArgumentException.class, () -> RecordAccumulator.create(RecordKind.DISPUTES, 4, PeriodIndex.of(Period.ofYear(2024))).add(store, 0, 1)).getMessage());
    }

    @Test
    void toString_isBoundedAndGivesTheTotals() {
        Cube<DisputeMeasure> cube = one(DisputeType.FAMILY, "2024-03-01", DisputeStatus.RESOLVED, "2024-03-03",
                PeriodIndex.of(Period.ofYear(2024)));

        assertThat(cube.toString()).isEqualTo("Cube[disputes: 4 units × 1 periods × 10 types, totals {RECEIVED=1, "
                + "RESOLVED=1, CONCLUDED_OF_RECEIVED=1, CONCLUDED=1, CONCLUDED_RESOLVED=1, OPENING_BACKLOG=0, "
                + "CLOSING_BACKLOG=0, OLD_BACKLOG=0, AMOUNT_FEN=0}]");
        assertThat(cube.rollUp(TREE).toString()).isEqualTo("Cube[disputes: 4 units × 1 periods × 10 types, rolled up]");
    }

    @Test
    void equals_sameFigures_areEqualWithEqualHashCodes() {
        PeriodIndex periods = PeriodIndex.of(Period.ofYear(2024));
        Cube<DisputeMeasure> a = one(DisputeType.FAMILY, "2024-03-01", DisputeStatus.RESOLVED, "2024-03-03", periods);
        Cube<DisputeMeasure> b = one(DisputeType.FAMILY, "2024-03-01", DisputeStatus.RESOLVED, "2024-03-03", periods);
        Cube<DisputeMeasure> later = one(DisputeType.FAMILY, "2024-03-01", DisputeStatus.RESOLVED, "2024-03-04", periods);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(later).isNotEqualTo(a.rollUp(TREE));
        assertThat(a.plus(Cube.empty(RecordKind.DISPUTES, TREE.size(), periods, DISPUTE_TYPES))).isEqualTo(a);
    }

    @Test
    void fromParts_partsOfACube_giveTheCubeBack() {
        Cube<DisputeMeasure> cube = one(DisputeType.FAMILY, "2023-12-20", DisputeStatus.RESOLVED, "2024-01-05",
                PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023)));
        CubeParts parts = cube.parts();

        assertThat(parts.kind()).isEqualTo("disputes");
        assertThat(parts.width()).isEqualTo(10);
        assertThat(parts.detail()).isTrue();
        assertThat(Cube.fromParts(RecordKind.DISPUTES, parts)).isEqualTo(cube);
        assertThat(Cube.fromParts(RecordKind.DISPUTES, cube.rollUp(TREE).parts())).isEqualTo(cube.rollUp(TREE));
    }

}
